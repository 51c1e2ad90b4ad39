package id.serambi.web;

import id.serambi.support.Http;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HealthAndErrorsTest {

    @Test
    void health_answers_ok_with_version_and_database_state() {
        try (TestApp app = TestApp.start()) {
            HttpResponse<String> health = app.http().get("/health");
            assertEquals(200, health.statusCode());
            assertEquals("application/json", health.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(health.body().matches("\\{\"status\":\"ok\",\"version\":\"[^\"]+\",\"db\":\"ok\"}"),
                    health.body());
        }
    }

    @Test
    void health_answers_503_when_the_database_is_unreachable_and_pages_fail_without_a_stack_trace() {
        try (TestApp app = TestApp.start()) {
            Http http = app.http();
            http.get("/");
            app.database().close();
            HttpResponse<String> health = http.get("/health");
            assertEquals(503, health.statusCode());
            assertTrue(health.body().contains("\"db\":\"unreachable\""), health.body());

            HttpResponse<String> home = http.get("/");
            assertEquals(500, home.statusCode());
            assertTrue(home.body().contains("Maaf, terjadi kesalahan"), home.body());
            assertTrue(home.body().contains("href=\"/\""));
            assertFalse(home.body().contains("Exception"), home.body());
            assertFalse(home.body().contains("at id.serambi"), home.body());
        }
    }

    @Test
    void a_form_over_one_megabyte_is_refused_with_413_and_nothing_is_stored() {
        try (TestApp app = TestApp.start()) {
            Http http = app.http();
            String lesson = "/modul/media-sosial/01-apa-itu-media-sosial";
            HttpResponse<String> big = http.submit(lesson, lesson + "/selesai",
                    java.util.Map.of("done", "1", "isi", "x".repeat(1_100_000)));
            assertEquals(413, big.statusCode());
            assertTrue(big.body().contains("Kiriman terlalu besar"), big.body());
            assertTrue(http.get("/").body().contains("0 dari 10 langkah selesai"), "the lesson was not marked done");
        }
    }
}
