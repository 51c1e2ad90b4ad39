package id.serambi.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/** The product's cookies: HttpOnly, SameSite=Lax, and Secure when the request came over HTTPS. */
public final class Cookies {
    private Cookies() {
    }

    public static void set(Context ctx, String name, String value, int maxAgeSeconds) {
        ctx.cookie(new Cookie(name, value, "/", maxAgeSeconds, https(ctx), true, null, SameSite.LAX));
    }

    /** Whether the visitor reached the server over HTTPS, directly or through a proxy that says so. */
    public static boolean https(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }
}
