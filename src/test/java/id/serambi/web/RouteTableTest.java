package id.serambi.web;

import io.javalin.Javalin;
import io.javalin.http.ForbiddenResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The route table as Javalin serves it: each route behind the gate with its declared access, and nothing else. */
class RouteTableTest {
    private final List<String> asked = new ArrayList<>();
    private final HttpClient client = HttpClient.newHttpClient();
    private Javalin app;

    /** A gate that lets in only routes open to anyone, and notes what it was asked. */
    private void start(RouteTable table, boolean withUndeclared) {
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            table.addTo(config, (ctx, access) -> {
                asked.add(ctx.method() + " " + ctx.path() + " " + access);
                if (access != Access.ANYONE) {
                    throw new ForbiddenResponse();
                }
            });
            if (withUndeclared) {
                config.routes.get("/tanpa-aturan", ctx -> ctx.result("terbuka"));
            }
        }).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void each_route_is_served_behind_the_gate_with_the_access_it_was_declared_with() throws Exception {
        start(new RouteTable().get("/terbuka", Access.ANYONE, ctx -> ctx.result("halo"))
                .post("/staf", Access.STAFF, ctx -> ctx.result("rahasia")), false);
        HttpResponse<String> open = send("GET", "/terbuka");
        assertEquals(200, open.statusCode());
        assertEquals("halo", open.body());
        assertEquals(403, send("POST", "/staf").statusCode());
        assertEquals(List.of("GET /terbuka ANYONE", "POST /staf STAFF"), asked);
    }

    @Test
    void a_route_registered_without_an_access_rule_is_refused_to_everyone() throws Exception {
        start(new RouteTable().get("/terbuka", Access.ANYONE, ctx -> ctx.result("halo")), true);
        HttpResponse<String> undeclared = send("GET", "/tanpa-aturan");
        assertEquals(500, undeclared.statusCode());
        assertEquals(-1, undeclared.body().indexOf("terbuka"), "the handler did not run");
    }

    @Test
    void a_request_that_matches_no_route_never_reaches_the_gate() throws Exception {
        start(new RouteTable().get("/terbuka", Access.ANYONE, ctx -> ctx.result("halo")), false);
        assertEquals(404, send("GET", "/tidak-ada").statusCode());
        assertEquals(List.of(), asked);
    }

    @Test
    void a_route_cannot_be_declared_twice() {
        RouteTable table = new RouteTable().get("/a", Access.ANYONE, ctx -> ctx.result("a"));
        assertThrows(IllegalArgumentException.class, () -> table.get("/a", Access.STAFF, ctx -> ctx.result("b")));
        app = Javalin.create(config -> config.startup.showJavalinBanner = false);
    }
}
