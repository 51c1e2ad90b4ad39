package id.serambi.account;

import id.serambi.i18n.Messages;
import id.serambi.web.Pages;
import id.serambi.web.Visitor;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** A learner creating their own account at {@code /daftar}. HTTP only: the rules are in {@link SignUps}. */
public final class SignUpController {
    private final SignUps signUps;
    private final Accounts accounts;
    private final Sessions sessions;
    private final CurrentUser current;
    private final Pages pages;
    private final Messages messages;

    public SignUpController(SignUps signUps, Accounts accounts, Sessions sessions, CurrentUser current, Pages pages,
                            Messages messages) {
        this.signUps = signUps;
        this.accounts = accounts;
        this.sessions = sessions;
        this.current = current;
        this.pages = pages;
        this.messages = messages;
    }

    public void page(Context ctx) {
        render(ctx, "", null);
    }

    public void signUp(Context ctx) {
        String username = Objects.requireNonNullElse(ctx.formParam("nama"), "");
        // the address the connection came from: a forwarded header would let anyone dodge the limit
        if (signUps.blocked(ctx.ip())) {
            ctx.status(HttpStatus.TOO_MANY_REQUESTS);
            ctx.header("Retry-After", Long.toString(signUps.retryAfterSeconds()));
            render(ctx, username, text(ctx, "access.signup.throttled", signUps.retryAfterSeconds() / 60));
            return;
        }
        if (!Objects.equals(ctx.formParam("sandi"), ctx.formParam("sandi_ulang"))) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, username, text(ctx, "access.signup.mismatch"));
            return;
        }
        try {
            User user = signUps.signUp(username, ctx.formParam("sandi"), Visitor.of(ctx).learnerId(), ctx.ip());
            sessions.end(current.token(ctx)); // whoever was logged in on this device before
            current.start(ctx, sessions.start(user));
            Visitor.adoptLearner(ctx, accounts.learnerId(user));
            ctx.redirect("/", HttpStatus.SEE_OTHER);
        } catch (AccountProblem e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, username, text(ctx, e.key(), e.args()));
        }
    }

    private void render(Context ctx, String username, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("username", username);
        model.put("error", error);
        model.put("user", current.user(ctx).orElse(null));
        model.put("pageStyle", "/static/account.css");
        model.put("path", "/daftar");
        pages.render(ctx, "account/signup", model);
    }

    private String text(Context ctx, String key, Object... args) {
        return messages.get(Visitor.of(ctx).lang(), key, args);
    }
}
