package id.serambi.course;

import id.serambi.support.CourseFixture;
import id.serambi.support.Http;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The home page's paths: asked once, remembered in a cookie, changeable, every module still reachable. */
class PathPagesTest {
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void a_newcomer_is_asked_who_they_are_and_sees_every_module() {
        String home = app.http().get("/").body();
        assertTrue(home.contains("Siapa Anda?"), home);
        for (String who : new String[]{"warga", "aparat", "pelatih"}) {
            assertTrue(home.contains("name=\"jalur\" value=\"" + who + "\""), who);
        }
        assertTrue(home.contains("Saya petugas kelurahan"));
        assertTrue(home.contains("href=\"/modul/media-sosial\""));
        assertFalse(home.contains("id=\"modul-jalur\""), "no path chosen, no path section");
    }

    @Test
    void choosing_warga_is_remembered_and_shows_that_path_first() {
        Http http = app.http();
        http.get("/");
        HttpResponse<String> chosen = http.submit("/", "/jalur", Map.of("jalur", "warga"));
        assertEquals(303, chosen.statusCode());
        assertEquals("/#modul-jalur", chosen.headers().firstValue("Location").orElseThrow());
        assertEquals("warga", http.cookie("serambi_jalur"));
        String home = http.get("/").body();
        assertTrue(home.contains("Anda memilih jalur warga."), home);
        assertTrue(home.contains("Modul untuk warga"));
        int path = home.indexOf("id=\"modul-jalur\"");
        assertTrue(path > 0 && home.indexOf("href=\"/modul/media-sosial\"", path) > 0, "module 1 is on the path");
        assertTrue(home.contains("value=\"warga\"") && home.contains("aria-pressed=\"true\""));
    }

    @Test
    void the_trainers_path_puts_the_trainers_module_first_and_keeps_every_module_below() {
        String home = homeOnPath(app.http(), "pelatih");
        assertTrue(home.contains("Modul untuk pelatih"), home);
        assertFalse(home.contains("Belum ada modul khusus untuk jalur ini."));
        int path = home.indexOf("href=\"/modul/pelatihan\"");
        int others = home.indexOf("Modul lain");
        assertTrue(path > 0 && others > path, "the trainers' module comes first");
        assertTrue(home.indexOf("href=\"/modul/media-sosial\"") > others, "every other module stays reachable below");
    }

    @Test
    void a_path_without_its_own_modules_says_so_and_keeps_every_module_below() {
        try (CourseFixture course = CourseFixture.small().file("modules/01-dasar.yaml", """
                id: dasar
                title: Dasar
                description: Modul dasar untuk warga.
                audience: [warga]
                items:
                  - lesson: dasar/01-satu
                  - lesson: dasar/02-dua
                """); TestApp small = TestApp.start(course.root())) {
            String home = homeOnPath(small.http(), "pelatih");
            assertTrue(home.contains("Belum ada modul khusus untuk jalur ini."), home);
            assertTrue(home.contains("Modul lain"));
            assertTrue(home.contains("href=\"/modul/dasar\""), "the module stays reachable");
        }
    }

    @Test
    void the_path_can_be_changed_and_forgotten() {
        Http http = app.http();
        http.get("/");
        http.submit("/", "/jalur", Map.of("jalur", "warga"));
        http.submit("/", "/jalur", Map.of("jalur", "aparat"));
        assertTrue(http.get("/").body().contains("Modul untuk petugas kelurahan"));
        HttpResponse<String> forgot = http.submit("/", "/jalur", Map.of("jalur", ""));
        assertEquals(303, forgot.statusCode());
        assertTrue(http.get("/").body().contains("Siapa Anda?"));
    }

    @Test
    void an_unknown_path_is_refused_and_a_forged_cookie_ignored() {
        Http http = app.http();
        http.get("/");
        assertEquals(400, http.submit("/", "/jalur", Map.of("jalur", "lurah")).statusCode());
        http.setCookie("serambi_jalur", "<script>");
        String home = http.get("/").body();
        assertTrue(home.contains("Siapa Anda?"));
        assertFalse(home.contains("<script>"));
    }

    @Test
    void the_card_the_module_page_and_the_lesson_page_count_the_same_steps() {
        Http http = app.http();
        http.get("/");
        String lesson = "/modul/media-sosial/01-apa-itu-media-sosial";
        http.submit(lesson, lesson + "/selesai", Map.of("done", "1"));
        String total = String.valueOf(id.serambi.ContentLoading.loader(new id.serambi.i18n.Messages()).load(ContentRoot.bundled())
                .catalog().orElseThrow().module("media-sosial").orElseThrow().items().stream()
                .filter(Progress::counts).count());
        assertTrue(http.get("/").body().contains("1 dari " + total + " langkah selesai"));
        String module = http.get("/modul/media-sosial").body();
        assertTrue(module.contains("1 dari " + total + " langkah selesai"), module);
        assertTrue(module.contains(total + " langkah · "));
        assertTrue(module.contains("Latihan bebas, tidak dihitung dalam kemajuan"), "the simulator is listed, not counted");
        assertTrue(http.get(lesson).body().contains("Modul ini: 1 dari " + total + " langkah selesai"));
    }

    /** The home page a new visitor sees after choosing {@code path} with the home page's buttons. */
    private static String homeOnPath(Http http, String path) {
        http.get("/");
        http.submit("/", "/jalur", Map.of("jalur", path));
        return http.get("/").body();
    }
}
