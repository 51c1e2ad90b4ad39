package id.serambi.workshop.join;

import id.serambi.i18n.Lang;
import id.serambi.web.Pages;
import id.serambi.web.Visitor;
import id.serambi.workshop.certificate.Certificates;
import id.serambi.workshop.model.Item;
import id.serambi.workshop.model.ItemTitles;
import id.serambi.workshop.model.JoinCode;
import id.serambi.workshop.model.Participant;
import id.serambi.workshop.model.Workshop;
import id.serambi.workshop.store.WorkshopStore;
import io.javalin.http.Context;

import java.util.HashMap;
import java.util.Map;

/**
 * The pages a phone sees at a workshop's door: the code form, the name form, and the seat's waiting
 * page. Kept apart from {@link JoinController}, so that the door's rules (who holds a seat, who is
 * refused and for how long) read on their own, whichever page a refusal sends the phone back to.
 */
final class JoinPages {
    private static final String STYLE = "/static/workshop.css";
    private final WorkshopStore store;
    private final ItemTitles titles;
    private final Certificates certificates;
    private final Pages pages;

    JoinPages(WorkshopStore store, ItemTitles titles, Certificates certificates, Pages pages) {
        this.store = store;
        this.titles = titles;
        this.certificates = certificates;
        this.pages = pages;
    }

    /** The code form with {@code typed} in it, and {@code error} above it when not null. */
    void code(Context ctx, String typed, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("typed", typed);
        model.put("length", JoinCode.LENGTH);
        if (error != null) {
            model.put("error", error);
        }
        model.put("pageStyle", STYLE);
        model.put("path", "/ikut");
        pages.render(ctx, "workshop/join/code", model);
    }

    /** The join form, and below it the form to rejoin from another phone, with {@code again} typed there. */
    void name(Context ctx, Workshop w, String name, String group, Map<String, String> errors, String again,
              String joinKey) {
        Map<String, Object> model = new HashMap<>();
        model.put("joinKey", joinKey);
        model.put("date", Visitor.of(ctx).lang().date(w.date()));
        model.put("w", w);
        model.put("action", "/ikut/" + w.code().orElseThrow().value());
        model.put("again", again);
        model.put("name", name);
        model.put("group", group);
        model.put("errors", errors);
        model.put("maxName", Participant.MAX_NAME);
        model.put("pageStyle", STYLE);
        pages.render(ctx, "workshop/join/join", model);
    }

    /** The seat's page: who they are, and what the trainer opened for the room, if anything. */
    void waiting(Context ctx, Workshop w, Participant seat, Lang lang) {
        Map<String, Object> model = new HashMap<>();
        model.put("w", w);
        model.put("name", store.roster(w.id()).shownName(seat.id()));
        model.put("closed", w.state() == Workshop.State.CLOSED);
        w.openItem().flatMap(Item::parse).ifPresent(item -> {
            model.put("itemTitle", titles.title(item, lang));
            model.put("itemUrl", item.url());
            item.startUrl().ifPresent(start -> model.put("itemStart", start));
        });
        certificates.linkFor(w, seat).ifPresent(url -> model.put("certificateUrl", url));
        model.put("pageStyle", STYLE);
        pages.render(ctx, "workshop/join/waiting", model);
    }
}
