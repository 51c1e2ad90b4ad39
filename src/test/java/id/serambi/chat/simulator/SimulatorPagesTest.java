package id.serambi.chat.simulator;

import id.serambi.chat.engine.ChatMessage;
import id.serambi.chat.engine.ChatState;
import id.serambi.support.Http;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The simulator's pages over HTTP, as a browser without JavaScript uses them, and the script's fragment. */
class SimulatorPagesTest {
    private static final String CHAT = "/simulator/madatte";
    private static final String STAFF = CHAT + "/petugas";
    private static final String LENGKAP = "/simulator/madatte-lengkap";
    private static final String ADDRESS = "Jalan Mr. Muh. Yamin";
    private static final Pattern TEXTAREA = Pattern.compile("<textarea[^>]*>([^<]*)</textarea>");
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static HttpResponse<String> send(Http http, String page, String text) {
        return http.submit(page, page + "/kirim", Map.of("text", text));
    }

    private static HttpResponse<String> press(Http http, String action, String field, String value) {
        return http.submit(CHAT, CHAT + "/" + action, Map.of(field, value));
    }

    private static SimChat stored(Http http, String menu) {
        return new SimulatorStore(app.database().jdbi()).load(http.cookie("serambi_pelajar"), menu).orElseThrow();
    }

    @Test
    void the_list_shows_each_bundled_menu_and_the_home_page_leads_to_it() {
        String list = app.http().get("/simulator").body();
        assertTrue(list.contains("Layanan WhatsApp Kelurahan Madatte (2021)"), list);
        assertTrue(list.contains("Menu WhatsApp Kelurahan Madatte (lengkap)"));
        assertTrue(list.contains("1 latihan") && list.contains("4 latihan"), "number of practice tasks");
        assertTrue(list.contains("href=\"/simulator/madatte\""));
        assertTrue(app.http().get("/").body().contains("href=\"/simulator\""), "home links to the simulator");
        String english = app.http().get("/simulator", "Accept-Language", "en").body();
        assertTrue(english.contains("1 practice task") && english.contains("4 practice tasks"), english);
    }

    @Test
    void a_citizen_chats_to_the_address_with_plain_form_posts() {
        Http http = app.http();
        String empty = http.get(CHAT).body();
        assertTrue(empty.contains("Belum ada pesan"), empty);
        assertTrue(empty.contains("<script src=\"/static/simulator.js?v="), "the script is loaded");
        assertTrue(empty.contains(" defer>"), "with defer");

        HttpResponse<String> menu = send(http, CHAT, "Menu");
        assertEquals(303, menu.statusCode());
        assertEquals(CHAT + "#akhir", menu.headers().firstValue("Location").orElseThrow());
        String page = http.get(CHAT).body();
        assertTrue(page.contains("Pesan sambutan (otomatis)"), page);
        assertTrue(page.contains("Selamat datang di layanan WhatsApp <strong>Kelurahan Madatte</strong>."),
                "WhatsApp formatting rendered");
        assertTrue(page.contains("1. Alamat kelurahan"));

        assertEquals(303, send(http, CHAT, "1").statusCode());
        page = http.get(CHAT).body();
        assertTrue(page.contains(ADDRESS), page);
        assertTrue(page.contains("class=\"wa-ticks read\""), "the citizen's messages show read ticks");
        assertTrue(page.contains("WITA"), "times in the menu's zone");
        // five messages, and the away message too when the test runs outside office hours in WITA
        assertTrue(stored(http, "madatte").messages().size() >= 5);
    }

    @Test
    void links_in_answers_are_clickable_and_open_safely() {
        Http http = app.http();
        send(http, CHAT, "Menu");
        send(http, CHAT, "3");
        String page = http.get(CHAT).body();
        assertTrue(page.contains("<a href=\"https://instagram.com/kelurahan.madatte\" rel=\"noopener noreferrer\""
                + " target=\"_blank\">"), page);
    }

    @Test
    void with_the_script_header_a_post_answers_with_the_chat_fragment_only() throws Exception {
        Http http = app.http();
        http.get(CHAT);
        HttpResponse<String> fragment = fragmentPost(http, CHAT + "/kirim", "Menu");
        assertEquals(200, fragment.statusCode());
        assertTrue(fragment.body().startsWith("<div id=\"live\""), fragment.body());
        assertFalse(fragment.body().contains("<html"));
        assertTrue(fragment.body().contains("1. Alamat kelurahan"));

        HttpResponse<String> tooLong = fragmentPost(http, CHAT + "/kirim", "x".repeat(4097));
        assertEquals(422, tooLong.statusCode());
        assertTrue(tooLong.body().contains("lebih dari 4.096 karakter"), tooLong.body());
    }

    @Test
    void typed_markup_is_shown_as_text() {
        Http http = app.http();
        send(http, CHAT, "<script>alert(1)</script>");
        send(http, CHAT, "\"><img src=x onerror=alert(1)>");
        String page = http.get(CHAT).body();
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page);
        assertTrue(page.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
        assertFalse(page.contains("<script>alert(1)"));
        assertFalse(page.contains("<img src=x"));
    }

    @Test
    void a_message_over_4096_characters_is_refused_in_the_page_with_the_text_kept() {
        Http http = app.http();
        String tooLong = "a".repeat(4097);
        HttpResponse<String> refused = send(http, CHAT, tooLong);
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("Pesan tidak dikirim: lebih dari 4.096 karakter"), refused.body());
        Matcher kept = TEXTAREA.matcher(refused.body());
        assertTrue(kept.find());
        assertEquals(tooLong, kept.group(1), "the text is kept whole for editing, not cut");
        assertTrue(refused.body().contains("/bahasa/en?ke=/simulator/madatte\""),
                "the language switch returns to the chat, not to the form's address");
        assertEquals(303, send(http, CHAT, "a".repeat(4096)).statusCode(), "exactly 4,096 is allowed");
        assertEquals(4096, stored(http, "madatte").messages().get(0).text().length());
    }

    @Test
    void a_chat_of_500_messages_refuses_more_and_suggests_a_restart() {
        Http http = app.http();
        send(http, CHAT, "Halo");
        SimChat chat = stored(http, "madatte");
        List<ChatMessage> more = new ArrayList<>();
        for (int i = chat.messages().size(); i < Simulator.MAX_MESSAGES; i++) {
            more.add(new ChatMessage(Instant.now(), ChatMessage.Kind.OPERATOR, "pesan " + i, List.of(),
                    Optional.empty()));
        }
        List<ChatMessage> all = new ArrayList<>(chat.messages());
        all.addAll(more);
        assertTrue(new SimulatorStore(app.database().jdbi()).save(http.cookie("serambi_pelajar"), "madatte",
                new SimChat(chat.mode(), chat.clockOffset(), chat.state(), chat.task(), all, chat.revision()), more,
                Optional.empty(), 0));

        HttpResponse<String> refused = send(http, CHAT, "Menu");
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("sudah berisi 500 pesan"), refused.body());
        assertTrue(http.get(CHAT).body().contains("Tekan Mulai ulang"), "the page says so without a post too");
        assertEquals(Simulator.MAX_MESSAGES, stored(http, "madatte").messages().size());

        http.submit(CHAT, CHAT + "/ulang", Map.of());
        assertEquals(303, send(http, CHAT, "Menu").statusCode());
    }

    @Test
    void empty_messages_are_ignored() {
        Http http = app.http();
        assertEquals(303, send(http, CHAT, "   ").statusCode());
        assertEquals(303, send(http, CHAT, "").statusCode());
        assertTrue(http.get(CHAT).body().contains("Belum ada pesan"));
    }

    @Test
    void the_mode_switch_decides_who_answers_the_menu() {
        Http http = app.http();
        assertTrue(http.get(CHAT).body().contains("aria-pressed=\"true\">Bot / API</button>"), "bot mode first");
        assertEquals(303, press(http, "mode", "mode", "app").statusCode());
        String page = http.get(CHAT).body();
        assertTrue(page.contains("aria-pressed=\"true\">Aplikasi WhatsApp Business</button>"), page);
        assertTrue(page.contains("auto-responder"), "the difference is explained");

        send(http, CHAT, "Menu");
        page = http.get(CHAT).body();
        assertTrue(page.contains("Pesan sambutan (otomatis)"));
        assertFalse(page.contains("1. Alamat kelurahan"), "in the free app nobody answers Menu by itself");
        assertTrue(page.contains("Mode aplikasi: hanya pesan sambutan"), "the page says what to do");

        String staff = http.get(STAFF).body();
        assertTrue(staff.contains("value=\"/alamat\""), "the operator has the quick reply list");
        assertTrue(staff.contains("*Alamat Kantor Kelurahan Madatte*"), "with each reply's first line");
        HttpResponse<String> quick = http.submit(STAFF, STAFF + "/kirim", Map.of("text", "/alamat"));
        assertEquals(STAFF + "#akhir", quick.headers().firstValue("Location").orElseThrow());
        page = http.get(CHAT).body();
        assertTrue(page.contains(ADDRESS));
        assertTrue(page.contains("Petugas: balasan cepat /alamat"), page);

        http.submit(STAFF, STAFF + "/kirim", Map.of("tap", "/menu"));
        assertTrue(http.get(CHAT).body().contains("1. Alamat kelurahan"), "a quick reply chosen from the list");
        press(http, "mode", "mode", "api");
        send(http, CHAT, "2");
        assertTrue(http.get(CHAT).body().contains("CONTOH-FORMULIR-MADATTE"), "the bot answers again");
    }

    @Test
    void the_clock_buttons_move_the_simulated_time() {
        Http http = app.http();
        send(http, CHAT, "Halo");
        press(http, "jam", "maju", "jam");
        long hour = stored(http, "madatte").clockOffset();
        assertTrue(Math.abs(hour - Duration.ofHours(1).toMillis()) < 60_000, "offset " + hour);

        press(http, "jam", "maju", "14-hari");
        long days = stored(http, "madatte").clockOffset();
        assertTrue(Math.abs(days - Duration.ofHours(1).plusDays(14).toMillis()) < 60_000, "offset " + days);
        send(http, CHAT, "Halo lagi");
        String page = http.get(CHAT).body();
        assertEquals(2, count(page, "Pesan sambutan (otomatis)"), "the greeting again after 14 days");

        press(http, "jam", "maju", "besok");
        assertTrue(http.get(CHAT).body().contains(", 08.0"), "next morning at 08.00 WITA");

        press(http, "jam", "maju", "tutup");
        page = http.get(CHAT).body();
        assertTrue(page.contains("di luar jam pelayanan"), "the header shows the office away");
        assertTrue(page.contains(", 16.0"), "the office closes at 16.00");
        send(http, CHAT, "Masih buka?");
        assertTrue(http.get(CHAT).body().contains("Pesan di luar jam kerja (otomatis)"));

        assertEquals(303, press(http, "jam", "maju", "mundur").statusCode(), "an unknown button does nothing");
    }

    @Test
    void the_simulated_clock_starts_at_the_real_time_in_the_menu_zone() {
        Http http = app.http();
        String page = http.get(CHAT).body();
        String expected = ChatViews.clock(Instant.now(), java.time.ZoneId.of("Asia/Makassar"), id.serambi.i18n.Lang.ID);
        String day = expected.substring(0, expected.lastIndexOf(','));
        assertTrue(page.contains("Waktu simulasi: " + day), expected + "\n" + page);
    }

    @Test
    void restart_clears_the_visitors_chat() {
        Http http = app.http();
        send(http, CHAT, "Menu");
        press(http, "jam", "maju", "14-hari");
        assertEquals(303, http.submit(CHAT, CHAT + "/ulang", Map.of()).statusCode());
        SimChat chat = stored(http, "madatte");
        assertEquals(List.of(), chat.messages());
        assertEquals(0, chat.clockOffset());
        assertTrue(http.get(CHAT).body().contains("Belum ada pesan"));
    }

    @Test
    void a_practice_task_is_announced_when_reached_and_stored_with_the_learner() {
        Http http = app.http();
        send(http, CHAT, "Halo");
        HttpResponse<String> start = http.submit(CHAT, CHAT + "/latihan", Map.of("tugas", "cari-alamat"));
        assertEquals(CHAT + "#tugas", start.headers().firstValue("Location").orElseThrow());
        String page = http.get(CHAT).body();
        assertTrue(page.contains("ingin tahu alamat kantor kelurahan"), page);
        assertTrue(page.contains("Belum ada pesan"), "a task starts a fresh chat");

        send(http, CHAT, "Menu");
        assertFalse(http.get(CHAT).body().contains("Tujuan tercapai"));
        send(http, CHAT, "1");
        page = http.get(CHAT).body();
        assertTrue(page.contains("Tujuan tercapai dalam 2 pesan (target 2). Bagus!"), page);
        assertTrue(page.contains("Terbaik: 2 pesan"));

        List<TaskResult> results = new SimulatorStore(app.database().jdbi())
                .results(http.cookie("serambi_pelajar"), "madatte");
        assertEquals(1, results.size());
        assertEquals(new TaskResult("cari-alamat", 2, 2, results.get(0).reachedAt()), results.get(0));
        assertEquals(404, http.submit(CHAT, CHAT + "/latihan", Map.of("tugas", "tidak-ada")).statusCode());
    }

    @Test
    void a_hand_off_waits_for_staff_who_answer_and_release_it() {
        Http http = app.http();
        send(http, LENGKAP, "Menu");
        String page = http.get(LENGKAP).body();
        assertTrue(page.contains("<summary>Lihat menu</summary>"), "the bot's list message");
        assertTrue(page.contains("name=\"tap\" value=\"Alamat dan jam layanan\""), "its rows can be tapped");
        http.submit(LENGKAP, LENGKAP + "/kirim", Map.of("tap", "Alamat dan jam layanan"));
        assertTrue(http.get(LENGKAP).body().contains("Jam pelayanan"), "a tapped row is answered");

        send(http, LENGKAP, "Menu");
        send(http, LENGKAP, "6");
        String staffPath = LENGKAP + "/petugas";
        String staff = http.get(staffPath).body();
        assertTrue(staff.contains("menunggu petugas"), staff);
        assertTrue(staff.contains("Serahkan kembali ke bot"));
        assertEquals(ChatState.Queue.WAITING, stored(http, "madatte-lengkap").state().queue());

        http.submit(staffPath, staffPath + "/kirim", Map.of("text", "Selamat siang, ada yang bisa dibantu?"));
        assertEquals(ChatState.Queue.WITH_STAFF, stored(http, "madatte-lengkap").state().queue());
        HttpResponse<String> unknown = http.submit(staffPath, staffPath + "/kirim", Map.of("text", "/tidak-ada"));
        assertEquals(422, unknown.statusCode());
        assertTrue(unknown.body().contains("Balasan cepat ini tidak ada"), unknown.body());

        assertEquals(303, http.submit(staffPath, staffPath + "/lepas", Map.of()).statusCode());
        assertEquals(ChatState.Queue.BOT, stored(http, "madatte-lengkap").state().queue());
        assertFalse(http.get(staffPath).body().contains("Serahkan kembali ke bot"));
    }

    @Test
    void an_unknown_menu_is_a_404_page() {
        Http http = app.http();
        for (String path : new String[]{"/simulator/tidak-ada", "/simulator/tidak-ada/petugas"}) {
            HttpResponse<String> response = http.get(path);
            assertEquals(404, response.statusCode(), path);
            assertTrue(response.body().contains("Halaman tidak ditemukan"));
        }
        assertEquals(404, http.submit(CHAT, "/simulator/tidak-ada/kirim", Map.of("text", "Menu")).statusCode());
    }

    @Test
    void a_post_without_the_form_token_is_refused_and_changes_nothing() {
        Http http = app.http();
        http.get(CHAT);
        HttpResponse<String> refused = http.post(CHAT + "/kirim", Map.of("text", "Menu", "_csrf", "salah"));
        assertEquals(403, refused.statusCode());
        assertEquals(403, http.post(CHAT + "/ulang", Map.of()).statusCode());
        assertTrue(new SimulatorStore(app.database().jdbi()).load(http.cookie("serambi_pelajar"), "madatte").isEmpty());
    }

    @Test
    void the_pages_speak_english_too() {
        Http http = app.http();
        http.setCookie("serambi_bahasa", "en");
        send(http, CHAT, "Menu");
        String page = http.get(CHAT).body();
        assertTrue(page.contains("Chat with Kelurahan Madatte"), page);
        assertTrue(page.contains("Greeting message (automatic)"));
        assertTrue(page.contains("Simulated time: "), page);
        assertTrue(http.get(STAFF).body().contains("Quick replies"));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** Posts as simulator.js does: same cookies, the form token, and the fragment header. */
    private static HttpResponse<String> fragmentPost(Http http, String path, String text)
            throws IOException, InterruptedException {
        String csrf = http.cookie("serambi_csrf");
        String body = "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8) + "&text="
                + URLEncoder.encode(text, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .header("X-Serambi-Fragment", "1")
                .header("Cookie", "serambi_pelajar=" + http.cookie("serambi_pelajar") + "; serambi_csrf=" + csrf)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
