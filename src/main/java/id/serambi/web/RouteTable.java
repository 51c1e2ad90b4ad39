package id.serambi.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.security.Roles;
import io.javalin.security.RouteRole;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Routes as the product declares them: method, path, who may use it ({@link Access}) and the
 * handler. The table is registered with Javalin as it is, each route with its access as its route
 * role, and a check runs before every matched handler; the access tests read the same table.
 */
public final class RouteTable {
    /** One route. */
    public record Route(HandlerType method, String path, Access access, Handler handler) {
        /** As Javalin names it, e.g. {@code GET /kuis/{quiz}}. */
        public String name() {
            return method.name() + " " + path;
        }
    }

    /** Lets a request through to a route with {@code access}, or refuses it by throwing. */
    public interface Gate {
        void admit(Context ctx, Access access);
    }

    private final List<Route> routes = new ArrayList<>();

    public RouteTable get(String path, Access access, Handler handler) {
        return add(HandlerType.GET, path, access, handler);
    }

    public RouteTable post(String path, Access access, Handler handler) {
        return add(HandlerType.POST, path, access, handler);
    }

    private RouteTable add(HandlerType method, String path, Access access, Handler handler) {
        if (routes.stream().anyMatch(r -> r.method() == method && r.path().equals(path))) {
            throw new IllegalArgumentException("declared twice: " + method + " " + path);
        }
        routes.add(new Route(method, path, access, handler));
        return this;
    }

    /** Every route, in the order declared (which is the order Javalin matches them in). */
    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** Registers every route, and {@code gate} before each matched one with the route's access. */
    public void addTo(JavalinConfig config, Gate gate) {
        for (Route r : routes) {
            config.routes.addHttpHandler(r.method(), r.path(), r.handler(), r.access());
            if (r.method() == HandlerType.GET) {
                // HEAD answers what GET would, headers only (type, length, cookies), so it runs the same handler
                config.routes.addHttpHandler(HandlerType.HEAD, r.path(), r.handler(), r.access());
            }
        }
        config.routes.beforeMatched(ctx -> {
            Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
            // no endpoint: a static file, or a HEAD that Javalin answers without running the GET handler
            if (matched != null) {
                gate.admit(ctx, accessOf(matched));
            }
        });
    }

    /** The access a registered endpoint was declared with; one that has none is refused to everyone. */
    static Access accessOf(Endpoint endpoint) {
        Roles roles = endpoint.metadata(Roles.class);
        Set<RouteRole> declared = roles == null ? Set.of() : roles.getRoles();
        if (declared.size() != 1 || !(declared.iterator().next() instanceof Access access)) {
            throw new IllegalStateException("no access rule for " + endpoint.method + " " + endpoint.path);
        }
        return access;
    }
}
