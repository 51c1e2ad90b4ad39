package id.serambi.web;

import io.javalin.http.Context;

import java.util.Map;

/** The pages shown for 403, 404, 413 and 500, in the visitor's language, always with a way home. */
public final class ErrorPages {
    private final Pages pages;

    public ErrorPages(Pages pages) {
        this.pages = pages;
    }

    public void show(Context ctx) {
        int status = ctx.status().getCode();
        String kind = switch (status) {
            case 403 -> "forbidden";
            case 404, 405 -> "notfound";
            case 413 -> "toolarge";
            default -> "server";
        };
        pages.render(ctx, "web/error", Map.of("status", status, "kind", kind));
        ctx.header("Cache-Control", "no-store");
    }
}
