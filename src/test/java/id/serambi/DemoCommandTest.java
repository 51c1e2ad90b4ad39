package id.serambi;

import id.serambi.course.CatalogLoader;
import id.serambi.course.ContentRoot;
import id.serambi.db.Database;
import id.serambi.demo.DemoData;
import id.serambi.i18n.Messages;
import id.serambi.quiz.model.Answer;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.model.QuizCatalog;
import id.serambi.quiz.take.AttemptRow;
import id.serambi.quiz.take.Attempts;
import id.serambi.quiz.take.QuizForm;
import id.serambi.quiz.take.QuizStore;
import id.serambi.support.TempFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code java -jar serambi.jar demo}: a full demo class, loaded once, replaced or removed on request only. */
class DemoCommandTest {
    /** A real learner's id is a 22-character token; this one happens to start like a demo id. */
    private static final String REAL = "demo-Xk3pQ9rT2vW8yZ1aB";
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Path data = temp();

    private static Path temp() {
        try {
            return Files.createTempDirectory("serambi-demo");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One demo load that the tests which only read share, as loading takes seconds. */
    private static Path loaded;
    private static String loadedOutput;

    @AfterEach
    void clean() {
        TempFiles.delete(data);
    }

    @AfterAll
    static void cleanShared() {
        TempFiles.delete(loaded);
    }

    private Database loadedDatabase() {
        if (loaded == null) {
            assertEquals(0, demo(), err.toString(StandardCharsets.UTF_8));
            loaded = temp();
            loadedOutput = out.toString(StandardCharsets.UTF_8);
            try {
                Files.copy(data.resolve("serambi.db"), loaded.resolve("serambi.db"));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return Database.open("jdbc:sqlite:" + loaded.resolve("serambi.db"));
    }

    private int demo(String... flags) {
        out.reset();
        err.reset();
        Main main = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        List<String> args = new java.util.ArrayList<>(List.of("demo", "--data", data.toString()));
        args.addAll(List.of(flags));
        return main.run(args);
    }

    private static QuizCatalog bundledQuizzes() {
        ContentLoading loading = new ContentLoading(new Messages());
        CatalogLoader.Result result = loading.loader().load(ContentRoot.bundled());
        return loading.quizzes(result);
    }

    private Database database() {
        return Database.open("jdbc:sqlite:" + data.resolve("serambi.db"));
    }

    private static Map<String, Integer> sentByQuiz(Database db, String learnerLike) {
        Map<String, Integer> counts = new HashMap<>();
        db.jdbi().useHandle(h -> h.createQuery("""
                        select quiz, count(*) as n from quiz_attempt
                        where learner_id like :like and submitted_at is not null group by quiz""")
                .bind("like", learnerLike)
                .map((rs, ctx) -> Map.entry(rs.getString("quiz"), rs.getInt("n")))
                .forEach(e -> counts.put(e.getKey(), e.getValue())));
        return counts;
    }

    private static int count(Database db, String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    /** A real learner's sent attempt at the module quiz, stored the way the quiz pages store it. */
    private static void realAttempt(Database db, QuizCatalog quizzes) {
        Attempts attempts = new Attempts(quizzes, new QuizStore(db.jdbi()), Clock.systemUTC());
        var quiz = quizzes.find("kuis-media-sosial").orElseThrow();
        AttemptRow attempt = attempts.start(REAL, quiz, AttemptRow.Respondent.NONE).value().orElseThrow();
        attempts.submit(quiz, attempt, new QuizForm.Parsed(Map.of("kejadian-media-sosial",
                new Answer.Choices(List.of("c"), "")), Set.of(), Map.of()));
    }

    private static int realAnswers(Database db) {
        return count(db, "select count(*) from quiz_answer where attempt_id in (select id from quiz_attempt"
                + " where learner_id = '" + REAL + "')");
    }

    @Test
    void demo_loads_a_class_whose_dashboards_have_something_to_show() {
        try (Database db = loadedDatabase()) {
            String printed = loadedOutput;
            assertTrue(printed.contains("Data contoh dimuat") && printed.contains("Demo data loaded"), printed);
            assertTrue(printed.contains("/dasbor"), printed);
            Map<String, Integer> sent = sentByQuiz(db, "demo-%");
            assertEquals(60, sent.get("tes-awal"));
            assertEquals(57, sent.get("tes-akhir"), "three participants missed the last day");
            assertEquals(55, sent.get("evaluasi-pelatihan"));
            assertEquals(40, sent.get("skm"));
            int moduleTakers = db.jdbi().withHandle(h -> h.createQuery(
                    "select count(distinct learner_id) from quiz_attempt where quiz = 'kuis-media-sosial'")
                    .mapTo(Integer.class).one());
            assertEquals(55, moduleTakers);
            int failedThenPassed = db.jdbi().withHandle(h -> h.createQuery("""
                    select count(*) from quiz_attempt a join quiz_attempt b
                      on a.learner_id = b.learner_id and a.quiz = b.quiz and b.number = a.number + 1
                    where a.quiz = 'kuis-media-sosial' and a.passed = 0 and b.passed = 1""")
                    .mapTo(Integer.class).one());
            assertTrue(failedThenPassed >= 3, "some fail the module quiz, then pass it: " + failedThenPassed);
            int days = db.jdbi().withHandle(h -> h.createQuery(
                    "select count(distinct submitted_at / 86400000) from quiz_attempt").mapTo(Integer.class).one());
            assertTrue(days >= 3, "spread over a few days: " + days);
            int names = db.jdbi().withHandle(h -> h.createQuery(
                    "select count(*) from quiz_attempt where respondent_kelurahan = 'Madatte (contoh)'")
                    .mapTo(Integer.class).one());
            assertEquals(95, names, "every questionnaire response is marked as an example");
        }
    }

    @Test
    void the_class_gain_between_pre_and_post_test_is_medium() {
        try (Database db = loadedDatabase()) {
            // Hake's class gain <g> = (post% - pre%) / (100 - pre%), from the class means of the
            // participants who took both tests
            List<double[]> pairs = db.jdbi().withHandle(h -> h.createQuery("""
                    select 100 * a.score / a.max_score as pre, 100 * b.score / b.max_score as post
                    from quiz_attempt a join quiz_attempt b on a.learner_id = b.learner_id
                    where a.quiz = 'tes-awal' and b.quiz = 'tes-akhir'""")
                    .map((rs, ctx) -> new double[] {rs.getDouble("pre"), rs.getDouble("post")}).list());
            assertEquals(57, pairs.size());
            double pre = pairs.stream().mapToDouble(p -> p[0]).average().orElseThrow();
            double post = pairs.stream().mapToDouble(p -> p[1]).average().orElseThrow();
            double gain = (post - pre) / (100 - pre);
            assertTrue(gain >= 0.4 && gain <= 0.6, "class gain " + gain + " (pre " + pre + ", post " + post + ")");
        }
    }

    @Test
    void each_attempt_at_the_pre_and_post_test_answers_its_own_draw_of_one_question_per_objective() {
        Quiz bank = bundledQuizzes().find("tes-awal").orElseThrow();
        Set<String> objectives = bank.questions().stream().map(q -> bank.info(q.id()).objective().orElseThrow())
                .collect(Collectors.toSet());
        try (Database db = loadedDatabase()) {
            QuizStore store = new QuizStore(db.jdbi());
            Map<String, List<String>> papers = new HashMap<>();
            for (String quiz : List.of("tes-awal", "tes-akhir")) {
                List<AttemptRow> attempts = db.jdbi().withHandle(h -> h.createQuery(
                        "select id from quiz_attempt where quiz = :quiz order by learner_id").bind("quiz", quiz)
                        .mapTo(String.class).list()).stream().map(id -> store.attempt(id).orElseThrow()).toList();
                for (AttemptRow a : attempts) {
                    List<String> paper = a.order();
                    assertEquals(objectives.size(), paper.size(), a.id() + ": " + paper);
                    assertEquals(objectives, paper.stream().map(q -> bank.info(q).objective().orElseThrow())
                            .collect(Collectors.toSet()), "one question per objective: " + paper);
                    assertTrue(a.options().isPresent(), "the options' order is kept with the paper");
                    assertEquals(Set.copyOf(paper), store.answers(a.id()).keySet(),
                            "the questions on the paper are answered, and only they");
                    papers.put(quiz + " " + a.learnerId(), paper);
                }
                Set<Set<String>> draws = new HashSet<>();
                attempts.forEach(a -> draws.add(Set.copyOf(a.order())));
                assertTrue(draws.size() > attempts.size() / 2, quiz + ": each attempt its own draw, "
                        + draws.size() + " draws of " + attempts.size());
            }
            long same = papers.keySet().stream().filter(k -> k.startsWith("tes-awal "))
                    .filter(k -> papers.get(k).equals(papers.get("tes-akhir " + k.substring("tes-awal ".length()))))
                    .count();
            assertEquals(0, same, "nobody's post-test repeats the pre-test's paper");
        }
    }

    @Test
    void the_needs_survey_is_led_by_good_conduct_then_never_married_then_business_and_names_every_service() {
        Map<String, Integer> chosen = new HashMap<>();
        int others;
        try (Database db = loadedDatabase()) {
            QuizStore store = new QuizStore(db.jdbi());
            List<String> ids = db.jdbi().withHandle(h -> h.createQuery(
                    "select id from quiz_attempt where quiz = 'evaluasi-pelatihan'").mapTo(String.class).list());
            others = 0;
            for (String id : ids) {
                QuizStore.Saved saved = store.answers(id).get("layanan-tambahan");
                Answer.Choices services = (Answer.Choices) saved.answer();
                services.ids().forEach(s -> chosen.merge(s, 1, Integer::sum));
                others += services.other().isBlank() ? 0 : 1;
            }
        }
        assertTrue(chosen.get("kelakuan-baik") > chosen.get("belum-menikah"), chosen.toString());
        assertTrue(chosen.get("belum-menikah") > chosen.get("usaha"), chosen.toString());
        for (String service : List.of("domisili", "kelahiran", "kematian", "biodata-pindah", "kartu-keluarga")) {
            assertTrue(chosen.getOrDefault(service, 0) >= 1, service + " is named at least once: " + chosen);
            assertTrue(chosen.get(service) < chosen.get("usaha"), chosen.toString());
        }
        assertTrue(others >= 1, "some write a service under Lainnya");
    }

    @Test
    void a_second_load_refuses_and_changes_nothing_unless_asked_to_replace() {
        assertEquals(0, demo());
        List<String> before;
        try (Database db = database()) {
            before = db.jdbi().withHandle(h -> h.createQuery("select id from quiz_attempt order by id")
                    .mapTo(String.class).list());
            realAttempt(db, bundledQuizzes());
        }
        assertEquals(1, demo());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("sudah berisi data contoh"));
        try (Database db = database()) {
            assertEquals(before.size() + 1, count(db, "select count(*) from quiz_attempt"));
        }

        assertEquals(0, demo("--ulang"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Data contoh lama dihapus (100 peserta contoh)"));
        try (Database db = database()) {
            List<String> after = db.jdbi().withHandle(h -> h.createQuery(
                    "select id from quiz_attempt where learner_id <> :real order by id")
                    .bind("real", REAL).mapTo(String.class).list());
            assertEquals(before.size(), after.size());
            assertNotEquals(before, after, "the demo attempts were replaced");
            assertEquals(Map.of("kuis-media-sosial", 1), sentByQuiz(db, REAL), "the real attempt survives");
            assertEquals(1, realAnswers(db), "with its answer");
        }
    }

    @Test
    void removing_takes_out_every_demo_row_and_nothing_else() {
        assertEquals(0, demo());
        try (Database db = database()) {
            realAttempt(db, bundledQuizzes());
        }
        assertEquals(0, demo("--hapus"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("100 peserta contoh"), out.toString(StandardCharsets.UTF_8));
        try (Database db = database()) {
            assertEquals(0, count(db, "select count(*) from learner where id like 'demo-%' and id <> '" + REAL + "'"));
            assertEquals(1, count(db, "select count(*) from quiz_attempt"));
            assertEquals(Map.of("kuis-media-sosial", 1), sentByQuiz(db, REAL));
            assertEquals(1, realAnswers(db), "with its answer");
        }
        assertEquals(0, demo("--hapus"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Tidak ada data contoh"));
        assertEquals(2, demo("--ulang", "--hapus"));
        assertEquals(2, new Main(new PrintStream(out), new PrintStream(err), Map.of()).run(List.of("validate", "--hapus")));
    }

    @Test
    void the_same_moment_gives_the_same_data() {
        Instant now = Instant.parse("2026-11-27T10:00:00Z");
        QuizCatalog quizzes = bundledQuizzes();
        List<List<String>> loads = new java.util.ArrayList<>();
        List<List<String>> papers = new java.util.ArrayList<>();
        for (String name : List.of("a.db", "b.db")) {
            try (Database db = Database.open("jdbc:sqlite:" + data.resolve(name))) {
                new DemoData(db.jdbi(), quizzes).load(now);
                loads.add(db.jdbi().withHandle(h -> h.createQuery("""
                                select a.learner_id || ' ' || a.quiz || ' ' || a.number || ' ' || a.submitted_at || ' '
                                    || coalesce(a.score, -1) || ' ' || q.question || '=' || q.answer
                                from quiz_attempt a join quiz_answer q on q.attempt_id = a.id
                                order by a.learner_id, a.quiz, a.number, q.question""")
                        .mapTo(String.class).list()));
                papers.add(db.jdbi().withHandle(h -> h.createQuery("""
                                select learner_id || ' ' || quiz || ' ' || number || ' ' || question_order || ' '
                                    || coalesce(option_order, '')
                                from quiz_attempt order by learner_id, quiz, number""")
                        .mapTo(String.class).list()));
            }
        }
        assertTrue(loads.get(0).size() > 1000, "answers of every attempt: " + loads.get(0).size());
        assertEquals(loads.get(0), loads.get(1));
        assertEquals(papers.get(0), papers.get(1), "the same papers: questions drawn, their order and their options'");
    }
}
