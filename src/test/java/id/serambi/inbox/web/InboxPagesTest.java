package id.serambi.inbox.web;

import id.serambi.account.Role;
import id.serambi.inbox.store.InboxStore;
import id.serambi.inbox.store.Inboxes;
import id.serambi.support.Http;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The inbox over HTTP: judging, the feedback, progress, refusals, and the trainer's results. */
class InboxPagesTest {
    private static final String INBOX = "/kotak-masuk/kotak-masuk-warga";
    private static final String OTP = INBOX + "/pesan/kode-otp";
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static HttpResponse<String> judge(Http http, String message, String verdict, String... tapped) {
        List<Map.Entry<String, String>> form = new ArrayList<>();
        if (verdict != null) {
            form.add(Map.entry("putusan", verdict));
        }
        for (String t : tapped) {
            form.add(Map.entry("tanda", t));
        }
        String page = INBOX + "/pesan/" + message;
        return http.submitAll(page, page, form);
    }

    private static Inboxes inboxes() {
        return new Inboxes(app.inboxes(), new InboxStore(app.database().jdbi()), Clock.systemUTC());
    }

    @Test
    void the_inbox_is_a_chat_list_of_every_message_with_the_offices_number() {
        String page = app.http().get(INBOX).body();
        assertEquals(14, page.split("class=\"ib-chat\"", -1).length - 1);
        assertTrue(page.contains("+62 823-9349-8882"), "the office's published number");
        assertTrue(page.contains("0 dari 14 pesan dinilai"));
    }

    @Test
    void judging_shows_each_sign_found_and_missed_and_the_score() {
        Http http = app.http();
        HttpResponse<String> posted = judge(http, "kode-otp", "penipuan", "kode-enam");
        assertEquals(303, posted.statusCode());
        assertEquals(OTP + "#umpan-balik", posted.headers().firstValue("Location").orElseThrow());
        String page = http.get(OTP).body();
        assertTrue(page.contains("Tepat!"));
        // 1 verdict point + 1 of 3 signs
        assertTrue(page.contains("1,3 dari 2 poin untuk pesan ini"), page);
        assertTrue(page.contains("Anda menemukan 1 dari 3 tanda bahaya."));
        assertEquals(2, page.split("✗ Terlewat", -1).length - 1, "the two signs missed are named");
        assertTrue(page.contains("Tolong kirimkan kodenya ke saya"));
        assertTrue(page.contains("Pusat Bantuan WhatsApp"), "the sign's source");
        assertFalse(page.contains("name=\"putusan\""), "no form once judged");
        assertTrue(http.get(INBOX).body().contains("1 dari 14 pesan dinilai"));
    }

    @Test
    void a_second_judgement_of_the_same_message_keeps_the_first() {
        Http http = app.http();
        judge(http, "undian-hadiah", "aman");
        String page = INBOX + "/pesan/undian-hadiah";
        assertEquals(303, http.submitAll(INBOX, page, List.of(Map.entry("putusan", "penipuan"))).statusCode());
        assertTrue(http.get(INBOX + "/pesan/undian-hadiah").body().contains("Kurang tepat"));
    }

    @Test
    void a_forged_sign_or_a_missing_verdict_is_refused_and_nothing_is_saved() {
        Http http = app.http();
        HttpResponse<String> forged = judge(http, "kode-otp", "penipuan", "kode-enam", "tanda-palsu");
        assertEquals(422, forged.statusCode());
        assertTrue(forged.body().contains("Bagian yang Anda tandai tidak ada di pesan ini. Belum ada yang disimpan"));
        HttpResponse<String> noVerdict = judge(http, "kode-otp", null, "kode-enam");
        assertEquals(422, noVerdict.statusCode());
        assertTrue(noVerdict.body().contains("Pilih dulu salah satu jawaban"));
        HttpResponse<String> wrongVerdict = judge(http, "kode-otp", "<script>");
        assertEquals(422, wrongVerdict.statusCode());
        assertTrue(http.get(INBOX).body().contains("0 dari 14 pesan dinilai"));
    }

    @Test
    void an_unknown_message_or_inbox_says_so_and_saves_nothing() {
        Http http = app.http();
        HttpResponse<String> post = http.submit(OTP, INBOX + "/pesan/tidak-ada", Map.of("putusan", "aman"));
        assertEquals(404, post.statusCode());
        assertTrue(post.body().contains("Pesan ini tidak ada di kotak masuk ini. Tidak ada yang disimpan."));
        assertEquals(404, http.get("/kotak-masuk/tidak-ada").statusCode());
        assertTrue(http.get(INBOX).body().contains("0 dari 14 pesan dinilai"));
    }

    @Test
    void an_inbox_is_completed_once_every_message_is_judged_and_a_new_round_starts_it_again() {
        Http http = app.http();
        List<String> ids = app.inboxes().inbox("kotak-masuk-warga").orElseThrow().messages().stream()
                .map(m -> m.id()).toList();
        for (String id : ids.subList(0, ids.size() - 1)) {
            assertEquals(303, judge(http, id, "aman").statusCode());
        }
        String learner = http.cookie("serambi_pelajar");
        assertEquals(Set.of(), inboxes().completed(learner), "one message is still to judge");
        assertTrue(http.get("/modul/literasi-digital").body().contains("0 dari 7 langkah selesai"));
        assertEquals(303, judge(http, ids.get(ids.size() - 1), "aman").statusCode());
        assertEquals(Set.of("kotak-masuk-warga"), inboxes().completed(learner));
        String done = http.get(INBOX).body();
        assertTrue(done.contains("Semua pesan sudah Anda nilai"));
        assertTrue(done.contains("href=\"/modul/literasi-digital\">Kembali ke modul: Literasi Digital dan Keamanan"), done);
        assertTrue(http.get("/modul/literasi-digital").body().contains("1 dari 7 langkah selesai"),
                "the finished inbox counts toward module 1");
        assertEquals(303, http.submit(INBOX, INBOX + "/ulang", Map.of()).statusCode());
        assertTrue(http.get(INBOX).body().contains("0 dari 14 pesan dinilai"));
        assertEquals(Set.of("kotak-masuk-warga"), inboxes().completed(learner),
                "starting again does not take back the finish");
        assertTrue(http.get("/modul/literasi-digital").body().contains("1 dari 7 langkah selesai"));
    }

    @Test
    void the_trainer_sees_how_many_judged_each_message_right_and_the_signs_missed() {
        try (TestApp own = TestApp.start()) {
            trainerResults(own);
        }
    }

    private static void trainerResults(TestApp app) {
        Http a = app.http();
        Http b = app.http();
        judge(a, "mama-minta-pulsa", "penipuan", "minta-pulsa", "nomor-baru");
        judge(b, "mama-minta-pulsa", "aman", "sapaan-nak");
        Http trainer = app.loggedIn(Role.TRAINER);
        HttpResponse<String> results = trainer.get(INBOX + "/hasil");
        assertEquals(200, results.statusCode());
        String page = results.body();
        int at = page.indexOf("id=\"pesan-mama-minta-pulsa\"");
        int end = page.indexOf("id=\"pesan-", at + 10);
        String card = page.substring(at, end < 0 ? page.length() : end);
        assertTrue(card.contains("1 dari 2 menilai tepat (50%)"), card);
        assertTrue(card.contains("Jangan telpon dulu"), "the sign both missed");
        assertTrue(card.contains("terlewat oleh 2 dari 2"));
        assertTrue(page.contains("Pesan yang paling mengecoh"));
        assertEquals(403, app.loggedIn(Role.LEARNER).get(INBOX + "/hasil").statusCode());
    }

    @Test
    void message_text_is_escaped_and_links_are_never_live() {
        String page = app.http().get(INBOX + "/pesan/bansos-tautan").body();
        assertFalse(page.contains("href=\"http://bansos"), "no live link");
        assertTrue(page.contains("<span class=\"wa-url\">"));
        assertTrue(page.contains("Latihan saja: tidak ada yang dibuka atau dipasang."));
    }
}
