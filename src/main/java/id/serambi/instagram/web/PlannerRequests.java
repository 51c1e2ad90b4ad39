package id.serambi.instagram.web;

import id.serambi.instagram.store.Plans;
import id.serambi.web.Visitor;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the planner's handlers read from a request: the visitor's own plan, the form. */
final class PlannerRequests {
    private PlannerRequests() {
    }

    /** The visitor's plan named in the path; another visitor's is not found, as if it did not exist. */
    static Plans.Opened plan(Plans plans, Context ctx) {
        return plans.open(Visitor.of(ctx).learnerId(), ctx.pathParam("id")).orElseThrow(NotFoundResponse::new);
    }

    static Map<String, String> form(Context ctx) {
        Map<String, String> in = new LinkedHashMap<>();
        ctx.formParamMap().forEach((k, v) -> in.put(k, v.isEmpty() ? "" : v.get(0)));
        return in;
    }

    static String base(Plans.Opened opened) {
        return "/instagram/" + opened.id();
    }
}
