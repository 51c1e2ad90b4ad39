package id.serambi.workshop.live;

import id.serambi.chat.export.QrSvg;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.report.dashboard.LiveResults;
import id.serambi.web.Pages;
import id.serambi.web.PublicAddress;
import id.serambi.web.Visitor;
import id.serambi.workshop.model.Item;
import id.serambi.workshop.model.Workshop;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The projector view of a workshop, for the back of the room: the join code, its QR and address,
 * how many joined and, once the trainer opens a step, how many are done with it: for a quiz or
 * questionnaire, how many sent it and the dashboard's charts of the answers so far; for a module,
 * how many read all its lessons; for a practice task, how many reached it. The page reloads only its content, as a fragment, when
 * the room's version changes; without scripts it refreshes itself.
 */
public final class ProjectorController {
    static final String STYLE = "/static/projector.css";
    static final String SCRIPT = "/static/projector.js";
    /** Without scripts the projector asks again this often (seconds). */
    static final int REFRESH_SECONDS = 5;

    private final PublicAddress address;
    private final Function<Context, Workshop> owned;
    private final RoomPulse pulse;
    private final LiveResults results;
    private final Pages pages;
    private final Messages messages;

    ProjectorController(Function<Context, Workshop> owned, RoomPulse pulse, LiveResults results, Pages pages,
                        Messages messages, PublicAddress address) {
        this.address = address;
        this.owned = owned;
        this.pulse = pulse;
        this.results = results;
        this.pages = pages;
        this.messages = messages;
    }

    public void page(Context ctx) {
        Workshop w = owned.apply(ctx);
        Map<String, Object> model = content(ctx, w);
        model.put("pageStyle", STYLE);
        model.put("pageScript", SCRIPT);
        model.put("refresh", REFRESH_SECONDS);
        pages.render(ctx, "workshop/live/projector", model);
    }

    /** The page's content alone, which the page's script puts in place of the old one. */
    public void content(Context ctx) {
        Workshop w = owned.apply(ctx);
        pages.render(ctx, "workshop/live/projector-content", content(ctx, w));
    }

    private Map<String, Object> content(Context ctx, Workshop w) {
        Lang lang = Visitor.of(ctx).lang();
        // the snapshot first: an answer arriving while the charts are read changes the version
        // again, so the page asks once more rather than showing less than it claims
        RoomSnapshot room = pulse.read(w.id()).orElseThrow(NotFoundResponse::new);
        Map<String, Object> model = new HashMap<>();
        model.put("w", w);
        model.put("base", "/pelatihan/" + w.id());
        model.put("roomVersion", room.version());
        model.put("open", w.isOpen());
        model.put("closed", w.state() == Workshop.State.CLOSED);
        model.put("joined", room.joined());
        w.code().filter(c -> w.isOpen()).ifPresent(code -> {
            String origin = address.forRequest(ctx).origin();
            String url = origin + "/ikut/" + code.value();
            model.put("joinOrigin", origin);
            model.put("joinPath", "/ikut/" + code.value());
            model.put("code", code.shown());
            model.put("qr", QrSvg.of(url).inlineSvg(messages.get(lang, "workshop.qr.label", url), "screen-qr-code"));
        });
        room.item().ifPresent(open -> {
            model.put("itemTitle", open.title().in(lang));
            model.put("itemKind", messages.get(lang, "live.kind." + open.item().kind().prefix()));
            model.put("doneText", messages.get(lang, "live.projector.done." + open.item().kind().prefix(), room.sent(),
                    room.joined()));
            if (open.item().kind() == Item.Kind.QUIZ) {
                results.model(open.item().id(), w.id(), lang).ifPresent(r -> {
                    model.put("results", r);
                    if (Boolean.TRUE.equals(r.get("questionnaire"))) {
                        model.put("itemKind", messages.get(lang, "live.kind.kuesioner"));
                    }
                });
            }
        });
        return model;
    }
}
