package id.serambi.account;

import id.serambi.i18n.Messages;
import id.serambi.web.Pages;
import id.serambi.web.SignedIn;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.Optional;

/**
 * Accounts as the web app uses them: built first, because every page's header asks who is logged
 * in and every guarded route asks {@link CurrentUser#admit}; then their own pages (login, sign-up,
 * password, first-run set-up, the admin's users).
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

    /** The account pages' handlers, whose routes the app's route table declares. */
    public record Handlers(AccountController account, SignUpController signUp, AdminController admin,
                           SetupController setup) {
    }

    public Handlers handlers(Pages pages, Messages messages) {
        return new Handlers(new AccountController(accounts, sessions, current, pages, messages),
                new SignUpController(new SignUps(accounts, new AccountStore(jdbi), Throttle.DEFAULT, clock), accounts,
                        sessions, current, pages, messages),
                new AdminController(accounts, current, pages, messages, clock.getZone()),
                new SetupController(accounts, sessions, current, pages, messages));
    }
}
