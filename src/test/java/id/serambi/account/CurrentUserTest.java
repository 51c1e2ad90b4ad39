package id.serambi.account;

import id.serambi.db.Database;
import id.serambi.support.Http;
import id.serambi.support.TestApp;
import id.serambi.web.LoginRequired;
import id.serambi.support.TempFiles;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The guard other features put on their routes: log in first, 403 for the wrong role. */
class CurrentUserTest {
    private Path dir;
    private Database db;
    private Accounts accounts;
    private Javalin app;

    @BeforeEach
    void start() throws Exception {
        dir = Files.createTempDirectory("serambi-current");
        db = Database.open("jdbc:sqlite:" + dir.resolve("a.db"));
        Sessions sessions = new Sessions(new SessionStore(db.jdbi()), Clock.systemUTC());
        accounts = new Accounts(new AccountStore(db.jdbi()), sessions, new PasswordHasher(1024, 1), Throttle.DEFAULT,
                Clock.systemUTC());
        CurrentUser current = new CurrentUser(sessions);
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.exception(LoginRequired.class, (e, ctx) -> ctx.status(401));
            config.routes.get("/pelatih", ctx -> ctx.result(current.requireRole(ctx, Role.TRAINER, Role.ADMIN).username()));
            config.routes.get("/siapa", ctx -> ctx.result(current.user(ctx).map(User::username).orElse("-")));
        }).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
        db.close();
        TempFiles.delete(dir);
    }

    private String sessionOf(String username, Role role) {
        accounts.create(username, role, "sandi-yang-cukup", null);
        return ((LoginResult.Success) accounts.login(username, "sandi-yang-cukup", "127.0.0.1")).token();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
        if (token != null) {
            request.header("Cookie", CurrentUser.COOKIE + "=" + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_stranger_is_nobody_a_learner_gets_403_and_a_trainer_or_admin_the_page() throws Exception {
        assertEquals(401, get("/pelatih", null).statusCode(), "nobody: LoginRequired");
        assertEquals(401, get("/pelatih", "token-palsu").statusCode(), "a forged token is nobody");
        assertEquals(403, get("/pelatih", sessionOf("pelajar", Role.LEARNER)).statusCode());
        HttpResponse<String> trainer = get("/pelatih", sessionOf("pelatih", Role.TRAINER));
        assertEquals(200, trainer.statusCode());
        assertEquals("pelatih", trainer.body());
        assertEquals(200, get("/pelatih", sessionOf("admin", Role.ADMIN)).statusCode());
    }

    @Test
    void in_the_app_a_stranger_asking_for_a_staff_page_is_sent_to_log_in_and_comes_back() {
        try (TestApp whole = TestApp.start()) {
            Http stranger = whole.http();
            HttpResponse<String> page = stranger.get("/admin/pengguna?x=1");
            assertEquals(303, page.statusCode());
            assertEquals("/masuk?ke=%2Fadmin%2Fpengguna%3Fx%3D1", page.headers().firstValue("Location").orElseThrow());
            assertEquals(404, stranger.submit("/masuk", "/admin/pengguna/baru", Map.of("nama", "x")).statusCode(),
                    "a post from a stranger is refused without a hint");
            whole.loggedIn("admin", Role.ADMIN);
            HttpResponse<String> login = stranger.submit("/masuk", "/masuk", Map.of("nama", "admin",
                    "sandi", TestApp.TEST_PASSWORD, "ke", "/admin/pengguna?x=1"));
            assertEquals("/admin/pengguna?x=1", login.headers().firstValue("Location").orElseThrow());
        }
    }

    @Test
    void the_user_lookup_is_empty_without_a_valid_session() throws Exception {
        assertEquals("-", get("/siapa", null).body());
        assertEquals("-", get("/siapa", "token-palsu").body());
        assertEquals("pelatih", get("/siapa", sessionOf("pelatih", Role.TRAINER)).body());
    }
}
