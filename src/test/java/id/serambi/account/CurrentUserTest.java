package id.serambi.account;

import id.serambi.db.Database;
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

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The guard other features put on their routes: 404 for strangers, 403 for the wrong role. */
class CurrentUserTest {
    private Path dir;
    private Database db;
    private Accounts accounts;
    private Javalin app;

    @BeforeEach
    void start() throws Exception {
        dir = Files.createTempDirectory("serambi-current");
        db = Database.open("jdbc:sqlite:" + dir.resolve("a.db"));
        accounts = new Accounts(new AccountStore(db.jdbi()), new PasswordHasher(1024, 1), Throttle.DEFAULT,
                Clock.systemUTC());
        CurrentUser current = new CurrentUser(accounts);
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
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
    void a_stranger_gets_404_a_learner_403_and_a_trainer_or_admin_the_page() throws Exception {
        assertEquals(404, get("/pelatih", null).statusCode());
        assertEquals(404, get("/pelatih", "token-palsu").statusCode(), "a forged token is nobody");
        assertEquals(403, get("/pelatih", sessionOf("pelajar", Role.LEARNER)).statusCode());
        HttpResponse<String> trainer = get("/pelatih", sessionOf("pelatih", Role.TRAINER));
        assertEquals(200, trainer.statusCode());
        assertEquals("pelatih", trainer.body());
        assertEquals(200, get("/pelatih", sessionOf("admin", Role.ADMIN)).statusCode());
    }

    @Test
    void the_user_lookup_is_empty_without_a_valid_session() throws Exception {
        assertEquals("-", get("/siapa", null).body());
        assertEquals("-", get("/siapa", "token-palsu").body());
        assertEquals("pelatih", get("/siapa", sessionOf("pelatih", Role.TRAINER)).body());
    }
}
