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

/** The course pages over HTTP, against the whole app with the bundled course. */
class CoursePagesTest {
    /** What counts toward module 1's progress: six lessons, the practice task, the inbox, the planner task, the quiz, the checklist and the design task. */
    private static final int STEPS = 10;
    private static final String LESSON_1 = "/modul/media-sosial/01-apa-itu-media-sosial";
    private static final String LESSON_2 = "/modul/media-sosial/02-mengapa-kelurahan-perlu-media-sosial";
    private static final String LESSON_3 = "/modul/media-sosial/03-memilih-saluran-media-sosial";
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
    void the_home_page_lists_the_module_with_lessons_minutes_and_progress() {
        HttpResponse<String> home = app.http().get("/");
        assertEquals(200, home.statusCode());
        String body = home.body();
        assertTrue(body.contains("<html lang=\"id\">"), body);
        assertTrue(body.contains("Media Sosial untuk Layanan Publik"));
        assertTrue(body.contains(STEPS + " langkah · "), body);
        assertTrue(body.contains("<progress max=\"100\" value=\"0\""), body);
        assertTrue(body.contains("href=\"/modul/layanan-warga/01-mengenali-nomor-resmi\""),
                "the start button points at the first lesson of the first module");
    }

    @Test
    void english_is_chosen_from_accept_language_and_the_cookie_wins_over_it() {
        Http http = app.http();
        String english = http.get("/", "Accept-Language", "en-US,en;q=0.9").body();
        assertTrue(english.contains("<html lang=\"en\">"));
        assertTrue(english.contains("Social Media for Public Service"));

        HttpResponse<String> change = http.get("/bahasa/id?ke=/modul/media-sosial");
        assertEquals(303, change.statusCode());
        assertEquals("/modul/media-sosial", change.headers().firstValue("Location").orElseThrow());
        assertTrue(http.get("/", "Accept-Language", "en").body().contains("<html lang=\"id\">"));
    }

    @Test
    void the_language_switch_only_sends_back_to_this_site() {
        for (String target : new String[]{"//contoh.org/", "https://contoh.org/", "javascript:alert(1)", "/\\contoh.org"}) {
            HttpResponse<String> response = app.http().get("/bahasa/en?ke=" + java.net.URLEncoder.encode(target,
                    java.nio.charset.StandardCharsets.UTF_8));
            assertEquals("/", response.headers().firstValue("Location").orElseThrow(), target);
        }
        assertEquals(404, app.http().get("/bahasa/fr?ke=/").statusCode());
    }

    @Test
    void a_lesson_page_shows_title_objectives_rendered_markdown_and_navigation() {
        String body = app.http().get(LESSON_3).body();
        assertTrue(body.contains("<h1>"), body);
        assertTrue(body.contains("Setelah pelajaran ini, Anda dapat:"));
        assertTrue(body.contains("<table class=\"table\">"), "lesson 3 has a table");
        assertTrue(body.contains("class=\"callout callout-"), "lesson 3 has a callout");
        assertTrue(body.contains("src=\"/media/images/pengguna-media-sosial-2020.svg\""), "lesson 3 has its chart");
        assertTrue(body.contains("rel=\"prev\" href=\"/modul/media-sosial/08-pemerintahan-elektronik-sebelum-pandemi\""),
                "previous lesson link: the manifest's order, not the file numbers");
        assertTrue(body.contains("rel=\"next\""), "next lesson link");
        assertTrue(body.contains("Pelajaran 4 dari"), "position in the module");
        assertTrue(body.contains("Tandai selesai"));
        assertTrue(body.contains("href=\"/modul/media-sosial\""), "breadcrumb to the module");
    }

    @Test
    void lesson_images_are_served_with_cache_headers_and_revalidate() {
        Http http = app.http();
        HttpResponse<byte[]> image = http.getBytes("/media/images/pengguna-media-sosial-2020.svg");
        assertEquals(200, image.statusCode());
        assertEquals("image/svg+xml", image.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(image.headers().firstValue("Cache-Control").orElseThrow().contains("max-age="));
        String etag = image.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, http.getBytes("/media/images/pengguna-media-sosial-2020.svg", "If-None-Match", etag)
                .statusCode());
    }

    @Test
    void media_outside_the_content_folder_or_of_other_kinds_is_not_served() {
        Http http = app.http();
        for (String path : new String[]{"/media/../modules/01-media-sosial.yaml",
                "/media/%2e%2e/%2e%2e/modules/01-media-sosial.yaml", "/media/..%2fmodules/01-media-sosial.yaml"}) {
            HttpResponse<String> response = http.get(path);
            assertTrue(response.statusCode() == 400 || response.statusCode() == 404, path + " " + response.statusCode());
            assertFalse(response.body().contains("items:"), path);
        }
        assertEquals(404, http.get("/media/lessons/media-sosial/01-apa-itu-media-sosial.md").statusCode());
        assertEquals(404, http.get("/media/images/tidak-ada.png").statusCode());
    }

    @Test
    void unknown_modules_and_lessons_get_the_not_found_page_in_the_chosen_language() {
        HttpResponse<String> id = app.http().get("/modul/tidak-ada");
        assertEquals(404, id.statusCode());
        assertTrue(id.body().contains("Halaman tidak ditemukan"));
        assertTrue(id.body().contains("href=\"/\""), "a way home");
        HttpResponse<String> en = app.http().get("/modul/media-sosial/99-tidak-ada", "Accept-Language", "en");
        assertEquals(404, en.statusCode());
        assertTrue(en.body().contains("Page not found"));
        assertEquals(404, app.http().get("/apa/saja/ini").statusCode());
    }

    @Test
    void marking_a_lesson_done_moves_progress_and_continue_to_the_next_lesson() {
        Http http = app.http();
        http.get("/");
        HttpResponse<String> done = http.submit(LESSON_1, LESSON_1 + "/selesai", Map.of("done", "1"));
        assertEquals(303, done.statusCode());
        assertEquals(LESSON_1 + "#selesai", done.headers().firstValue("Location").orElseThrow());

        String lesson = http.get(LESSON_1).body();
        assertTrue(lesson.contains("id=\"done-status\""), "the lesson shows it is done");
        String home = http.get("/").body();
        assertTrue(home.contains("1 dari " + STEPS + " langkah selesai"), home);
        assertTrue(home.contains("id=\"continue-link\" href=\"" + LESSON_2 + "\""), home);
        assertTrue(home.contains("Lanjutkan: "), home);
        assertTrue(http.get("/modul/media-sosial").body().contains("is-done"), "the module page marks it done");

        http.submit(LESSON_1, LESSON_1 + "/selesai", Map.of("done", "0"));
        assertTrue(http.get("/").body().contains("0 dari " + STEPS + " langkah selesai"), "marking it not done takes it back");
    }

    @Test
    void marking_done_twice_counts_once() {
        Http http = app.http();
        http.get("/");
        http.submit(LESSON_2, LESSON_2 + "/selesai", Map.of("done", "1"));
        http.submit(LESSON_2, LESSON_2 + "/selesai", Map.of("done", "1"));
        assertTrue(http.get("/").body().contains("1 dari " + STEPS + " langkah selesai"));
    }

    @Test
    void progress_belongs_to_the_browser_that_made_it() {
        Http first = app.http();
        first.get("/");
        first.submit(LESSON_3, LESSON_3 + "/selesai", Map.of("done", "1"));
        Http second = app.http();
        assertTrue(second.get("/").body().contains("0 dari " + STEPS + " langkah selesai"));
    }

    @Test
    void a_form_without_its_token_is_refused_and_nothing_is_stored() {
        Http http = app.http();
        http.get("/");
        HttpResponse<String> forged = http.post(LESSON_1 + "/selesai", Map.of("done", "1"));
        assertEquals(403, forged.statusCode());
        assertTrue(forged.body().contains("Formulir tidak bisa diproses"));
        HttpResponse<String> wrong = http.post(LESSON_1 + "/selesai", Map.of("done", "1", "_csrf", "x".repeat(22)));
        assertEquals(403, wrong.statusCode());
        assertTrue(http.get("/").body().contains("0 dari " + STEPS + " langkah selesai"));
    }

    @Test
    void a_malformed_learner_cookie_is_ignored_and_replaced() {
        Http http = app.http();
        http.setCookie("serambi_pelajar", "bukan-id-yang-benar");
        HttpResponse<String> home = http.get("/");
        assertEquals(200, home.statusCode());
        String replaced = home.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("serambi_pelajar=")).findFirst().orElseThrow();
        assertTrue(replaced.matches("serambi_pelajar=[A-Za-z0-9_-]{22};.*"), replaced);
        http.setCookie("serambi_bahasa", "<script>");
        assertTrue(http.get("/").body().contains("<html lang=\"id\">"));
    }

    @Test
    void cookies_are_http_only_and_same_site() {
        HttpResponse<String> home = app.http().get("/");
        var cookies = home.headers().allValues("Set-Cookie");
        assertEquals(2, cookies.size(), cookies.toString());
        assertTrue(cookies.stream().allMatch(c -> c.contains("HttpOnly") && c.contains("SameSite=Lax")), cookies.toString());
    }

    @Test
    void a_lesson_without_english_shows_the_indonesian_text_with_a_note() {
        try (CourseFixture course = CourseFixture.small(); TestApp small = TestApp.start(course.root())) {
            Http http = small.http();
            String translated = http.get("/modul/dasar/01-satu", "Accept-Language", "en").body();
            assertTrue(translated.contains("Lesson one"));
            assertFalse(translated.contains("not yet available in English"));
            String fallback = http.get("/modul/dasar/02-dua", "Accept-Language", "en").body();
            assertTrue(fallback.contains("<article class=\"lesson\" lang=\"id\">"), fallback);
            assertTrue(fallback.contains("Pelajaran dua"));
            assertTrue(fallback.contains("This lesson is not yet available in English"));
        }
    }
    @Test
    void a_lesson_page_lists_its_sources_and_when_its_facts_were_checked() {
        String page = app.http().get(LESSON_1).body();
        int at = page.indexOf("id=\"sumber\"");
        assertTrue(at > 0, "a sources section");
        String sources = page.substring(at);
        assertTrue(sources.contains("Kaplan, A. M. &amp; Haenlein, M. (2010)"), sources);
        assertTrue(sources.contains("terakhir diperiksa pada 7 Desember 2026"), sources);
        Http english = app.http();
        english.get("/bahasa/en?ke=/");
        assertTrue(english.get(LESSON_1).body().contains("were last checked on 7 December 2026"));
    }

    @Test
    void staff_see_on_the_home_page_the_lessons_not_checked_for_a_year() {
        try (CourseFixture course = CourseFixture.small().file("content/lessons/dasar/02-dua.md", """
                ---
                title: Pelajaran lama
                description: Satu kalimat.
                minutes: 5
                objectives:
                  - Memahami
                sources: [Laporan pendampingan Kelurahan Madatte (2021)]
                reviewed: 2021-03-01
                ---
                Isi.
                """); TestApp old = TestApp.start(course.root())) {
            String trainer = old.loggedIn(id.serambi.account.Role.TRAINER).get("/").body();
            int at = trainer.indexOf("id=\"perlu-diperiksa\"");
            assertTrue(at > 0, trainer);
            String due = trainer.substring(at, trainer.indexOf("</section>", at));
            assertTrue(due.contains("Pelajaran lama") && due.contains("terakhir diperiksa 1 Maret 2021"), due);
            assertFalse(due.contains("Pelajaran satu"), "checked this year: " + due);
            assertFalse(old.http().get("/").body().contains("perlu-diperiksa"), "not shown to learners");
        }
    }
}
