package id.serambi.account;

import id.serambi.support.Http;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin's user page: create and disable trainers, read the audit log. */
class AdminPagesTest {
    private static final String PASSWORD = "sandi-yang-cukup";

    private static Http loggedIn(TestApp app, String username, Role role) {
        TestAccounts.create(app.database().jdbi(), username, role, PASSWORD);
        Http http = app.http();
        assertEquals(303, http.submit("/masuk", "/masuk", Map.of("nama", username, "sandi", PASSWORD)).statusCode());
        return http;
    }

    @Test
    void only_an_admin_sees_the_user_page() {
        try (TestApp app = TestApp.start()) {
            assertEquals(303, app.http().get("/admin/pengguna").statusCode());
            assertEquals(403, loggedIn(app, "pelatih", Role.TRAINER).get("/admin/pengguna").statusCode());
            assertEquals(200, loggedIn(app, "admin", Role.ADMIN).get("/admin/pengguna").statusCode());
        }
    }

    @Test
    void an_admin_creates_a_trainer_who_can_log_in_and_the_audit_log_says_who_did_it() {
        try (TestApp app = TestApp.start()) {
            Http admin = loggedIn(app, "admin", Role.ADMIN);
            HttpResponse<String> made = admin.submit("/admin/pengguna", "/admin/pengguna/baru",
                    Map.of("nama", "bu.rina", "sandi", "sandi-bu-rina-01"));
            assertEquals(303, made.statusCode(), made.body());
            HttpResponse<String> page = admin.get(made.headers().firstValue("Location").orElseThrow());
            assertTrue(page.body().contains("Akun pelatih bu.rina dibuat"), page.body());
            assertTrue(page.body().contains("<td>admin</td>") && page.body().contains("<td>membuat akun</td>")
                    && page.body().contains("<td>bu.rina</td>"), page.body());
            assertEquals(303, app.http().submit("/masuk", "/masuk",
                    Map.of("nama", "bu.rina", "sandi", "sandi-bu-rina-01")).statusCode());
        }
    }

    @Test
    void a_short_password_or_taken_name_is_refused_with_a_message_and_nothing_created() {
        try (TestApp app = TestApp.start()) {
            Http admin = loggedIn(app, "admin", Role.ADMIN);
            HttpResponse<String> short_ = admin.submit("/admin/pengguna", "/admin/pengguna/baru",
                    Map.of("nama", "pelatih", "sandi", "pendek"));
            assertEquals(400, short_.statusCode());
            assertTrue(short_.body().contains("paling sedikit 10 karakter"), short_.body());
            assertTrue(short_.body().contains("value=\"pelatih\""), "the name is kept");
            HttpResponse<String> taken = admin.submit("/admin/pengguna", "/admin/pengguna/baru",
                    Map.of("nama", "ADMIN", "sandi", PASSWORD));
            assertEquals(400, taken.statusCode());
            assertTrue(taken.body().contains("Nama pengguna admin sudah dipakai"), taken.body());
            assertEquals(1, new AccountStore(app.database().jdbi()).count());
        }
    }

    @Test
    void a_disabled_trainer_is_logged_out_and_cannot_log_in_until_enabled_again() {
        try (TestApp app = TestApp.start()) {
            Http trainer = loggedIn(app, "pelatih", Role.TRAINER);
            Http admin = loggedIn(app, "admin", Role.ADMIN);
            String id = new AccountStore(app.database().jdbi()).credentials("pelatih").orElseThrow().user().id();
            assertEquals(303, admin.submit("/admin/pengguna", "/admin/pengguna/" + id + "/nonaktifkan", Map.of())
                    .statusCode());
            assertEquals(303, trainer.get("/akun/sandi").statusCode(), "the trainer's session ended");
            assertEquals(401, app.http().submit("/masuk", "/masuk", Map.of("nama", "pelatih", "sandi", PASSWORD))
                    .statusCode());
            String page = admin.get("/admin/pengguna").body();
            assertTrue(page.contains("<td>menonaktifkan akun</td>") && page.contains("Aktifkan pelatih"), page);
            assertEquals(303, admin.submit("/admin/pengguna", "/admin/pengguna/" + id + "/aktifkan", Map.of())
                    .statusCode());
            assertEquals(303, app.http().submit("/masuk", "/masuk", Map.of("nama", "pelatih", "sandi", PASSWORD))
                    .statusCode());
        }
    }

    @Test
    void an_admin_cannot_disable_their_own_account() {
        try (TestApp app = TestApp.start()) {
            Http admin = loggedIn(app, "admin", Role.ADMIN);
            String id = new AccountStore(app.database().jdbi()).credentials("admin").orElseThrow().user().id();
            HttpResponse<String> refused = admin.submit("/admin/pengguna", "/admin/pengguna/" + id + "/nonaktifkan",
                    Map.of());
            assertEquals(400, refused.statusCode());
            assertTrue(refused.body().contains("tidak bisa menonaktifkan akun Anda sendiri"), refused.body());
            assertEquals(200, admin.get("/admin/pengguna").statusCode());
        }
    }
}
