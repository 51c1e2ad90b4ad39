package id.serambi.account;

import id.serambi.i18n.Messages;
import id.serambi.web.Pages;
import id.serambi.web.Visitor;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Logging in and out, and changing one's password. HTTP only: the rules are in {@link Accounts}. */
public final class AccountController {
    private final Accounts accounts;
    private final Sessions sessions;
    private final CurrentUser current;
    private final Pages pages;
    private final Messages messages;

    public AccountController(Accounts accounts, Sessions sessions, CurrentUser current, Pages pages,
                             Messages messages) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.current = current;
        this.pages = pages;
        this.messages = messages;
    }

    public void loginPage(Context ctx) {
        renderLogin(ctx, "", null, safeTarget(ctx.queryParam("ke")));
    }

    public void login(Context ctx) {
        String username = Objects.requireNonNullElse(ctx.formParam("nama"), "");
        String target = safeTarget(ctx.formParam("ke"));
        // the address the connection came from: a forwarded header would let anyone dodge the throttle
        LoginResult result = accounts.login(username, ctx.formParam("sandi"), ctx.ip());
        if (result instanceof LoginResult.Success ok) {
            current.start(ctx, ok.token());
            Visitor.adoptLearner(ctx, accounts.learnerId(ok.user()));
            ctx.redirect(target, HttpStatus.SEE_OTHER);
        } else if (result instanceof LoginResult.Throttled throttled) {
            ctx.status(HttpStatus.TOO_MANY_REQUESTS);
            ctx.header("Retry-After", Long.toString(throttled.retryAfterSeconds()));
            renderLogin(ctx, username, text(ctx, "account.login.throttled", throttled.retryAfterSeconds() / 60), target);
        } else {
            ctx.status(HttpStatus.UNAUTHORIZED);
            renderLogin(ctx, username, text(ctx, "account.login.refused"), target);
        }
    }

    public void logout(Context ctx) {
        boolean was = current.user(ctx).isPresent();
        sessions.end(current.token(ctx));
        current.end(ctx);
        if (was) {
            Visitor.newLearner(ctx);
        }
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    public void passwordPage(Context ctx) {
        renderPassword(ctx, null, null);
    }

    public void changePassword(Context ctx) {
        User user = current.signedIn(ctx);
        String replacement = ctx.formParam("sandi_baru");
        if (!Objects.equals(replacement, ctx.formParam("sandi_ulang"))) {
            ctx.status(HttpStatus.BAD_REQUEST);
            renderPassword(ctx, text(ctx, "account.password.mismatch"), null);
            return;
        }
        try {
            accounts.changePassword(user, current.token(ctx), ctx.formParam("sandi_lama"), replacement);
            renderPassword(ctx, null, text(ctx, "account.password.changed"));
        } catch (AccountProblem e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            renderPassword(ctx, text(ctx, e.key(), e.args()), null);
        }
    }

    private void renderLogin(Context ctx, String username, String error, String target) {
        Map<String, Object> model = new HashMap<>();
        model.put("username", username);
        model.put("error", error);
        model.put("target", target);
        model.put("user", current.user(ctx).orElse(null));
        model.put("pageStyle", "/static/account.css");
        model.put("path", "/masuk");
        pages.render(ctx, "account/login", model);
    }

    private void renderPassword(Context ctx, String error, String done) {
        Map<String, Object> model = new HashMap<>();
        model.put("error", error);
        model.put("done", done);
        model.put("user", current.user(ctx).orElseThrow());
        model.put("pageStyle", "/static/account.css");
        model.put("path", "/akun/sandi");
        pages.render(ctx, "account/password", model);
    }

    private String text(Context ctx, String key, Object... args) {
        return messages.get(Visitor.of(ctx).lang(), key, args);
    }

    /** Where to go after logging in: a path on this site only, never another host. */
    static String safeTarget(String target) {
        if (target == null || !target.startsWith("/") || target.startsWith("//") || target.contains("\\")) {
            return "/";
        }
        return target;
    }
}
