package id.serambi.workshop.trainer;

import id.serambi.account.Role;
import id.serambi.quiz.model.Quiz;
import id.serambi.support.Http;
import id.serambi.support.QuizAnswers;
import id.serambi.support.TestApp;
import id.serambi.workshop.model.JoinCode;
import id.serambi.workshop.store.SeatToken;
import id.serambi.workshop.store.WorkshopStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A trainer sets up and opens a workshop; participants join it by code over HTTP. */
public class WorkshopPagesTest {
    private static final Pattern CODE = Pattern.compile("class=\"join-code\">([A-Z0-9]{3}) ([A-Z0-9]{3})<");
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** A new trainer, logged in. */
    static Http trainer() {
        return app.loggedIn(Role.TRAINER);
    }

    /** Creates a workshop through the form and returns its page. */
    public static String create(Http trainer, String capacity) {
        HttpResponse<String> r = trainer.submitAll("/pelatihan/baru", "/pelatihan/baru", List.of(
                Map.entry("judul", "Pelatihan Media Sosial"), Map.entry("kelurahan", "Madatte"),
                Map.entry("tempat", "Aula kelurahan"), Map.entry("tanggal", "2026-03-02"),
                Map.entry("kapasitas", capacity), Map.entry("modul", "media-sosial"),
                Map.entry("tes-awal", "tes-awal"), Map.entry("tes-akhir", "tes-akhir"),
                Map.entry("evaluasi", "evaluasi-pelatihan"), Map.entry("skm", "skm"),
                Map.entry("kuis-modul", "kuis-media-sosial"), Map.entry("latihan", "madatte/cari-alamat")));
        assertEquals(303, r.statusCode(), r.body());
        return r.headers().firstValue("Location").orElseThrow();
    }

    /** Opens the workshop at {@code page} and returns its join code as shown. */
    public static String open(Http trainer, String page) {
        assertEquals(303, trainer.submit(page, page + "/buka", Map.of()).statusCode());
        Matcher m = CODE.matcher(trainer.get(page).body());
        assertTrue(m.find(), "no join code on the workshop page");
        return m.group(1) + m.group(2);
    }

    private static HttpResponse<String> join(Http participant, String code, String name, String group) {
        return participant.submit("/ikut", "/ikut/" + code, Map.of("nama", name, "kelompok", group));
    }

    @Test
    void a_created_workshop_shows_its_set_up_and_once_opened_its_code_link_and_qr() {
        Http trainer = trainer();
        String page = create(trainer, "30");
        String draft = trainer.get(page).body();
        assertTrue(draft.contains("Pelatihan Media Sosial") && draft.contains("Tes akhir: Media Sosial"), draft);
        assertFalse(draft.contains("join-code"));
        String code = open(trainer, page);
        String opened = trainer.get(page).body();
        assertTrue(opened.contains(app.url("/ikut/" + code)));
        assertTrue(opened.contains("<svg") && opened.contains("class=\"join-qr\""));
        assertTrue(opened.contains("value=\"latihan:madatte/cari-alamat\""), "the practice task is a step of the room");
        assertTrue(JoinCode.parse(code).isPresent());
        String proxied = trainer.get(page, "X-Forwarded-Proto", "https").body();
        assertTrue(proxied.contains(app.url("/ikut/" + code).replace("http://", "https://")),
                "behind an HTTPS proxy the phones are given the https address");
    }

    @Test
    void another_trainer_gets_404_for_a_trainers_workshop_an_admin_sees_it_a_stranger_must_log_in() {
        String page = create(trainer(), "30");
        assertEquals(404, trainer().get(page).statusCode());
        assertFalse(trainer().get("/pelatihan").body().contains(page), "nor is it in another trainer's list");
        Http admin = app.loggedIn(Role.ADMIN);
        assertEquals(200, admin.get(page).statusCode());
        assertTrue(admin.get("/pelatihan").body().contains(page));
        assertEquals(303, app.http().get(page).statusCode());
        assertEquals(403, app.loggedIn(Role.LEARNER).get(page).statusCode());
    }

    @Test
    void a_form_with_missing_fields_is_shown_again_with_messages_and_saves_nothing() {
        Http trainer = trainer();
        HttpResponse<String> r = trainer.submit("/pelatihan/baru", "/pelatihan/baru",
                Map.of("judul", "", "kelurahan", "Madatte", "tempat", "Aula", "tanggal", "besok", "kapasitas", "10"));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("Wajib diisi.") && r.body().contains("Tanggal tidak valid."), r.body());
        assertTrue(r.body().contains("value=\"Madatte\""));
        assertFalse(trainer.get("/pelatihan").body().contains("/pelatihan/0"));
    }

    @Test
    void a_participant_joins_by_code_with_name_and_group_and_waits_for_the_trainer() {
        Http trainer = trainer();
        String page = create(trainer, "30");
        String code = open(trainer, page);
        Http siti = app.http();
        HttpResponse<String> typed = siti.submit("/ikut", "/ikut", Map.of("kode", code.toLowerCase()));
        assertEquals("/ikut/" + code, typed.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> joined = join(siti, code, "Siti", "warga");
        assertEquals(303, joined.statusCode());
        assertEquals("/ikut/" + code + "/tunggu", joined.headers().firstValue("Location").orElseThrow());
        assertTrue(joined.headers().allValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith(SeatToken.COOKIE + "=") && c.contains("HttpOnly")
                        && c.contains("SameSite=Lax")));
        String waiting = siti.get("/ikut/" + code + "/tunggu").body();
        assertTrue(waiting.contains("Halo, Siti") && waiting.contains("Menunggu pelatih…"), waiting);
        join(app.http(), code, "Siti", "aparat");
        String roster = trainer.get(page).body();
        assertTrue(roster.contains("Siti (2)") && roster.contains("Peserta (2 dari 30)"), roster);
    }

    @Test
    void the_waiting_page_shows_the_item_the_trainer_opened() {
        Http trainer = trainer();
        String page = create(trainer, "30");
        String code = open(trainer, page);
        Http siti = app.http();
        join(siti, code, "Siti", "warga");
        String id = page.substring("/pelatihan/".length());
        new WorkshopStore(app.database().jdbi(), new SecureRandom()).openItem(id, Optional.of("kuis:tes-awal"), Instant.now());
        String waiting = siti.get("/ikut/" + code + "/tunggu").body();
        assertTrue(waiting.contains("Tes awal: Media Sosial") && waiting.contains("action=\"/kuis/tes-awal/mulai\""),
                "the button begins the quiz at its first question: " + waiting);
        assertFalse(waiting.contains("Menunggu pelatih"));
        HttpResponse<String> begun = siti.submit("/ikut/" + code + "/tunggu", "/kuis/tes-awal/mulai", Map.of());
        assertEquals("/kuis/tes-awal/isi", begun.headers().firstValue("Location").orElseThrow(), "no introduction first");
        // the pre-test draws one question per objective for each attempt: the page shows Siti's draw
        Quiz pre = app.quizzes().find("tes-awal").orElseThrow();
        String questions = siti.get("/kuis/tes-awal/isi").body();
        List<String> shown = QuizAnswers.shown(questions);
        Set<String> objectives = pre.questions().stream().map(q -> pre.info(q.id()).objective().orElseThrow())
                .collect(Collectors.toSet());
        assertEquals(objectives.size(), shown.size(), "one question per objective: " + shown);
        assertEquals(objectives, shown.stream().map(q -> pre.info(q).objective().orElseThrow()).collect(Collectors.toSet()),
                "every objective asked");
        assertTrue(questions.contains("<fieldset class=\"question\" id=\"soal-" + shown.get(0) + "\""),
                "the first question: " + questions);
    }

    @Test
    void rejoining_with_the_cookie_returns_the_same_seat() {
        Http trainer = trainer();
        String page = create(trainer, "30");
        String code = open(trainer, page);
        Http budi = app.http();
        join(budi, code, "Budi", "aparat");
        String token = budi.cookie(SeatToken.COOKIE);
        HttpResponse<String> back = budi.get("/ikut/" + code);
        assertEquals(303, back.statusCode());
        assertEquals("/ikut/" + code + "/tunggu", back.headers().firstValue("Location").orElseThrow());
        assertEquals(303, join(budi, code, "Budi lagi", "warga").statusCode());
        assertEquals(token, budi.cookie(SeatToken.COOKIE));
        String roster = trainer.get(page).body();
        assertTrue(roster.contains("Peserta (1 dari 30)") && !roster.contains("Budi lagi"), roster);
    }

    @Test
    void a_forged_or_unknown_token_is_treated_as_a_new_visitor() {
        Http trainer = trainer();
        String code = open(trainer, create(trainer, "30"));
        for (String forged : List.of("forged", SeatToken.random(new SecureRandom()))) {
            Http visitor = app.http();
            visitor.setCookie(SeatToken.COOKIE, forged);
            assertEquals(303, visitor.get("/ikut/" + code + "/tunggu").statusCode());
            HttpResponse<String> form = visitor.get("/ikut/" + code);
            assertEquals(200, form.statusCode());
            assertTrue(form.body().contains("name=\"nama\""));
            HttpResponse<String> joined = join(visitor, code, "Ani", "warga");
            assertEquals(303, joined.statusCode());
            String seat = joined.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith(SeatToken.COOKIE + "=")).findFirst().orElseThrow();
            assertNotEquals(SeatToken.COOKIE + "=" + forged, seat.substring(0, seat.indexOf(';')));
        }
    }

    @Test
    void a_wrong_code_says_so_and_offers_the_form_again() {
        Http visitor = app.http();
        HttpResponse<String> unknown = visitor.get("/ikut/QQQQQQ");
        assertEquals(422, unknown.statusCode());
        assertTrue(unknown.body().contains("Kode QQQ QQQ tidak ditemukan") && unknown.body().contains("name=\"kode\""));
        HttpResponse<String> malformed = visitor.submit("/ikut", "/ikut", Map.of("kode", "AB0"));
        assertEquals(422, malformed.statusCode());
        assertTrue(malformed.body().contains("Kode terdiri dari 6 huruf dan angka"), malformed.body());
        assertTrue(malformed.body().contains("value=\"AB0\""));
    }

    @Test
    void a_closed_or_full_workshop_says_so_and_offers_another_code() {
        Http trainer = trainer();
        String page = create(trainer, "1");
        String code = open(trainer, page);
        assertEquals(303, join(app.http(), code, "Siti", "warga").statusCode());
        HttpResponse<String> full = join(app.http(), code, "Budi", "warga");
        assertEquals(409, full.statusCode());
        assertTrue(full.body().contains("sudah penuh") && full.body().contains("name=\"kode\""), full.body());
        assertEquals(409, app.http().get("/ikut/" + code).statusCode());
        assertEquals(303, trainer.submit(page, page + "/tutup", Map.of("yakin", "1")).statusCode());
        HttpResponse<String> closed = app.http().get("/ikut/" + code);
        assertEquals(410, closed.statusCode());
        assertTrue(closed.body().contains("sedang ditutup") && closed.body().contains("name=\"kode\""), closed.body());
    }

    @Test
    void a_participant_with_no_name_or_group_is_asked_again() {
        Http trainer = trainer();
        String code = open(trainer, create(trainer, "30"));
        HttpResponse<String> r = app.http().submit("/ikut", "/ikut/" + code, Map.of("nama", "  "));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("Tulis nama Anda") && r.body().contains("Pilih warga atau aparat"), r.body());
    }

    @Test
    void the_set_up_form_proposes_the_usual_roles_and_offers_each_only_its_kind() {
        String form = trainer().get("/pelatihan/baru").body();
        String pre = form.substring(form.indexOf("<select id=\"tes-awal\""), form.indexOf("</select>", form.indexOf("id=\"tes-awal\"")));
        assertTrue(pre.contains("value=\"tes-awal\" selected"), pre);
        assertFalse(pre.contains("value=\"skm\""), "a questionnaire is no pre-test");
        String skm = form.substring(form.indexOf("<select id=\"skm\""), form.indexOf("</select>", form.indexOf("id=\"skm\"")));
        assertTrue(skm.contains("value=\"skm\" selected"), skm);
        assertFalse(skm.contains("value=\"tes-awal\""), "a quiz is no survey");
        assertTrue(form.contains("value=\"media-sosial\" checked"), "the module is proposed");
    }
}
