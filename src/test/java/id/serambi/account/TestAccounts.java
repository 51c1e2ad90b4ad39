package id.serambi.account;

import org.jdbi.v3.core.Jdbi;

import java.time.Clock;

/** Accounts for tests, with a cheap password hash; the app checks them like any other. */
public final class TestAccounts {
    private TestAccounts() {
    }

    public static User create(Jdbi jdbi, String username, Role role, String password) {
        Clock clock = Clock.systemUTC();
        return new Accounts(new AccountStore(jdbi), new Sessions(new SessionStore(jdbi), clock),
                new PasswordHasher(1024, 1), Throttle.DEFAULT, clock).create(username, role, password, null);
    }
}
