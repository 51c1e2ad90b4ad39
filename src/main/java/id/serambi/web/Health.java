package id.serambi.web;

import io.javalin.http.Context;

import java.util.function.BooleanSupplier;

/** {@code GET /health}: 200 when the database answers, 503 when it does not. */
public final class Health {
    private final String version;
    private final BooleanSupplier database;

    public Health(String version, BooleanSupplier database) {
        this.version = version;
        this.database = database;
    }

    public void get(Context ctx) {
        boolean up = database.getAsBoolean();
        ctx.status(up ? 200 : 503)
                .header("Cache-Control", "no-store")
                .contentType("application/json")
                .result("{\"status\":\"" + (up ? "ok" : "unavailable") + "\",\"version\":\"" + version
                        + "\",\"db\":\"" + (up ? "ok" : "unreachable") + "\"}");
    }
}
