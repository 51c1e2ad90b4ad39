package id.serambi.account;

import id.serambi.web.Access;
import id.serambi.web.Cookies;
import id.serambi.web.LoginRequired;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who is logged in on a request, from the session cookie. The route table's gate calls {@link #admit}
 * before each handler; features call {@link #user} to adapt a page and {@link #signedIn} to know who
 * acts on a guarded route.
 */
public final class CurrentUser {
    public static final String COOKIE = "serambi_sesi";
    private static final String ATTRIBUTE = "serambi.user";
    private final Sessions sessions;

    public CurrentUser(Sessions sessions) {
        this.sessions = sessions;
    }

    /** The logged-in account; looked up once per request. */
    public Optional<User> user(Context ctx) {
        Optional<User> known = ctx.attribute(ATTRIBUTE);
        if (known == null) {
            known = sessions.user(ctx.cookie(COOKIE));
            ctx.attribute(ATTRIBUTE, known);
        }
        return known;
    }

    /**
     * The logged-in account when it has one of {@code roles}. Nobody logged in: the login page for a
     * GET, which comes back here afterwards, and 404 for anything else; another role: 403.
     */
    public User requireRole(Context ctx, Role... roles) {
        User user = user(ctx).orElseThrow(LoginRequired::new);
        if (Arrays.stream(roles).noneMatch(r -> r == user.role())) {
            throw new ForbiddenResponse();
        }
        return user;
    }

    /** The logged-in account, whatever its role; as {@link #requireRole} when nobody is. */
    public User require(Context ctx) {
        return requireRole(ctx, Role.values());
    }

    /**
     * Lets the request through to a route declared with {@code access}, or refuses it as
     * {@link #requireRole} does.
     */
    public void admit(Context ctx, Access access) {
        switch (access) {
            case ANYONE -> {
            }
            case ACCOUNT -> require(ctx);
            case STAFF -> requireRole(ctx, Role.TRAINER, Role.ADMIN);
            case ADMIN -> requireRole(ctx, Role.ADMIN);
        }
    }

    /** The account the route's {@link Access} has already let in; for handlers that need to know who. */
    public User signedIn(Context ctx) {
        return user(ctx).orElseThrow(LoginRequired::new);
    }

    void start(Context ctx, String token) {
        Cookies.set(ctx, COOKIE, token, (int) Sessions.LIFETIME.toSeconds());
        ctx.attribute(ATTRIBUTE, null);
    }

    void end(Context ctx) {
        Cookies.set(ctx, COOKIE, "", 0);
        ctx.attribute(ATTRIBUTE, Optional.empty());
    }

    String token(Context ctx) {
        return ctx.cookie(COOKIE);
    }
}
