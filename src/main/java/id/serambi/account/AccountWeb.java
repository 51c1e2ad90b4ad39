package id.serambi.account;

import id.serambi.i18n.Messages;
import id.serambi.web.Pages;
import id.serambi.web.SignedIn;
import io.javalin.config.JavalinConfig;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * Accounts as the web app uses them: built first, because every page's header asks who is logged
 * in, then adding their own pages (login, sign-up, password, first-run set-up, the admin's users).
 */
public final class AccountWeb {
    private final Jdbi jdbi;
    private final Clock clock;
    private final Sessions sessions;
    private final Accounts accounts;
    private final CurrentUser current;

    public AccountWeb(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.sessions = new Sessions(new SessionStore(jdbi), clock);
        this.accounts = new Accounts(new AccountStore(jdbi), sessions, new PasswordHasher(), Throttle.DEFAULT, clock);
        this.current = new CurrentUser(sessions);
    }

    public Accounts accounts() {
        return accounts;
    }

    public CurrentUser currentUser() {
        return current;
    }

    /** What the header shows of whoever is logged in on a request. */
    public Optional<SignedIn> signedIn(io.javalin.http.Context ctx) {
        return current.user(ctx).map(user -> {
            boolean admin = user.role() == Role.ADMIN;
            return new SignedIn(user.username(), admin || user.role() == Role.TRAINER, admin);
        });
    }

    /** The account pages; {@code port} is read once the server has started, for the set-up link. */
    public void addTo(JavalinConfig config, Pages pages, Messages messages, IntSupplier port) {
        AccountController account = new AccountController(accounts, sessions, current, pages, messages);
        SignUpController signUp = new SignUpController(new SignUps(accounts, new AccountStore(jdbi), Throttle.DEFAULT,
                clock), accounts, sessions, current, pages, messages);
        AdminController admin = new AdminController(accounts, current, pages, messages, clock.getZone());
        SetupController setup = new SetupController(accounts, sessions, current, pages, messages);
        config.events.serverStarted(() -> setup.announce(port.getAsInt()));
        var routes = config.routes;
        routes.get("/masuk", account::loginPage);
        routes.post("/masuk", account::login);
        routes.post("/keluar", account::logout);
        routes.get("/daftar", signUp::page);
        routes.post("/daftar", signUp::signUp);
        routes.get("/akun/sandi", account::passwordPage);
        routes.post("/akun/sandi", account::changePassword);
        routes.get("/pasang", setup::page);
        routes.post("/pasang", setup::create);
        routes.get("/admin/pengguna", admin::users);
        routes.post("/admin/pengguna/baru", admin::create);
        routes.post("/admin/pengguna/{id}/nonaktifkan", admin::disable);
        routes.post("/admin/pengguna/{id}/aktifkan", admin::enable);
    }
}
