package id.serambi.quiz.result;

import id.serambi.db.Database;
import id.serambi.quiz.model.Answer;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.model.QuizCatalog;
import id.serambi.quiz.model.Settings;
import id.serambi.quiz.take.AttemptRow;
import id.serambi.quiz.take.Attempts;
import id.serambi.quiz.take.QuizForm;
import id.serambi.quiz.take.QuizStore;
import id.serambi.quiz.take.TakeFixtures;
import id.serambi.support.TempFiles;
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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboards' read model against a real SQLite file; {@link SubmissionsPostgresTest} runs the
 * same on PostgreSQL.
 */
class SubmissionsTest {
    private static final String ANI = "ani-000000000000000000";
    private static final String BUDI = "budi-00000000000000000";
    private static final String CITRA = "citra-0000000000000000";
    private static final QuizForm FORM = new QuizForm();

    @Test
    void submissions_are_read_marked_filtered_and_moderated_on_sqlite() throws Exception {
        Path dir = Files.createTempDirectory("serambi-submissions");
        try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("t.db"))) {
            submissionsAreReadMarkedAndModerated(db);
        } finally {
            TempFiles.delete(dir);
        }
    }

    private static AttemptRow send(Attempts attempts, String learner, Quiz quiz, Optional<AttemptRow.Group> group,
                                   Map<String, List<String>> fields) {
        AttemptRow a = attempts.start(learner, quiz, new AttemptRow.Respondent(group, Optional.empty(), Optional.empty()))
                .value().orElseThrow();
        assertTrue(attempts.submit(quiz, a, FORM.read(quiz, fields)).value().orElseThrow().isEmpty());
        return a;
    }

    static void submissionsAreReadMarkedAndModerated(Database db) {
        Quiz quiz = TakeFixtures.quiz();
        Quiz survey = TakeFixtures.questionnaire();
        QuizStore store = new QuizStore(db.jdbi());
        Clock clock = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneOffset.UTC);
        Attempts attempts = new Attempts(QuizCatalog.of(List.of(quiz, survey)), store, clock);
        Submissions submissions = new Submissions(db.jdbi(), store, clock);

        AttemptRow response = send(attempts, ANI, survey, Optional.of(AttemptRow.Group.APARAT),
                Map.of("soal", List.of("puas", "layanan", "saran"), "q-puas", List.of("4"),
                        "q-layanan", List.of("usaha", "+lainnya"), "q-layanan-lainnya", List.of("SK pindah"),
                        "q-saran", List.of("Lebih lama")));
        // Ani: q1 right, q3 right = 2 of 4 (q2 and q4 unanswered earn 0); then all wrong = 0 of 4
        send(attempts, ANI, quiz, Optional.empty(), Map.of("soal", List.of("q1", "q3"), "q-q1", List.of("a"),
                "q-q3", List.of("benar")));
        send(attempts, ANI, quiz, Optional.empty(), Map.of("soal", List.of("q1"), "q-q1", List.of("b")));
        // Budi: q2 a+b = 0.5 + 0.5 = 1 of 4; an open draft is not read
        send(attempts, BUDI, quiz, Optional.empty(), Map.of("soal", List.of("q2"), "q-q2", List.of("a", "b")));
        attempts.start(BUDI, quiz, AttemptRow.Respondent.NONE);

        List<Response> responses = submissions.responses(survey);
        assertEquals(1, responses.size());
        Response r = responses.get(0);
        assertEquals(response.id(), r.id());
        assertEquals(Optional.of(Group.APARAT), r.group());
        assertEquals(Set.of("puas", "layanan", "saran"), r.answers().keySet());

        List<Attempt> all = submissions.attempts(quiz);
        assertEquals(3, all.size(), "three submitted attempts; the draft is left out");
        Attempt first = all.get(0);
        assertEquals(List.of("q1", "q2", "q3", "q4"), first.marks().stream().map(Attempt.Mark::questionId).toList());
        assertEquals(50.0, first.percent(), 1e-9);
        assertEquals(Optional.of(Group.APARAT), first.group(), "Ani said aparat on the questionnaire");
        assertEquals(Optional.empty(), all.get(2).group(), "Budi never gave a group");
        assertTrue(first.participantId().matches("p-[0-9a-f]{12}"), first.participantId());
        assertFalse(first.participantId().contains(ANI));
        assertEquals(first.participantId(), all.get(1).participantId());
        assertNotEquals(first.participantId(), all.get(2).participantId());

        List<Attempt> highest = Submissions.counting(all, Settings.Grading.HIGHEST);
        assertEquals(List.of(50.0, 25.0), highest.stream().map(Attempt::percent).toList());
        List<Attempt> last = Submissions.counting(all, Settings.Grading.LAST);
        assertEquals(List.of(0.0, 25.0), last.stream().map(Attempt::percent).toList());

        TextAnswer.Key saran = new TextAnswer.Key(response.id(), "saran");
        assertTrue(submissions.setHidden(survey, saran, true));
        assertTrue(submissions.setHidden(survey, new TextAnswer.Key(response.id(), "layanan"), true), "a Lainnya text");
        assertFalse(submissions.setHidden(survey, new TextAnswer.Key(response.id(), "puas"), true), "not typed text");
        assertFalse(submissions.setHidden(survey, new TextAnswer.Key("tidak-ada", "saran"), true));
        assertFalse(submissions.setHidden(quiz, saran, true), "another quiz's answer");
        assertEquals(Set.of(saran, new TextAnswer.Key(response.id(), "layanan")), submissions.hidden(survey));
        assertEquals("Lebih lama", ((Answer.Typed) submissions.responses(survey).get(0).answer("saran").orElseThrow())
                .text(), "a hidden answer is kept");
        assertTrue(submissions.setHidden(survey, saran, false));
        assertEquals(Set.of(new TextAnswer.Key(response.id(), "layanan")), submissions.hidden(survey));

        assertEquals(Map.of("uji", 3, "survei", 1), submissions.counts());
        submissions.setClosed(survey, true);
        assertTrue(submissions.closed(survey));
        submissions.setClosed(survey, false);
        assertFalse(submissions.closed(survey));

        // Citra is shown only q3 and q1 (a quiz that draws its questions per attempt): her attempt has
        // marks on those two, none on q2 and q4, and is scored out of her own 2 points.
        AttemptRow citra = attempts.start(CITRA, quiz, AttemptRow.Respondent.NONE).value().orElseThrow();
        db.jdbi().useHandle(h -> h.createUpdate("update quiz_attempt set question_order = 'q3,q1' where id = :id")
                .bind("id", citra.id()).execute());
        assertTrue(attempts.submit(quiz, citra, FORM.read(quiz, Map.of("soal", List.of("q1", "q3"),
                "q-q1", List.of("a"), "q-q3", List.of("salah")))).value().orElseThrow().isEmpty());
        Attempt drawn = submissions.attempts(quiz).get(3);
        assertEquals(List.of("q1", "q3"), drawn.marks().stream().map(Attempt.Mark::questionId).toList());
        assertTrue(drawn.shown("q1"));
        assertFalse(drawn.shown("q2"));
        assertEquals(2, drawn.maxTotal(), 1e-9);
        assertEquals(50.0, drawn.percent(), 1e-9);
    }
}
