package id.serambi.web;

import id.serambi.support.Http;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lesson, module and home pages are rendered once and shared between visitors: what differs per
 * visitor (the form token, their progress, the language) still differs, and what is shared is what
 * a fresh render gives.
 */
class SharedPagesTest {
    private static final String LESSON = "/modul/media-sosial/03-memilih-saluran-media-sosial";
    private static final String TOKEN_A = "AAAAAAAAAAAAAAAAAAAAAA";
    private static final String TOKEN_B = "BBBBBBBBBBBBBBBBBBBBBB";
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static Http visitor(String token) {
        Http http = app.http();
        http.setCookie(Visitor.CSRF_COOKIE, token);
        return http;
    }

    @Test
    void a_kept_page_is_the_fresh_render_with_each_visitors_own_form_token() {
        for (String path : new String[]{LESSON, "/modul/media-sosial", "/"}) {
            String fresh = visitor(TOKEN_A).get(path).body();
            String kept = visitor(TOKEN_A).get(path).body();
            String other = visitor(TOKEN_B).get(path).body();
            assertEquals(fresh, kept, path + ": the kept page is the page as first rendered");
            assertTrue(other.contains(TOKEN_B) || !fresh.contains(TOKEN_A), path + ": the second visitor's token");
            assertFalse(other.contains(TOKEN_A), path + ": no other visitor's token");
            assertEquals(fresh.replace(TOKEN_A, TOKEN_B), other, path + ": the same page but for the token");
        }
        assertTrue(visitor(TOKEN_A).get(LESSON).body().contains("value=\"" + TOKEN_A + "\""),
                "the lesson's form carries the token");
    }

    @Test
    void a_learners_progress_is_theirs_alone() {
        Http done = app.http();
        done.get(LESSON);
        assertEquals(303, done.submit(LESSON, LESSON + "/selesai", Map.of("done", "1")).statusCode());
        String theirs = done.get(LESSON).body();
        String stranger = app.http().get(LESSON).body();
        assertTrue(theirs.contains("id=\"done-status\""), "the learner sees the lesson done");
        assertFalse(stranger.contains("id=\"done-status\""), "a new visitor does not");
        assertNotEquals(done.get("/modul/media-sosial").body().replace(done.cookie(Visitor.CSRF_COOKIE), ""),
                app.http().get("/modul/media-sosial").body().replaceAll("value=\"[A-Za-z0-9_-]{22}\"", "value=\"\""),
                "the module page counts the learner's step");
    }

    @Test
    void each_language_has_its_own_page() {
        String id = visitor(TOKEN_A).get(LESSON, "Accept-Language", "id").body();
        String en = visitor(TOKEN_A).get(LESSON, "Accept-Language", "en").body();
        assertTrue(id.contains("lang=\"id\""), "Indonesian page");
        assertTrue(en.startsWith("<!DOCTYPE html>\n<html lang=\"en\""), "English page");
        assertNotEquals(id, en);
    }
}
