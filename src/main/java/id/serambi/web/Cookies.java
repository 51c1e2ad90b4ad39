package id.serambi.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/** The product's cookies: HttpOnly, SameSite=Lax, and Secure when the request came over HTTPS. */
public final class Cookies {
    private Cookies() {
    }

    public static void set(Context ctx, String name, String value, int maxAgeSeconds) {
        boolean https = "https".equalsIgnoreCase(ctx.scheme())
                || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
        ctx.cookie(new Cookie(name, value, "/", maxAgeSeconds, https, true, null, SameSite.LAX));
    }
}
