package id.serambi.quiz.take;

import id.serambi.db.Database;
import id.serambi.quiz.model.Answer;
import id.serambi.quiz.model.AnswerCheck;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.model.QuizCatalog;
import id.serambi.support.TempFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Taking a quiz against a real SQLite file: drafts, locking, submitting once, attempts and progress. */
class AttemptsTest {
    private static final String LEARNER = "learner-00000000000000";
    private Path dir;
    private Database db;
    private Attempts attempts;
    private final Quiz quiz = TakeFixtures.quiz();
    private final Quiz survey = TakeFixtures.questionnaire();
    private final QuizForm form = new QuizForm();

    @BeforeEach
    void open() throws Exception {
        dir = Files.createTempDirectory("serambi-quiz");
        db = Database.open("jdbc:sqlite:" + dir.resolve("t.db"));
        attempts = new Attempts(QuizCatalog.of(List.of(quiz, survey)), new QuizStore(db.jdbi()),
                Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() throws Exception {
        db.close();
        TempFiles.delete(dir);
    }

    private AttemptRow start(Quiz q) {
        return attempts.start(LEARNER, q, AttemptRow.Respondent.NONE).value().orElseThrow();
    }

    private Map<String, AnswerCheck.Invalid> save(Quiz q, AttemptRow a, Map<String, List<String>> fields) {
        return attempts.save(q, a, form.read(q, fields), Optional.empty()).value().orElseThrow();
    }

    @Test
    void starting_twice_returns_the_same_draft() {
        AttemptRow first = start(quiz);
        AttemptRow second = start(quiz);
        assertEquals(first.id(), second.id());
        assertEquals(1, attempts.history(LEARNER, quiz).size());
    }

    @Test
    void a_draft_keeps_answers_and_an_emptied_field_clears_its_answer() {
        AttemptRow a = start(quiz);
        save(quiz, a, Map.of("soal", List.of("q1", "q3"), "q-q1", List.of("a"), "q-q3", List.of("benar")));
        assertEquals(Set.of("q1", "q3"), attempts.answers(a).keySet());
        save(quiz, a, Map.of("soal", List.of("q1"), "q-q1", List.of("")));
        assertEquals(Set.of("q3"), attempts.answers(a).keySet(), "q1 was cleared, q3 not shown so kept");
    }

    @Test
    void an_invalid_answer_is_reported_and_the_valid_ones_are_kept() {
        AttemptRow a = start(quiz);
        Map<String, AnswerCheck.Invalid> invalid = save(quiz, a, Map.of("soal", List.of("q1", "q4"),
                "q-q1", List.of("b"), "q-q4-x", List.of("1"), "q-q4-y", List.of("1"), "q-q4-z", List.of("3")));
        assertEquals(Set.of("q4"), invalid.keySet());
        assertEquals("quiz.form.order.twice", invalid.get("q4").key());
        assertEquals(Set.of("q1"), attempts.answers(a).keySet());
    }

    @Test
    void submitting_marks_the_attempt_once_and_a_resend_changes_nothing() {
        AttemptRow a = start(quiz);
        // q1 right (1), q2 a+c = 0.5 - 1 clamped to 0, q3 right (1), q4 unanswered: 2 of 4 = 50 %, pass mark 50
        Map<String, List<String>> fields = Map.of("soal", List.of("q1", "q2", "q3", "q4"), "q-q1", List.of("a"),
                "q-q2", List.of("a", "c"), "q-q3", List.of("benar"));
        assertTrue(attempts.submit(quiz, a, form.read(quiz, fields)).value().orElseThrow().isEmpty());
        AttemptRow sent = attempts.attempt(LEARNER, quiz, a.id()).orElseThrow();
        assertFalse(sent.draft());
        assertEquals(2.0, sent.score().orElseThrow(), 1e-9);
        assertEquals(4.0, sent.maxScore().orElseThrow(), 1e-9);
        assertTrue(sent.passed().orElseThrow());
        long at = sent.submittedAt().orElseThrow();

        attempts.submit(quiz, sent, form.read(quiz, Map.of("soal", List.of("q1"), "q-q1", List.of("b"))));
        AttemptRow again = attempts.attempt(LEARNER, quiz, a.id()).orElseThrow();
        assertEquals(at, again.submittedAt().orElseThrow());
        assertEquals(2.0, again.score().orElseThrow(), 1e-9, "a resent submit is not counted");
        assertEquals("a", ((Answer.Choices) attempts.answers(a).get("q1").answer()).ids().get(0));
        assertEquals(1, attempts.history(LEARNER, quiz).size());
    }

    @Test
    void a_submitted_attempt_no_longer_takes_answers() {
        AttemptRow a = start(quiz);
        attempts.submit(quiz, a, form.read(quiz, Map.of()));
        Attempts.Result<Map<String, AnswerCheck.Invalid>> late = attempts.save(quiz, a,
                form.read(quiz, Map.of("soal", List.of("q1"), "q-q1", List.of("a"))), Optional.empty());
        assertEquals(Optional.of("quiz.refused.submitted"), late.refusal());
        assertTrue(attempts.answers(a).isEmpty());
    }

    @Test
    void a_checked_answer_is_marked_and_locked() {
        AttemptRow a = start(quiz);
        attempts.save(quiz, a, form.read(quiz, Map.of("soal", List.of("q1"), "q-q1", List.of("b"))), Optional.of("q1"));
        QuizStore.Saved saved = attempts.answers(a).get("q1");
        assertTrue(saved.checked());
        assertEquals(0.0, saved.mark().orElseThrow(), 1e-9);
        save(quiz, a, Map.of("soal", List.of("q1"), "q-q1", List.of("a")));
        assertEquals(List.of("b"), ((Answer.Choices) attempts.answers(a).get("q1").answer()).ids(),
                "the answer whose feedback was seen cannot be changed");
    }

    @Test
    void attempts_run_out_and_only_a_pass_completes_the_quiz() {
        AttemptRow first = start(quiz);
        attempts.submit(quiz, first, form.read(quiz, Map.of()));
        assertEquals(Set.of(), attempts.completed(LEARNER), "0 of 4 does not pass");
        AttemptRow second = start(quiz);
        assertEquals(2, second.number());
        attempts.submit(quiz, second, form.read(quiz, Map.of("soal", List.of("q1", "q3"), "q-q1", List.of("a"),
                "q-q3", List.of("benar"))));
        assertEquals(Set.of("uji"), attempts.completed(LEARNER));
        assertEquals(Optional.of("quiz.refused.attempts"),
                attempts.start(LEARNER, quiz, AttemptRow.Respondent.NONE).refusal());
    }

    @Test
    void a_questionnaire_is_sent_once_with_its_respondent_and_free_text_over_the_limit_is_refused() {
        AttemptRow a = attempts.start(LEARNER, survey, new AttemptRow.Respondent(Optional.of(AttemptRow.Group.WARGA),
                Optional.empty(), Optional.of("Madatte"))).value().orElseThrow();
        Map<String, AnswerCheck.Invalid> invalid = save(survey, a, Map.of("soal", List.of("puas", "layanan", "saran"),
                "q-puas", List.of("9"), "q-layanan", List.of("usaha", "+lainnya"),
                "q-layanan-lainnya", List.of("SK pindah"), "q-saran", List.of("x".repeat(21))));
        assertEquals(Set.of("puas", "saran"), invalid.keySet());
        assertEquals(Set.of("layanan"), attempts.answers(a).keySet());
        Answer.Choices services = (Answer.Choices) attempts.answers(a).get("layanan").answer();
        assertEquals(List.of("usaha"), services.ids());
        assertEquals("SK pindah", services.other());

        assertTrue(attempts.submit(survey, a, form.read(survey, Map.of("soal", List.of("puas", "saran"),
                "q-puas", List.of("4"), "q-saran", List.of("Terus kembangkan")))).value().orElseThrow().isEmpty());
        AttemptRow sent = attempts.attempt(LEARNER, survey, a.id()).orElseThrow();
        assertEquals(Optional.of(AttemptRow.Group.WARGA), sent.respondent().group());
        assertEquals(Optional.of("Madatte"), sent.respondent().kelurahan());
        assertEquals(Set.of("survei"), attempts.completed(LEARNER));
        assertEquals(Optional.of("quiz.refused.sent"),
                attempts.start(LEARNER, survey, AttemptRow.Respondent.NONE).refusal());
    }

    @Test
    void a_closed_questionnaire_takes_no_more_answers() {
        AttemptRow a = start(survey);
        new QuizStore(db.jdbi()).setClosed("survei", true, 0);
        assertEquals(Optional.of("quiz.refused.closed"), attempts.save(survey, a,
                form.read(survey, Map.of("soal", List.of("puas"), "q-puas", List.of("3"))), Optional.empty()).refusal());
        assertTrue(attempts.answers(a).isEmpty());
    }

    @Test
    void a_post_naming_an_unknown_question_or_option_is_refused_whole() {
        AttemptRow a = start(quiz);
        Attempts.Result<Map<String, AnswerCheck.Invalid>> unknownQuestion = attempts.save(quiz, a, form.read(quiz,
                Map.of("soal", List.of("q1", "q9"), "q-q1", List.of("a"))), Optional.empty());
        assertEquals(Optional.of("quiz.refused.unknown"), unknownQuestion.refusal());
        Attempts.Result<Map<String, AnswerCheck.Invalid>> unknownOption = attempts.save(quiz, a, form.read(quiz,
                Map.of("soal", List.of("q1", "q3"), "q-q1", List.of("z"), "q-q3", List.of("benar"))), Optional.empty());
        assertEquals(Optional.of("quiz.refused.unknown"), unknownOption.refusal());
        assertTrue(attempts.answers(a).isEmpty(), "nothing of either post was stored");
        assertEquals(Optional.of("quiz.refused.unknown"), attempts.submit(quiz, a, form.read(quiz,
                Map.of("soal", List.of("q2"), "q-q2", List.of("x")))).refusal());
        assertTrue(attempts.attempt(LEARNER, quiz, a.id()).orElseThrow().draft(), "not sent");
    }
}
