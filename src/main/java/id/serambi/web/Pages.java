package id.serambi.web;

import io.javalin.http.Context;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Renders a page template with what the layout needs on every page. */
public final class Pages {
    private final String version;
    private final Function<Context, Optional<SignedIn>> signedIn;
    private final Function<Context, Map<String, ?>> extras;

    /** Pages whose header always offers to log in. */
    public Pages(String version) {
        this(version, ctx -> Optional.empty(), ctx -> Map.of());
    }

    /**
     * @param signedIn who is logged in on a request, for the header's links
     * @param extras   what the layout shows for some visitors on every page (a workshop seat's room,
     *                 for one); a page's own model wins over them
     */
    public Pages(String version, Function<Context, Optional<SignedIn>> signedIn,
                 Function<Context, Map<String, ?>> extras) {
        this.version = version;
        this.signedIn = signedIn;
        this.extras = extras;
    }

    public void render(Context ctx, String template, Map<String, ?> model) {
        render(ctx, template, model, false);
    }

    /**
     * Renders a page that is the same for every visitor with an equal model but for the form token:
     * it is rendered once and kept ({@link Templates#SHARED}). Its model holds only values whose
     * equality is their content (strings, numbers, records, lists and maps of them).
     */
    public void renderShared(Context ctx, String template, Map<String, ?> model) {
        render(ctx, template, model, true);
    }

    private void render(Context ctx, String template, Map<String, ?> model, boolean shared) {
        Visitor visitor = Visitor.of(ctx);
        Map<String, Object> all = new HashMap<>(extras.apply(ctx));
        all.putAll(model);
        all.put("lang", visitor.lang());
        all.put("csrf", visitor.csrf());
        all.put("version", version);
        all.put("nav", signedIn.apply(ctx).orElse(null));
        if (!model.containsKey("path")) {
            // the page the language links return to; a page shown for a form post names its own
            String query = ctx.queryString();
            all.put("path", ctx.path() + (query == null || query.isEmpty() ? "" : "?" + query));
        }
        if (shared) {
            all.put(Templates.SHARED, Boolean.TRUE);
        }
        ctx.header("Cache-Control", "no-cache");
        ctx.render(template + ".html", all);
    }

    public String version() {
        return version;
    }
}
