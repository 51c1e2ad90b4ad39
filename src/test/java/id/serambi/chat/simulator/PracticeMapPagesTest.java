package id.serambi.chat.simulator;

import id.serambi.account.Role;
import id.serambi.support.Http;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The trainers' heat map over HTTP after several learners practised, and module items that point at
 * a practice task. The app is this class's own, so the counts are only what these tests sent.
 */
class PracticeMapPagesTest {
    private static final String CHAT = "/simulator/madatte";
    private static final String MAP = CHAT + "/peta";
    private static final String MODULE = "/modul/media-sosial";
    private static TestApp app;
    private static Http trainer;

    @BeforeAll
    static void practise() {
        app = TestApp.start();
        trainer = app.loggedIn(Role.TRAINER);
        chat(app.http(), null, "Menu", "1");
        chat(app.http(), null, "Menu", "2", "Menu", "1");
        chat(app.http(), "cari-alamat", "Menu", "1");
        chat(app.http(), "cari-alamat", "Menu");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** A new visitor who may start a task, then sends the messages as the citizen. */
    private static Http chat(Http http, String task, String... messages) {
        if (task != null) {
            assertEquals(303, http.submit(CHAT, CHAT + "/latihan", Map.of("tugas", task)).statusCode());
        }
        for (String text : messages) {
            assertEquals(303, http.submit(CHAT, CHAT + "/kirim", Map.of("text", text)).statusCode());
        }
        return http;
    }

    /** The count and heat class shown on the option labelled {@code label}. */
    private static String shown(String page, String label) {
        Matcher m = Pattern.compile("<li class=\"heat-node (heat-\\d)\">\\s*<div class=\"heat-row\">\\s*"
                + "<span class=\"heat-name\"><span class=\"heat-path\">[^<]*</span>\\s*(?:<span>"
                + Pattern.quote(label) + "</span>)?</span>\\s*<span class=\"heat-count\">([^<]*)</span>").matcher(page);
        while (m.find()) {
            if (m.group(0).contains(label)) {
                return m.group(2) + " " + m.group(1);
            }
        }
        throw new AssertionError("no heat row for " + label + " in " + page);
    }

    @Test
    void the_heat_map_counts_each_option_shown_to_every_learner_over_the_menu_tree() {
        HttpResponse<String> response = trainer.get(MAP);
        assertEquals(200, response.statusCode());
        String page = response.body();
        assertTrue(page.contains("<h1>Peta latihan Layanan WhatsApp Kelurahan Madatte (2021), untuk pelatih</h1>"),
                "the heading names the menu and says who the page is for");
        assertEquals("5 kali heat-5", shown(page, "Menu utama"), "the top menu: 4 learners, one asked twice");
        assertEquals("3 kali heat-3", shown(page, "Alamat kelurahan"));
        assertEquals("1 kali heat-1", shown(page, "Pelayanan administrasi"));
        assertEquals("0 kali heat-0", shown(page, "Akun sosial media kelurahan"));
        assertTrue(page.contains("class=\"heat-bar bar-60\""), "3 of 5 draws a bar of 60%");
        assertFalse(page.contains("style="), "no inline styles: the CSP forbids them");
        Matcher chats = Pattern.compile("Percakapan latihan</dt><dd>(\\d+)</dd>").matcher(page);
        assertTrue(chats.find(), page);
        assertEquals("4", chats.group(1));
    }

    @Test
    void restarting_a_chat_keeps_what_it_added_to_the_heat_map() {
        // an app of its own: the counts are only this learner's
        try (TestApp own = TestApp.start()) {
            Http learner = chat(own.http(), "cari-alamat", "Menu", "1");
            Http ownTrainer = own.loggedIn(Role.TRAINER);
            String before = ownTrainer.get(MAP).body();
            assertEquals("1 kali heat-5", shown(before, "Alamat kelurahan"));

            assertEquals(303, learner.submit(CHAT, CHAT + "/ulang", Map.of()).statusCode());
            String after = ownTrainer.get(MAP).body();
            assertEquals("1 kali heat-5", shown(after, "Menu utama"));
            assertEquals("1 kali heat-5", shown(after, "Alamat kelurahan"));
            assertTrue(after.contains("Percakapan latihan</dt><dd>1</dd>"), after);
            assertTrue(after.contains("Peserta yang mencoba</dt><dd>1</dd>"), "the task was tried all the same");

            chat(learner, null, "Menu");
            assertEquals("2 kali heat-5", shown(ownTrainer.get(MAP).body(), "Menu utama"),
                    "the restarted chat counts on from there");
            assertTrue(ownTrainer.get(MAP).body().contains("Percakapan latihan</dt><dd>2</dd>"));
        }
    }

    @Test
    void the_heat_map_shows_each_task_with_attempts_successes_and_the_median_against_par() {
        String page = trainer.get(MAP).body();
        assertTrue(page.contains("Seorang warga baru pertama kali mengirim pesan"), page);
        assertTrue(page.contains("Peserta yang mencoba</dt><dd>2</dd>"), page);
        assertTrue(page.contains("Peserta yang berhasil</dt><dd>1</dd>"), page);
        assertTrue(page.contains("2 pesan (target 2)"), page);
        String english = app.http().get("/bahasa/en?ke=" + MAP).headers().firstValue("Location").orElseThrow();
        assertEquals(MAP, english);
        Http reader = app.loggedIn(Role.TRAINER);
        reader.get("/bahasa/en?ke=/");
        String en = reader.get(MAP).body();
        assertTrue(en.contains("for trainers") && en.contains("2 messages (par 2)") && en.contains("5 times"), en);
        assertTrue(en.contains(">1 time<") && en.contains(">0 times<"), "one time, not one times");
    }

    @Test
    void the_simulator_list_links_each_menus_heat_map_for_trainers_and_an_unknown_menu_has_none() {
        String list = trainer.get("/simulator").body();
        assertTrue(list.contains("href=\"/simulator/madatte/peta\""), list);
        assertFalse(app.http().get("/simulator").body().contains("/peta\""), "only trainers are shown the link");
        assertTrue(list.contains("href=\"/simulator/madatte-lengkap/peta\""));
        assertEquals(404, trainer.get("/simulator/tidak-ada/peta").statusCode());
        assertEquals(403, app.loggedIn(Role.LEARNER).get(MAP).statusCode(), "the heat map is for trainers");
        assertEquals(303, app.http().get(MAP).statusCode(), "a stranger logs in first");
        String lengkap = trainer.get("/simulator/madatte-lengkap/peta").body();
        assertTrue(lengkap.contains("belum ada (target 3)"), "no practice yet on the other menu");
    }

    @Test
    void the_module_page_lists_the_task_and_marks_it_done_once_the_learner_reached_it() {
        // an app of its own, so this practice does not change the heat map the other tests count
        try (TestApp own = TestApp.start()) {
        Http learner = own.http();
        String before = learner.get(MODULE).body();
        assertTrue(before.contains("Tugas latihan WhatsApp"), before);
        assertTrue(before.contains("href=\"/simulator/madatte#latih-cari-alamat\""), before);
        assertTrue(before.contains("class=\"item item-task\""), before);
        assertTrue(before.contains("0 dari 10 langkah selesai"), before);
        String chat = learner.get(CHAT).body();
        assertTrue(chat.contains("id=\"latih-cari-alamat\""), "the link's target is the task's start button");

        chat(learner, "cari-alamat", "Menu", "1");
        String after = learner.get(MODULE).body();
        assertTrue(after.contains("class=\"item item-task is-done\""), after);
        assertTrue(after.contains("1 dari 10 langkah selesai"), "a practice task reached counts in the module's progress");
        assertFalse(own.http().get(MODULE).body().contains("item-task is-done"), "another visitor has not done it");
        }
    }
}
