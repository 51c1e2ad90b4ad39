package id.serambi.report.dashboard;

import id.serambi.account.Role;
import id.serambi.support.Http;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who sees which answers: three responses to the training evaluation, one given in self-study,
 * one in trainer A's workshop and one in trainer B's. A trainer sees self-study and their own
 * workshops; an admin sees all three.
 */
class DashboardScopePagesTest {
    private static final String BASE = "/dasbor/evaluasi-pelatihan";
    private static TestApp app;
    private static Http trainerA;
    private static Http trainerB;
    private static Http admin;
    private static String workshopA;
    private static String workshopB;
    private static String answerInB;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        trainerA = app.loggedIn(Role.TRAINER);
        trainerB = app.loggedIn(Role.TRAINER);
        admin = app.loggedIn(Role.ADMIN);
        workshopA = workshop(trainerA);
        workshopB = workshop(trainerB);
        respond(null, "saran mandiri");
        respond(workshopA, "saran di A");
        answerInB = respond(workshopB, "saran di B");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String workshop(Http trainer) {
        HttpResponse<String> r = trainer.submit("/pelatihan/baru", "/pelatihan/baru", Map.of("judul", "Pelatihan",
                "kelurahan", "Madatte", "tempat", "Aula", "tanggal", "2026-03-02", "kapasitas", "30"));
        assertEquals(303, r.statusCode(), r.body());
        return r.headers().firstValue("Location").orElseThrow().substring("/pelatihan/".length());
    }

    /** A response with {@code suggestion} as its typed answer, recorded in {@code workshop} (null: none). */
    private static String respond(String workshop, String suggestion) {
        String attempt = Respondents.send(app, app.http(), "evaluasi-pelatihan", "warga",
                Respondents.form("q-materi", "4", "q-saran", suggestion));
        // a participant's phone records its workshop on the attempt; here it is set directly
        app.database().jdbi().useHandle(h -> h.createUpdate("update quiz_attempt set workshop = :w where id = :id")
                .bind("w", workshop).bind("id", attempt).execute());
        return attempt;
    }

    private static String page(Http http, String path) {
        HttpResponse<String> r = http.get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return r.body();
    }

    @Test
    void a_trainer_sees_self_study_and_their_own_workshops_answers_only() {
        String html = page(trainerA, BASE);
        assertTrue(html.contains("2 tanggapan."), html);
        assertTrue(html.contains("saran mandiri") && html.contains("saran di A"), html);
        assertFalse(html.contains("saran di B"), "trainer B's workshop is not trainer A's to see");
        String csv = new String(trainerA.getBytes(BASE + "/jawaban.csv").body(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("saran di A") && !csv.contains("saran di B"), csv);
        assertFalse(page(trainerA, BASE + "/cetak").contains("saran di B"));
        assertTrue(page(trainerA, "/dasbor").contains("2 jawaban terkirim"));
    }

    @Test
    void an_admin_sees_every_answer() {
        String html = page(admin, BASE);
        assertTrue(html.contains("3 tanggapan."), html);
        assertTrue(page(admin, "/dasbor").contains("3 jawaban terkirim"));
    }

    @Test
    void filtering_by_another_trainers_workshop_is_not_found() {
        assertEquals(404, trainerA.get(BASE + "?lokakarya=" + workshopB).statusCode());
        assertEquals(404, trainerA.get(BASE + "/jawaban.csv?lokakarya=" + workshopB).statusCode());
        assertEquals(404, trainerA.get("/dasbor/prapasca?lokakarya=" + workshopB).statusCode());
        String own = page(trainerB, BASE + "?lokakarya=" + workshopB);
        assertTrue(own.contains("1 tanggapan.") && own.contains("saran di B"), own);
        assertTrue(page(admin, BASE + "?lokakarya=" + workshopA).contains("1 tanggapan."));
        assertEquals(404, admin.get(BASE + "?lokakarya=tidak-ada").statusCode(), "a workshop that does not exist");
    }

    @Test
    void a_trainer_cannot_hide_an_answer_from_another_trainers_workshop() {
        HttpResponse<String> r = trainerA.submit(BASE, BASE + "/sembunyikan",
                Map.of("jawaban", answerInB, "soal", "saran", "sembunyikan", "1"));
        assertEquals(400, r.statusCode());
        assertTrue(page(trainerB, BASE).contains("saran di B"), "still shown to its own trainer");
    }

    @Test
    void learners_are_refused_and_strangers_are_asked_to_log_in() {
        assertEquals(403, app.loggedIn(Role.LEARNER).get(BASE).statusCode());
        HttpResponse<String> stranger = app.http().get(BASE + "?kelompok=warga");
        assertEquals(303, stranger.statusCode());
        assertEquals("/masuk?ke=%2Fdasbor%2Fevaluasi-pelatihan%3Fkelompok%3Dwarga",
                stranger.headers().firstValue("Location").orElseThrow());
    }
}
