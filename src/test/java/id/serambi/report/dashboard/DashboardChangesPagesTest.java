package id.serambi.report.dashboard;

import id.serambi.account.Role;
import id.serambi.demo.DemoData;
import id.serambi.support.CourseFixture;
import id.serambi.support.Http;
import id.serambi.support.TempFiles;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboards keep their figures between views and show every change right after it is made:
 * a new attempt, a trainer's mark, a group given later, data removed, and what another server on
 * the same database wrote.
 */
class DashboardChangesPagesTest {
    private static final Pattern COUNTING = Pattern.compile("(\\d+) peserta dari (\\d+) percobaan");
    private static CourseFixture course;
    private static TestApp app;
    private static Http trainer;

    @BeforeAll
    static void start() {
        course = CourseFixture.small()
                .file("quizzes/esai-dinilai.yaml", """
                        kind: quiz
                        title: Esai yang dinilai pelatih
                        pass: 60
                        attempts: 0
                        shuffle_questions: false
                        questions:
                          - id: jam
                            type: short
                            prompt: Kapan kantor melayani?
                            accept: ["jam kerja"]
                          - id: cerita
                            type: text
                            points: 4
                            prompt: Ceritakan cara kantor Anda membalas pesan warga.
                        """)
                .file("quizzes/angket.yaml", Respondents.ANGKET);
        app = TestApp.start(course.root());
        trainer = app.loggedIn(Role.TRAINER);
    }

    @AfterAll
    static void stop() {
        app.close();
        course.close();
    }

    private static String page(Http http, String path) {
        HttpResponse<String> r = http.get(path);
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    /** Participants and attempts the quiz dashboard counts. */
    private static String counting(Http http, String path) {
        Matcher m = COUNTING.matcher(page(http, path));
        return m.find() ? m.group(1) + "/" + m.group(2) : "none";
    }

    private static String essay(Http learner, String shortAnswer) {
        return Respondents.send(app, learner, "esai-dinilai", null,
                Respondents.form("q-jam", shortAnswer, "q-cerita", "Kami membalas dalam satu jam."));
    }

    private static void mark(String attempt, String question, String mark) {
        assertEquals(303, trainer.submit("/dasbor/esai-dinilai/nilai", "/dasbor/esai-dinilai/nilai",
                Map.of("percobaan", attempt, "soal", question, "nilai", mark)).statusCode());
    }

    @Test
    void a_new_attempt_and_each_mark_a_trainer_gives_show_on_the_next_view() {
        Http learner = app.http();
        String attempt = essay(learner, "pukul 8");
        String before = page(trainer, "/dasbor/esai-dinilai");
        assertTrue(before.contains("<dd>0,0%</dd>"), "nothing earned yet: " + before);
        // the essay earns 2 of 4: 2 of 5 points in all
        mark(attempt, "cerita", "2");
        assertTrue(page(trainer, "/dasbor/esai-dinilai").contains("<dd>40,0%</dd>"), "the essay's mark counts");
        // the short answer the key missed, credited: 3 of 5
        mark(attempt, "jam", "1");
        String credited = page(trainer, "/dasbor/esai-dinilai");
        assertTrue(credited.contains("<dd>60,0%</dd>"), credited);
        assertEquals("1/1", counting(trainer, "/dasbor/esai-dinilai"));
        essay(learner, "jam kerja");
        assertEquals("1/2", counting(trainer, "/dasbor/esai-dinilai"), "a second attempt by the same learner");
        essay(app.http(), "jam kerja");
        assertEquals("2/3", counting(trainer, "/dasbor/esai-dinilai"));
    }

    @Test
    void a_group_given_after_the_quiz_moves_the_attempt_into_that_group() {
        Http learner = app.http();
        essay(learner, "jam kerja");
        String aparat = "/dasbor/esai-dinilai?kelompok=aparat";
        String before = counting(trainer, aparat);
        Respondents.send(app, learner, "angket", "aparat", Respondents.form("q-puas", "5"));
        String after = counting(trainer, aparat);
        assertEquals(Integer.parseInt(before.equals("none") ? "0" : before.split("/")[0]) + 1,
                Integer.parseInt(after.split("/")[0]), before + " then " + after);
        assertTrue(page(trainer, "/dasbor/angket").contains("tanggapan."));
    }

    @Test
    void a_second_server_on_the_same_database_shows_what_the_first_wrote_and_removed() throws Exception {
        Path data = Files.createTempDirectory("serambi-two-nodes");
        try (TestApp first = TestApp.onData(data); TestApp second = TestApp.onData(data)) {
            Http watching = second.loggedIn(Role.TRAINER);
            assertTrue(page(watching, "/dasbor/evaluasi-pelatihan").contains("Belum ada tanggapan."));
            String quizBefore = counting(watching, "/dasbor/kuis-media-sosial");
            DemoData demo = new DemoData(first.database().jdbi(), first.quizzes());
            DemoData.Summary loaded = demo.load(Instant.parse("2026-11-27T10:00:00Z"));
            String survey = page(watching, "/dasbor/evaluasi-pelatihan");
            assertTrue(survey.contains(loaded.sent("evaluasi-pelatihan") + " tanggapan."), survey);
            assertEquals(loaded.sent("kuis-media-sosial"),
                    Integer.parseInt(counting(watching, "/dasbor/kuis-media-sosial").split("/")[1]),
                    "was " + quizBefore);
            // demo --hapus on the first server
            assertTrue(demo.remove() > 0);
            assertTrue(page(watching, "/dasbor/evaluasi-pelatihan").contains("Belum ada tanggapan."));
            assertEquals(quizBefore, counting(watching, "/dasbor/kuis-media-sosial"));
        } finally {
            TempFiles.delete(data);
        }
    }
}
