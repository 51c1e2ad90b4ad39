package id.serambi.account;

import id.serambi.support.Http;
import id.serambi.support.TempFiles;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Logging in and out over HTTP against the whole app. */
class AccountPagesTest {
    private static final String PASSWORD = "sandi-pelatih-01";

    private static void trainer(TestApp app, String username) {
        TestAccounts.create(app.database().jdbi(), username, Role.TRAINER, PASSWORD);
    }

    private static HttpResponse<String> login(Http http, String username, String password) {
        return http.submit("/masuk", "/masuk", Map.of("nama", username, "sandi", password, "ke", "/akun/sandi"));
    }

    @Test
    void the_right_password_sets_an_httponly_lax_session_cookie_and_opens_the_account_page() {
        try (TestApp app = TestApp.start()) {
            trainer(app, "bu.rina");
            Http http = app.http();
            assertEquals(303, http.get("/akun/sandi").statusCode(), "nobody is logged in yet");
            HttpResponse<String> ok = login(http, "Bu.Rina", PASSWORD);
            assertEquals(303, ok.statusCode(), ok.body());
            assertEquals("/akun/sandi", ok.headers().firstValue("Location").orElseThrow());
            String cookie = ok.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith(CurrentUser.COOKIE + "=")).findFirst().orElseThrow();
            assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
            assertTrue(!cookie.contains("Secure"), "plain HTTP on a laptop: no Secure flag, " + cookie);
            HttpResponse<String> page = http.get("/akun/sandi");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Anda masuk sebagai bu.rina"), page.body());
        }
    }

    @Test
    void a_wrong_password_is_refused_with_a_message_and_no_session() {
        try (TestApp app = TestApp.start()) {
            trainer(app, "pelatih");
            Http http = app.http();
            HttpResponse<String> refused = login(http, "pelatih", "bukan-sandinya");
            assertEquals(401, refused.statusCode());
            assertTrue(refused.body().contains("Nama pengguna atau kata sandi salah"), refused.body());
            assertTrue(refused.body().contains("value=\"pelatih\""), "the username is kept for another try");
            assertNull(http.cookie(CurrentUser.COOKIE));
            assertEquals(401, login(http, "tidak-ada", PASSWORD).statusCode(), "an unknown name reads the same");
        }
    }

    @Test
    void after_five_failures_the_account_is_throttled_with_429_even_for_the_right_password() {
        try (TestApp app = TestApp.start()) {
            trainer(app, "pelatih");
            Http http = app.http();
            for (int i = 0; i < 5; i++) {
                assertEquals(401, login(http, "pelatih", "salah-lagi-" + i).statusCode());
            }
            HttpResponse<String> throttled = login(http, "pelatih", PASSWORD);
            assertEquals(429, throttled.statusCode());
            assertTrue(throttled.body().contains("Tunggu 15 menit"), throttled.body());
            assertEquals("900", throttled.headers().firstValue("Retry-After").orElseThrow());
            assertNull(http.cookie(CurrentUser.COOKIE));
        }
    }

    @Test
    void logging_out_ends_the_session_on_the_server_not_only_in_the_browser() {
        try (TestApp app = TestApp.start()) {
            trainer(app, "pelatih");
            Http http = app.http();
            login(http, "pelatih", PASSWORD);
            String token = http.cookie(CurrentUser.COOKIE);
            HttpResponse<String> out = http.submit("/akun/sandi", "/keluar", Map.of());
            assertEquals(303, out.statusCode());
            assertEquals(303, http.get("/akun/sandi").statusCode());
            Http copied = app.http();
            copied.setCookie(CurrentUser.COOKIE, token);
            assertEquals(303, copied.get("/akun/sandi").statusCode(), "a copied cookie no longer works");
        }
    }

    @Test
    void a_session_survives_a_restart_and_is_honoured_by_a_second_server_on_the_same_database() throws Exception {
        Path data = Files.createTempDirectory("serambi-restart");
        try {
            String token;
            try (TestApp first = TestApp.onData(data)) {
                trainer(first, "pelatih");
                Http http = first.http();
                login(http, "pelatih", PASSWORD);
                token = http.cookie(CurrentUser.COOKIE);
            }
            try (TestApp again = TestApp.onData(data); TestApp other = TestApp.onData(data)) {
                for (TestApp app : new TestApp[]{again, other}) {
                    Http http = app.http();
                    http.setCookie(CurrentUser.COOKIE, token);
                    HttpResponse<String> page = http.get("/akun/sandi");
                    assertEquals(200, page.statusCode());
                    assertTrue(page.body().contains("Anda masuk sebagai pelatih"), page.body());
                }
            }
        } finally {
            TempFiles.delete(data);
        }
    }

    @Test
    void changing_the_password_checks_the_current_one_and_the_repeat() {
        try (TestApp app = TestApp.start()) {
            trainer(app, "pelatih");
            Http http = app.http();
            login(http, "pelatih", PASSWORD);
            HttpResponse<String> mismatch = http.submit("/akun/sandi", "/akun/sandi", Map.of("sandi_lama", PASSWORD,
                    "sandi_baru", "sandi-baru-sekali", "sandi_ulang", "sandi-baru-lain"));
            assertEquals(400, mismatch.statusCode());
            assertTrue(mismatch.body().contains("Kedua kata sandi baru tidak sama"), mismatch.body());
            HttpResponse<String> wrong = http.submit("/akun/sandi", "/akun/sandi", Map.of("sandi_lama", "salah-sekali",
                    "sandi_baru", "sandi-baru-sekali", "sandi_ulang", "sandi-baru-sekali"));
            assertEquals(400, wrong.statusCode());
            assertTrue(wrong.body().contains("Kata sandi saat ini salah"), wrong.body());
            HttpResponse<String> done = http.submit("/akun/sandi", "/akun/sandi", Map.of("sandi_lama", PASSWORD,
                    "sandi_baru", "sandi-baru-sekali", "sandi_ulang", "sandi-baru-sekali"));
            assertEquals(200, done.statusCode());
            assertTrue(done.body().contains("Kata sandi sudah diganti"), done.body());
            assertEquals(401, login(app.http(), "pelatih", PASSWORD).statusCode());
            assertEquals(303, login(app.http(), "pelatih", "sandi-baru-sekali").statusCode());
        }
    }

    @Test
    void behind_an_https_proxy_the_session_cookie_is_secure() throws Exception {
        try (TestApp app = TestApp.start()) {
            trainer(app, "pelatih");
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(app.url("/masuk"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            String csrfCookie = page.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("serambi_csrf=")).findFirst().orElseThrow().split(";")[0];
            String csrf = csrfCookie.substring("serambi_csrf=".length());
            HttpResponse<String> ok = client.send(HttpRequest.newBuilder(URI.create(app.url("/masuk")))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Cookie", csrfCookie)
                            .header("X-Forwarded-Proto", "https")
                            .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf + "&nama=pelatih&sandi=" + PASSWORD))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(303, ok.statusCode(), ok.body());
            String cookie = ok.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith(CurrentUser.COOKIE + "=")).findFirst().orElseThrow();
            assertTrue(cookie.contains("Secure") && cookie.contains("HttpOnly"), cookie);
        }
    }

    @Test
    void after_login_only_paths_on_this_site_are_followed() {
        assertEquals("/dasbor", AccountController.safeTarget("/dasbor"));
        assertEquals("/", AccountController.safeTarget("//evil.example/"));
        assertEquals("/", AccountController.safeTarget("https://evil.example/"));
        assertEquals("/", AccountController.safeTarget("/\\evil.example"));
        assertEquals("/", AccountController.safeTarget(null));
    }
}
