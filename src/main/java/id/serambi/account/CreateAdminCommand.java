package id.serambi.account;

import id.serambi.db.Database;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;

import java.io.PrintStream;
import java.time.Clock;

/**
 * {@code java -jar serambi.jar create-admin <username>}: the first admin (or another one) without
 * any default password. Whoever runs it reads both languages, Indonesian first.
 */
public final class CreateAdminCommand {
    private final Messages messages;
    private final PrintStream out;
    private final PrintStream err;

    public CreateAdminCommand(Messages messages, PrintStream out, PrintStream err) {
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    /** Returns the exit code: 0 created, 1 refused (nothing is written). */
    public int run(Database database, String username, PasswordInput input, PasswordHasher hasher, Clock clock) {
        Accounts accounts = new Accounts(new AccountStore(database.jdbi()),
                new Sessions(new SessionStore(database.jdbi()), clock), hasher, Throttle.DEFAULT, clock);
        if (accounts.exists(username)) {
            err.println(bilingual("account.username.taken", Accounts.normalize(username)));
            return 1;
        }
        String password = input.read(bilingual("account.cli.prompt") + " ");
        if (password == null) {
            err.println(bilingual("account.cli.nopassword"));
            return 1;
        }
        if (input.terminal()) {
            String again = input.read(bilingual("account.cli.again") + " ");
            if (!password.equals(again)) {
                err.println(bilingual("account.cli.mismatch"));
                return 1;
            }
        }
        try {
            User admin = accounts.create(username, Role.ADMIN, password, null);
            out.println(bilingual("account.cli.created", admin.username()));
            return 0;
        } catch (AccountProblem e) {
            err.println(bilingual(e.key(), e.args()));
            return 1;
        }
    }

    private String bilingual(String key, Object... args) {
        return messages.get(Lang.ID, key, args) + "\n" + messages.get(Lang.EN, key, args);
    }
}
