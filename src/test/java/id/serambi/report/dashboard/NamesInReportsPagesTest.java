package id.serambi.report.dashboard;

import id.serambi.account.Role;
import id.serambi.support.Http;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names where the trainer needs them: in the trainer's own workshop the exports and the pre/post
 * table carry the names participants gave on joining, and the workshop is named by its title and
 * date; outside a workshop, and in another trainer's, nobody is named.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NamesInReportsPagesTest {
    private TestApp app;
    private Http trainerA;
    private Http trainerB;
    private String workshopA;

    @BeforeAll
    void start() {
        app = TestApp.start();
        trainerA = app.loggedIn(Role.TRAINER);
        trainerB = app.loggedIn(Role.TRAINER);
        workshopA = workshop(trainerA, "Pelatihan Media Sosial");
        Http siti = app.http();
        sent(siti, "tes-awal", workshopA, "Siti Aminah");
        sent(siti, "tes-akhir", workshopA, "Siti Aminah");
        sent(app.http(), "tes-awal", null, "Budi Santoso");
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private static String workshop(Http trainer, String title) {
        HttpResponse<String> r = trainer.submit("/pelatihan/baru", "/pelatihan/baru", Map.of("judul", title,
                "kelurahan", "Madatte", "tempat", "Aula", "tanggal", "2026-03-02", "kapasitas", "30"));
        assertEquals(303, r.statusCode(), r.body());
        return r.headers().firstValue("Location").orElseThrow().substring("/pelatihan/".length());
    }

    /** A sent attempt of {@code quiz} under the name a seat gave, in {@code workshop} (null: self-study). */
    private void sent(Http http, String quiz, String workshop, String name) {
        String attempt = Respondents.send(app, http, quiz, "warga", Respondents.form());
        // a seat's phone records its workshop and name on the attempt; here they are set directly
        app.database().jdbi().useHandle(h -> h.createUpdate(
                        "update quiz_attempt set workshop = :w, respondent_name = :n where id = :id")
                .bind("w", workshop).bind("n", name).bind("id", attempt).execute());
    }

    private static String csv(Http http, String path) {
        HttpResponse<byte[]> r = http.getBytes(path);
        assertEquals(200, r.statusCode());
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void the_trainers_own_workshop_exports_name_its_participants_and_the_workshop() {
        String csv = csv(trainerA, "/dasbor/tes-awal/jawaban.csv?lokakarya=" + workshopA);
        assertTrue(csv.contains("Siti Aminah"), csv);
        assertTrue(csv.contains("Pelatihan Media Sosial (2 Maret 2026)"), csv);
        assertFalse(csv.contains(workshopA), "the workshop by its title, not its id");
        String all = csv(trainerA, "/dasbor/tes-awal/jawaban.csv");
        assertFalse(all.contains("Budi Santoso"), "outside a workshop nobody is named");
        assertTrue(csv(app.loggedIn(Role.ADMIN), "/dasbor/tes-awal/jawaban.csv").contains("Siti Aminah"), "an admin too");
        assertFalse(csv(trainerB, "/dasbor/tes-awal/jawaban.csv").contains("Siti Aminah"), "not another trainer");
    }

    @Test
    void a_dashboard_filtered_to_a_workshop_says_which_and_the_pre_post_table_names_its_pairs() {
        String dashboard = trainerA.get("/dasbor/tes-awal?lokakarya=" + workshopA).body();
        assertTrue(dashboard.contains("Hanya jawaban pelatihan Pelatihan Media Sosial (2 Maret 2026)"), dashboard);
        assertFalse(trainerA.get("/dasbor/tes-awal").body().contains("Hanya jawaban pelatihan"));
        String prePost = trainerA.get("/dasbor/prapasca?lokakarya=" + workshopA).body();
        assertTrue(prePost.contains("Siti Aminah"), prePost);
    }

    @Test
    void an_anonymous_questionnaires_dashboard_says_that_names_are_not_kept() {
        assertTrue(trainerA.get("/dasbor/evaluasi-pelatihan").body().contains("tanpa nama"));
        assertFalse(trainerA.get("/dasbor/tes-awal").body().contains("Kuesioner ini tanpa nama"));
    }
}
