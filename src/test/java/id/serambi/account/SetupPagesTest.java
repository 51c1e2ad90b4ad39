package id.serambi.account;

import id.serambi.db.Database;
import id.serambi.i18n.Messages;
import id.serambi.support.TempFiles;
import id.serambi.web.Pages;
import id.serambi.web.Access;
import id.serambi.web.RouteTable;
import id.serambi.web.WebSetup;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first-run setup page: the first admin, only with the token from the server log. */
class SetupPagesTest {
    private Path dir;
    private Database db;
    private Accounts accounts;
    private SetupController setup;
    private Javalin app;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

    @BeforeEach
    void start() throws Exception {
        dir = Files.createTempDirectory("serambi-setup");
        db = Database.open("jdbc:sqlite:" + dir.resolve("a.db"));
        Sessions sessions = new Sessions(new SessionStore(db.jdbi()), Clock.systemUTC());
        accounts = new Accounts(new AccountStore(db.jdbi()), sessions, new PasswordHasher(1024, 1), Throttle.DEFAULT,
                Clock.systemUTC());
        Messages messages = new Messages();
        Pages pages = new Pages("test");
        CurrentUser current = new CurrentUser(sessions);
        setup = new SetupController(accounts, sessions, current, pages, messages);
        AdminController admin = new AdminController(accounts, current, pages, messages, Clock.systemUTC().getZone());
        app = Javalin.create(config -> {
            WebSetup.configure(config, messages, pages);
            new RouteTable().get("/pasang", Access.ANYONE, setup::page).post("/pasang", Access.ANYONE, setup::create)
                    .get("/admin/pengguna", Access.ADMIN, admin::users).addTo(config, current::admit);
        }).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
        db.close();
        TempFiles.delete(dir);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(Map<String, String> fields) throws Exception {
        // the form token is the visitor's cookie, set on any page, the 404 page too
        get("/pasang");
        String csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("serambi_csrf"))
                .map(c -> c.getValue()).findFirst().orElseThrow();
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")) + "&_csrf=" + csrf;
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/pasang"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_token_from_the_log_creates_the_first_admin_who_is_then_logged_in() throws Exception {
        assertEquals(200, get("/pasang").statusCode());
        HttpResponse<String> made = post(Map.of("token", setup.token(), "nama", "admin",
                "sandi", "sandi-admin-kuat", "sandi_ulang", "sandi-admin-kuat"));
        assertEquals(303, made.statusCode(), made.body());
        HttpResponse<String> users = get("/admin/pengguna");
        assertEquals(200, users.statusCode());
        assertTrue(users.body().contains("Anda masuk sebagai admin"), users.body());
        assertEquals(404, get("/pasang").statusCode(), "once there is an account the page is gone");
    }

    @Test
    void a_wrong_token_is_refused_and_creates_nothing() throws Exception {
        HttpResponse<String> refused = post(Map.of("token", "tebakan", "nama", "penyusup",
                "sandi", "sandi-admin-kuat", "sandi_ulang", "sandi-admin-kuat"));
        assertEquals(403, refused.statusCode());
        assertTrue(accounts.noAccounts());
    }

    @Test
    void a_short_password_is_refused_with_a_message_and_the_form_kept() throws Exception {
        HttpResponse<String> refused = post(Map.of("token", setup.token(), "nama", "admin",
                "sandi", "pendek", "sandi_ulang", "pendek"));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("paling sedikit 10 karakter"), refused.body());
        assertTrue(refused.body().contains("value=\"admin\""), refused.body());
        assertTrue(accounts.noAccounts());
    }

    @Test
    void the_page_is_not_there_when_an_account_exists() throws Exception {
        accounts.create("admin", Role.ADMIN, "sandi-admin-kuat", null);
        assertEquals(404, get("/pasang").statusCode());
        assertEquals(404, post(Map.of("token", setup.token(), "nama", "kedua",
                "sandi", "sandi-admin-kuat", "sandi_ulang", "sandi-admin-kuat")).statusCode());
        assertEquals(1, accounts.users().size());
    }
}
