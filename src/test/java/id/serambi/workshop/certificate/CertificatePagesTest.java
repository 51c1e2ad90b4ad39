package id.serambi.workshop.certificate;

import id.serambi.account.Role;
import id.serambi.quiz.take.AttemptRow;
import id.serambi.quiz.take.QuizStore;
import id.serambi.support.Http;
import id.serambi.support.TestApp;
import id.serambi.workshop.model.Participant;
import id.serambi.workshop.store.SeatToken;
import id.serambi.workshop.store.WorkshopStore;
import id.serambi.workshop.store.WorkshopStoreContract;
import id.serambi.workshop.trainer.WorkshopPagesTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Certificates over HTTP: who gets one, from which URL, and what everyone else is told. */
class CertificatePagesTest {
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** A workshop in Madatte on 2 March 2026, opened; returns its page and its code. */
    private static String[] openWorkshop(Http trainer, String title, boolean postTest) {
        List<Map.Entry<String, String>> form = new ArrayList<>(List.of(Map.entry("judul", title),
                Map.entry("kelurahan", "Madatte"), Map.entry("tempat", "Aula kelurahan"),
                Map.entry("tanggal", "2026-03-02"), Map.entry("kapasitas", "30"), Map.entry("tes-awal", "tes-awal")));
        if (postTest) {
            form.add(Map.entry("tes-akhir", "tes-akhir"));
        }
        HttpResponse<String> created = trainer.submitAll("/pelatihan/baru", "/pelatihan/baru", form);
        assertEquals(303, created.statusCode(), created.body());
        String page = created.headers().firstValue("Location").orElseThrow();
        return new String[]{page, WorkshopPagesTest.open(trainer, page)};
    }

    private static Http join(String code, String name) {
        Http phone = app.http();
        assertEquals(303, phone.submit("/ikut", "/ikut/" + code, Map.of("nama", name, "kelompok", "warga")).statusCode());
        return phone;
    }

    private static Participant seat(Http phone) {
        return new WorkshopStore(app.database().jdbi(), new SecureRandom())
                .seat(phone.cookie(SeatToken.COOKIE), WorkshopStoreContract.PHONE, Instant.now()).orElseThrow();
    }

    /** An attempt of {@code quiz} by the seat on {@code phone}, in {@code workshop} (none: taken alone). */
    private static void attempt(Http phone, String quiz, Optional<String> workshop, boolean submitted) {
        QuizStore store = new QuizStore(app.database().jdbi());
        long now = System.currentTimeMillis();
        AttemptRow draft = store.start(new AttemptRow(UUID.randomUUID().toString(), quiz, seat(phone).learnerId(), 1,
                List.of(), now, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                AttemptRow.Respondent.NONE, workshop), now);
        if (submitted) {
            assertTrue(store.submit(draft.id(), Map.of(), Optional.of(5.0), Optional.of(10.0), false, now));
        }
    }

    private static String id(String page) {
        return page.substring("/pelatihan/".length());
    }

    private static List<String> pdfPages(HttpResponse<byte[]> r) throws IOException {
        assertEquals(200, r.statusCode(), new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElseThrow());
        return CertificatePdfTest.pages(r.body());
    }

    @Test
    void a_participant_who_sent_the_post_test_downloads_a_certificate_of_their_workshop() throws IOException {
        String[] w = openWorkshop(app.loggedIn(Role.TRAINER), "Pelatihan Media Sosial", true);
        Http siti = join(w[1], "Siti Rahma");
        String pdfUrl = "/ikut/" + w[1] + "/sertifikat.pdf";
        assertFalse(siti.get("/ikut/" + w[1] + "/tunggu").body().contains("Unduh sertifikat"));
        HttpResponse<String> early = siti.get(pdfUrl);
        assertEquals(409, early.statusCode());
        assertTrue(early.body().contains("Sertifikat tersedia setelah Anda mengirim tes akhir"), early.body());

        attempt(siti, "tes-akhir", Optional.of(id(w[0])), false);
        assertEquals(409, siti.get(pdfUrl).statusCode(), "a draft is not a sent post-test");

        attempt(siti, "tes-akhir", Optional.of(id(w[0])), true);
        String waiting = siti.get("/ikut/" + w[1] + "/tunggu").body();
        assertTrue(waiting.contains("href=\"" + pdfUrl + "\"") && waiting.contains("Unduh sertifikat"), waiting);
        HttpResponse<byte[]> r = siti.getBytes(pdfUrl);
        String text = pdfPages(r).get(0);
        assertEquals("attachment; filename=\"sertifikat-siti-rahma.pdf\"",
                r.headers().firstValue("Content-Disposition").orElseThrow());
        for (String expected : List.of("Sertifikat Keikutsertaan", "Siti Rahma", "Pelatihan Media Sosial",
                "2 Maret 2026", "Kelurahan Madatte · Aula kelurahan")) {
            assertTrue(text.contains(expected), expected + " missing from " + text);
        }
    }

    @Test
    void a_certificate_number_is_kept_by_its_seat_and_anyone_can_check_it() throws IOException {
        Http trainer = app.loggedIn("bu.nurul", Role.TRAINER);
        String[] w = openWorkshop(trainer, "Pelatihan Layanan WhatsApp", true);
        Http siti = join(w[1], "Siti Aminah");
        attempt(siti, "tes-akhir", Optional.of(id(w[0])), true);
        String pdfUrl = "/ikut/" + w[1] + "/sertifikat.pdf";
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Nomor sertifikat ([A-Z0-9]{4}-[A-Z0-9]{4})")
                .matcher(pdfPages(siti.getBytes(pdfUrl)).get(0));
        assertTrue(m.find(), "the certificate carries its number");
        String number = m.group(1);
        assertTrue(pdfPages(siti.getBytes(pdfUrl)).get(0).contains(number), "the same seat, the same number");
        assertTrue(pdfPages(trainer.getBytes(w[0] + "/sertifikat.pdf")).get(0).contains(number), "on the trainer's too");
        assertTrue(pdfPages(siti.getBytes(pdfUrl)).get(0).contains("bu.nurul"), "the trainer's name is printed");

        HttpResponse<String> checked = app.http().get("/sertifikat/" + number);
        assertEquals(200, checked.statusCode());
        for (String expected : List.of("Sertifikat " + number + " sah", "Siti Aminah", "Pelatihan Layanan WhatsApp",
                "2 Maret 2026", "bu.nurul")) {
            assertTrue(checked.body().contains(expected), expected + " missing from " + checked.body());
        }
        assertEquals(200, app.http().get("/sertifikat/" + number.replace("-", "").toLowerCase()).statusCode(),
                "typed in lower case without the dash");
        HttpResponse<String> unknown = app.http().get("/sertifikat/QQQQ-QQQQ");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("Nomor tidak dikenal"), unknown.body());
    }

    @Test
    void the_trainer_gets_one_page_per_eligible_participant_in_joining_order_with_names_as_typed() throws IOException {
        Http trainer = app.loggedIn(Role.TRAINER);
        String[] w = openWorkshop(trainer, "Pelatihan Sertifikat", true);
        Optional<String> here = Optional.of(id(w[0]));
        Http ani = join(w[1], "Ani");
        Http siti = join(w[1], "Siti");
        Http siti2 = join(w[1], "Siti");
        Http budi = join(w[1], "<b>Budi</b>");
        Http alone = join(w[1], "Dedi");
        Http preOnly = join(w[1], "Eka");
        attempt(ani, "tes-akhir", here, true);
        attempt(siti2, "tes-akhir", here, true);
        attempt(budi, "tes-akhir", here, true);
        attempt(siti, "tes-akhir", here, false);
        attempt(alone, "tes-akhir", Optional.empty(), true);
        attempt(preOnly, "tes-awal", here, true);

        String page = trainer.get(w[0]).body();
        assertTrue(page.contains("Sudah berhak: 3 peserta.") && page.contains("Unduh semua sertifikat (3 halaman PDF)"), page);
        assertTrue(page.contains("Sertifikat &lt;b&gt;Budi&lt;/b&gt; (PDF)") && page.contains("Sertifikat Siti (2) (PDF)"), page);

        HttpResponse<byte[]> all = trainer.getBytes(w[0] + "/sertifikat.pdf");
        List<String> pages = pdfPages(all);
        assertEquals(3, pages.size());
        assertTrue(pages.get(0).contains("Ani"));
        assertTrue(pages.get(1).contains("Siti") && !pages.get(1).contains("Siti (2)"), pages.get(1));
        assertTrue(pages.get(2).contains("<b>Budi</b>"), pages.get(2));
        assertEquals("attachment; filename=\"sertifikat-pelatihan-sertifikat.pdf\"",
                all.headers().firstValue("Content-Disposition").orElseThrow());

        HttpResponse<byte[]> one = trainer.getBytes(w[0] + "/peserta/" + seat(budi).id() + "/sertifikat.pdf");
        assertEquals(1, pdfPages(one).size());
        assertEquals("attachment; filename=\"sertifikat-b-budi-b.pdf\"",
                one.headers().firstValue("Content-Disposition").orElseThrow());
        HttpResponse<String> notYet = trainer.get(w[0] + "/peserta/" + seat(siti).id() + "/sertifikat.pdf");
        assertEquals(409, notYet.statusCode());
        assertTrue(notYet.body().contains("Peserta ini belum mengirim tes akhir"), notYet.body());
    }

    @Test
    void another_trainer_gets_404_a_stranger_logs_in_first_and_an_admin_may_download() throws IOException {
        Http trainer = app.loggedIn(Role.TRAINER);
        String[] w = openWorkshop(trainer, "Pelatihan Milik Sendiri", true);
        Http ani = join(w[1], "Ani");
        attempt(ani, "tes-akhir", Optional.of(id(w[0])), true);
        String all = w[0] + "/sertifikat.pdf";
        String one = w[0] + "/peserta/" + seat(ani).id() + "/sertifikat.pdf";

        Http other = app.loggedIn(Role.TRAINER);
        assertEquals(404, other.get(all).statusCode());
        assertEquals(404, other.get(one).statusCode());
        String[] otherWorkshop = openWorkshop(other, "Pelatihan Lain", true);
        assertEquals(404, other.get(otherWorkshop[0] + "/peserta/" + seat(ani).id() + "/sertifikat.pdf").statusCode(),
                "a participant of another workshop is not found through one's own");
        HttpResponse<String> stranger = app.http().get(all);
        assertEquals(303, stranger.statusCode());
        assertTrue(stranger.headers().firstValue("Location").orElseThrow().startsWith("/masuk"));
        assertEquals(403, app.loggedIn(Role.LEARNER).get(one).statusCode());
        assertEquals(1, pdfPages(app.loggedIn(Role.ADMIN).getBytes(one)).size());
        assertEquals(409, join(w[1], "Budi").get("/ikut/" + otherWorkshop[1] + "/sertifikat.pdf").statusCode(),
                "a seat of one workshop earns nothing in another");
    }

    @Test
    void a_workshop_without_a_post_test_gives_no_certificate_and_says_so() {
        Http trainer = app.loggedIn(Role.TRAINER);
        String[] w = openWorkshop(trainer, "Pelatihan Tanpa Tes Akhir", false);
        Http ani = join(w[1], "Ani");
        attempt(ani, "tes-akhir", Optional.of(id(w[0])), true);
        assertTrue(trainer.get(w[0]).body().contains("Pelatihan ini tidak memakai tes akhir"));
        HttpResponse<String> trainerAll = trainer.get(w[0] + "/sertifikat.pdf");
        assertEquals(409, trainerAll.statusCode());
        assertTrue(trainerAll.body().contains("tidak memakai tes akhir"), trainerAll.body());
        HttpResponse<String> own = ani.get("/ikut/" + w[1] + "/sertifikat.pdf");
        assertEquals(409, own.statusCode());
        assertTrue(own.body().contains("tidak memakai tes akhir"), own.body());
        assertFalse(ani.get("/ikut/" + w[1] + "/tunggu").body().contains("Unduh sertifikat"));
    }

    @Test
    void a_phone_without_a_seat_or_with_an_unknown_code_gets_a_page_saying_what_to_do() {
        String[] w = openWorkshop(app.loggedIn(Role.TRAINER), "Pelatihan Kursi", true);
        HttpResponse<String> noSeat = app.http().get("/ikut/" + w[1] + "/sertifikat.pdf");
        assertEquals(409, noSeat.statusCode());
        assertTrue(noSeat.body().contains("belum terdaftar sebagai peserta") && noSeat.body().contains("href=\"/ikut/"
                + w[1] + "\""), noSeat.body());
        HttpResponse<String> unknown = app.http().get("/ikut/zzzzzz/sertifikat.pdf");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("Halaman tidak ditemukan"), unknown.body());
    }

    @Test
    void a_trainers_download_is_noted_in_the_audit_log() {
        Http trainer = app.loggedIn(Role.TRAINER);
        String[] w = openWorkshop(trainer, "Pelatihan Diaudit", true);
        Http ani = join(w[1], "Ani");
        attempt(ani, "tes-akhir", Optional.of(id(w[0])), true);
        assertEquals(200, trainer.getBytes(w[0] + "/sertifikat.pdf").statusCode());
        String log = app.loggedIn(Role.ADMIN).get("/admin/pengguna").body();
        assertTrue(log.contains("mengunduh sertifikat") && log.contains("Pelatihan Diaudit"), log);
    }
}
