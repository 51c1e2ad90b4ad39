package id.serambi.report.readmodel;

import id.serambi.content.Text;
import id.serambi.db.Database;
import id.serambi.quiz.model.Answer;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.model.Settings;
import id.serambi.quiz.result.Response;
import id.serambi.quiz.result.SubmissionVersions;
import id.serambi.quiz.result.Submissions;
import id.serambi.quiz.take.AnswerJson;
import id.serambi.quiz.take.QuizStore;
import id.serambi.report.dashboard.Filter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two read models on one SQLite file, each over its own connection pool as two server processes
 * would be: whatever one side writes, the other's model gives what reading every row again gives.
 */
class ReadModelsTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Makassar");
    private static final long T0 = 1_772_000_000_000L;
    private static final Quiz QUIZ = new Quiz("kuis", Quiz.Kind.QUIZ, Text.of("Kuis"), Optional.empty(),
            Settings.quizDefaults(), List.of(truefalse("t1"), truefalse("t2"), truefalse("t3"),
            new Question.FreeText("esai", Text.of("Esai"), Optional.empty(), 4, true, 500)));

    @TempDir
    Path dir;
    private Database one;
    private Database two;
    private Side a;
    private Side b;
    private final AnswerJson json = new AnswerJson();

    /** What one process holds: its read model and the plain reading it must agree with. */
    private record Side(ReadModels models, Submissions submissions) {
    }

    private static Question truefalse(String id) {
        return new Question.TrueFalse(id, Text.of(id), 1, Optional.empty(), 1, true, Optional.empty(), Optional.empty());
    }

    @BeforeEach
    void open() {
        String url = "jdbc:sqlite:" + dir.resolve("bersama.db");
        one = Database.open(url);
        two = Database.open(url);
        a = side(one);
        b = side(two);
    }

    private static Side side(Database db) {
        Submissions submissions = new Submissions(db.jdbi(), new QuizStore(db.jdbi()), Clock.systemUTC());
        return new Side(new ReadModels(submissions, new SubmissionVersions(db.jdbi()), ZONE), submissions);
    }

    @AfterEach
    void close() {
        one.close();
        two.close();
    }

    /** A sent attempt written straight into the tables, as the quiz pages leave it. */
    private void send(Database db, Quiz quiz, String id, String learner, long at, String group, Map<String, Answer> answers,
                      Map<String, Double> marks) {
        db.jdbi().useTransaction(h -> {
            h.createUpdate("insert into learner (id, created_at) values (:id, :at) on conflict (id) do nothing")
                    .bind("id", learner).bind("at", at).execute();
            int number = h.createQuery("select count(*) from quiz_attempt where learner_id = :l and quiz = :q")
                    .bind("l", learner).bind("q", quiz.id()).mapTo(Integer.class).one() + 1;
            h.createUpdate("""
                            insert into quiz_attempt (id, quiz, learner_id, number, question_order, started_at, submitted_at,
                                respondent_group)
                            values (:id, :quiz, :learner, :number, :order, :at, :at, :group)""")
                    .bind("id", id).bind("quiz", quiz.id()).bind("learner", learner).bind("number", number)
                    .bind("order", String.join(",", quiz.questions().stream().map(Question::id).toList()))
                    .bind("at", at).bind("group", group).execute();
            answers.forEach((q, answer) -> h.createUpdate("""
                            insert into quiz_answer (attempt_id, question, answer, saved_at, mark)
                            values (:attempt, :q, :answer, :at, :mark)""")
                    .bind("attempt", id).bind("q", q).bind("answer", json.write(answer)).bind("at", at)
                    .bind("mark", marks.get(q)).execute());
        });
    }

    private void sendQuiz(Database db, String id, String learner, long at, double... marks) {
        send(db, QUIZ, id, learner, at, null, Map.of("t1", new Answer.Bool(true), "t2", new Answer.Bool(true),
                "t3", new Answer.Bool(true), "esai", new Answer.Typed("jawaban")),
                Map.of("t1", marks[0], "t2", marks[1], "t3", marks[2]));
    }

    /** The model of each side gives the attempts reading every row gives, the groups they took included. */
    private void bothAgree() {
        for (Side side : List.of(a, b)) {
            assertEquals(side.submissions().attempts(QUIZ), side.models().attempts(QUIZ));
        }
    }

    @Test
    void attempts_sent_through_the_other_process_are_folded_in() {
        sendQuiz(one, "k1", "l1", T0, 1, 0, 1);
        bothAgree();
        sendQuiz(one, "k2", "l2", T0 + 1000, 1, 1, 1);
        sendQuiz(two, "k3", "l3", T0 + 2000, 0, 0, 1);
        bothAgree();
        assertEquals(3, b.models().attempts(QUIZ).size());
    }

    @Test
    void an_attempt_sent_with_an_older_time_than_the_latest_held_is_counted_too() {
        sendQuiz(one, "k1", "l1", T0 + 5000, 1, 1, 1);
        bothAgree();
        // another process's clock is behind: its attempt comes before the one already held
        sendQuiz(two, "k0", "l0", T0, 0, 0, 0);
        bothAgree();
        assertEquals(T0, b.models().attempts(QUIZ).get(0).submittedAt().toEpochMilli(), "oldest first");
    }

    @Test
    void a_trainers_mark_given_on_one_process_shows_on_the_other() {
        sendQuiz(one, "k1", "l1", T0, 1, 1, 1);
        bothAgree();
        new QuizStore(one.jdbi()).markByTrainer("k1", "t2", 0, new QuizStore.TrainerMark("pelatih", T0 + 60_000, ""),
                answers -> new QuizStore.Rescored(2, 3, true));
        bothAgree();
        assertEquals(0, b.models().attempts(QUIZ).get(0).marks().get(1).mark());
        // marked again, to the same value it first had: the time of the mark tells it changed
        new QuizStore(two.jdbi()).markByTrainer("k1", "t2", 1, new QuizStore.TrainerMark("pelatih", T0 + 120_000, ""),
                answers -> new QuizStore.Rescored(3, 3, true));
        bothAgree();
        assertEquals(1, a.models().attempts(QUIZ).get(0).marks().get(1).mark());
    }

    @Test
    void removed_attempts_leave_the_model() {
        sendQuiz(one, "k1", "demo-l1", T0, 1, 1, 1);
        sendQuiz(one, "k2", "l2", T0 + 1000, 0, 1, 1);
        bothAgree();
        // as demo --hapus does: answers, attempts, then the learner
        two.jdbi().useTransaction(h -> {
            h.createUpdate("delete from quiz_answer where attempt_id = 'k1'").execute();
            h.createUpdate("delete from quiz_attempt where id = 'k1'").execute();
        });
        bothAgree();
        assertEquals(1, a.models().attempts(QUIZ).size());
    }

    @Test
    void a_group_given_later_on_a_questionnaire_moves_the_learners_quiz_attempts() {
        sendQuiz(one, "k1", "l1", T0, 1, 1, 1);
        sendQuiz(one, "k2", "l2", T0 + 1000, 1, 0, 1);
        bothAgree();
        assertTrue(b.models().attempts(QUIZ).get(0).group().isEmpty());
        send(two, SurveyTallyTest.FORM, "s1", "l1", T0 + 2000, "aparat", Map.of("puas", new Answer.Scale(4)), Map.of());
        bothAgree();
        assertEquals("aparat", a.models().attempts(QUIZ).get(0).group().orElseThrow().code());
        // a group given by a learner with no attempt here changes nothing, and is not read again
        send(one, SurveyTallyTest.FORM, "s2", "l9", T0 + 3000, "warga", Map.of("puas", new Answer.Scale(2)), Map.of());
        bothAgree();
    }

    @Test
    void a_changed_quiz_is_read_again_under_its_new_questions() {
        sendQuiz(one, "k1", "l1", T0, 1, 0, 1);
        bothAgree();
        Quiz fewer = new Quiz(QUIZ.id(), QUIZ.kind(), QUIZ.title(), QUIZ.description(), QUIZ.settings(),
                QUIZ.questions().subList(0, 2));
        assertEquals(a.submissions().attempts(fewer), a.models().attempts(fewer));
        assertEquals(2, a.models().attempts(fewer).get(0).marks().size());
    }

    @Test
    void a_questionnaires_tally_follows_responses_from_both_processes() {
        Random random = new Random(7);
        List<Response> made = SurveyTallyTest.responses(random, 60);
        for (int i = 0; i < made.size(); i++) {
            Response r = made.get(i);
            send(i % 2 == 0 ? one : two, SurveyTallyTest.FORM, r.id(), "l" + i,
                    T0 + (i % 10 == 9 ? -i : i) * 60_000L, r.group().map(g -> g.code()).orElse(null), r.answers(),
                    Map.of());
            if (i % 15 == 14) {
                for (Side side : List.of(a, b)) {
                    Filter all = Filter.all(ZONE);
                    SurveyFigures expected = SurveyFigures.of(SurveyTallyTest.FORM,
                            side.submissions().responses(SurveyTallyTest.FORM), Set.of(), true);
                    assertEquals(expected, side.models().survey(SurveyTallyTest.FORM,
                            t -> t.figures(c -> all.test(c.group(), c.workshop(), c.day()), Set.of(), true)));
                    assertEquals(i + 1, expected.responses());
                }
            }
        }
    }
}
