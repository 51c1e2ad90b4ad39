package id.serambi.web;

import io.javalin.http.Context;

import java.util.Map;

/** The pages shown for 403, 404, 413 and 500, in the visitor's language, always with a way home. */
public final class ErrorPages {
    private static final String OWN_PAGE = "serambi.ownPage";
    private static final String LIMIT = "serambi.sizeLimit";
    private final Pages pages;

    public ErrorPages(Pages pages) {
        this.pages = pages;
    }

    /**
     * Marks this response's page as its own answer to its status, such as a 404 that says which
     * number is unknown: the shared error page does not replace it.
     */
    /** The size limit, in megabytes, that a 413 page names; 1 unless set. */
    public static void limit(Context ctx, long megabytes) {
        ctx.attribute(LIMIT, megabytes);
    }

    public static void ownPage(Context ctx) {
        ctx.attribute(OWN_PAGE, Boolean.TRUE);
    }

    public void show(Context ctx) {
        if (Boolean.TRUE.equals(ctx.attribute(OWN_PAGE))) {
            return;
        }
        int status = ctx.status().getCode();
        String kind = switch (status) {
            case 403 -> "forbidden";
            case 404, 405 -> "notfound";
            case 413 -> "toolarge";
            default -> "server";
        };
        Long limit = ctx.attribute(LIMIT);
        pages.render(ctx, "web/error", Map.of("status", status, "kind", kind, "limit", limit == null ? 1L : limit));
        ctx.header("Cache-Control", "no-store");
    }
}
