package id.serambi.account;

import id.serambi.i18n.Messages;
import id.serambi.web.Pages;
import id.serambi.web.Visitor;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The first-run setup page (/pasang): while there is no account, whoever holds the one-time token
 * printed in the server log may create the first admin. Without the token, someone on the same
 * network who finds a fresh server first cannot make themselves its admin.
 */
public final class SetupController {
    private static final Logger LOG = LoggerFactory.getLogger(SetupController.class);
    private final Accounts accounts;
    private final Sessions sessions;
    private final CurrentUser current;
    private final Pages pages;
    private final Messages messages;
    private final String token;

    public SetupController(Accounts accounts, Sessions sessions, CurrentUser current, Pages pages,
                           Messages messages) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.current = current;
        this.pages = pages;
        this.messages = messages;
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Prints the setup address with its token when there is no account yet. */
    public void announce(int port) {
        if (accounts.noAccounts()) {
            LOG.warn("Belum ada akun. Buat admin pertama di http://localhost:{}/pasang?token={} "
                    + "(atau: java -jar serambi.jar create-admin NAMA). / No account yet: create the first admin at "
                    + "that address, or with create-admin.", port, token);
        }
    }

    String token() {
        return token;
    }

    public void page(Context ctx) {
        open();
        render(ctx, "", Objects.requireNonNullElse(ctx.queryParam("token"), ""), null);
    }

    public void create(Context ctx) {
        open();
        String given = Objects.requireNonNullElse(ctx.formParam("token"), "");
        if (!MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            throw new ForbiddenResponse();
        }
        String username = Objects.requireNonNullElse(ctx.formParam("nama"), "");
        if (!Objects.equals(ctx.formParam("sandi"), ctx.formParam("sandi_ulang"))) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, username, given, text(ctx, "account.password.mismatch"));
            return;
        }
        try {
            User admin = accounts.createFirstAdmin(username, ctx.formParam("sandi"));
            current.start(ctx, sessions.start(admin));
            Visitor.adoptLearner(ctx, accounts.learnerId(admin));
            ctx.redirect("/admin/pengguna", HttpStatus.SEE_OTHER);
        } catch (AccountProblem e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, username, given, text(ctx, e.key(), e.args()));
        }
    }

    /** Once an account exists the page is gone, as if it never was. */
    private void open() {
        if (!accounts.noAccounts()) {
            throw new NotFoundResponse();
        }
    }

    private void render(Context ctx, String username, String given, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("username", username);
        model.put("token", given);
        model.put("error", error);
        model.put("pageStyle", "/static/account.css");
        model.put("path", "/pasang");
        pages.render(ctx, "account/setup", model);
    }

    private String text(Context ctx, String key, Object... args) {
        return messages.get(Visitor.of(ctx).lang(), key, args);
    }
}
