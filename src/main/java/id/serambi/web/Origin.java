package id.serambi.web;

import io.javalin.http.Context;

/** Where this server is reached from, as a visitor's own device must use it: the request's scheme and host. */
public final class Origin {
    private Origin() {
    }

    /** {@code https://host[:port]} or {@code http://...}; HTTPS also when a proxy says the visitor used it. */
    public static String of(Context ctx) {
        return (Cookies.https(ctx) ? "https" : "http") + "://" + ctx.host();
    }
}
