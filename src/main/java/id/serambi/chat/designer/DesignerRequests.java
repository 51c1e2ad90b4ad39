package id.serambi.chat.designer;

import id.serambi.chat.engine.Menu;
import id.serambi.chat.engine.OfficeHours;
import id.serambi.i18n.Lang;
import id.serambi.web.Visitor;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the designer's handlers read from a request: the visitor's menu, the form, the option named. */
final class DesignerRequests {
    static final String STYLE = "/static/designer.css";
    static final String SCRIPT = "/static/designer.js";

    private DesignerRequests() {
    }

    /** The visitor's own menu named in the path; another visitor's is not found, as if it did not exist. */
    static Designs.Design design(Designs designs, Context ctx) {
        return designs.open(Visitor.of(ctx).learnerId(), ctx.pathParam("id")).orElseThrow(NotFoundResponse::new);
    }

    /** The form's fields, one value each, with plain line ends. */
    static Map<String, String> form(Context ctx) {
        Map<String, String> in = new LinkedHashMap<>();
        ctx.formParamMap().forEach((k, v) -> in.put(k, DesignForm.normalized(v.isEmpty() ? "" : v.get(0))));
        return in;
    }

    /** The option named by the {@code simpul} field ({@code 2.1}); an unreadable one is not found. */
    static List<Integer> path(Context ctx) {
        return DesignTree.path(ctx.formParam("simpul")).orElseThrow(NotFoundResponse::new);
    }

    static String time(long millis, Lang lang) {
        return OfficeHours.dateTime(LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), Menu.DEFAULT_ZONE),
                lang.locale()) + " WITA";
    }
}
