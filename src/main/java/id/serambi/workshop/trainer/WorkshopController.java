package id.serambi.workshop.trainer;

import id.serambi.account.Accounts;
import id.serambi.account.CurrentUser;
import id.serambi.account.Role;
import id.serambi.account.User;
import id.serambi.chat.export.QrSvg;
import id.serambi.chat.menu.MenuCatalog;
import id.serambi.course.CourseSource;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.quiz.model.QuizCatalog;
import id.serambi.web.Cookies;
import id.serambi.web.PublicAddress;
import id.serambi.web.Pages;
import id.serambi.web.Visitor;
import id.serambi.workshop.certificate.Certificates;
import id.serambi.workshop.model.Roster;
import id.serambi.workshop.model.Workshop;
import id.serambi.workshop.model.WorkshopForm;
import id.serambi.workshop.store.WorkshopStore;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The trainer's side of a workshop: set one up, see it with its join code and QR, open and close it.
 * Trainers and admins only; a workshop belongs to the trainer who created it, and admins see all.
 */
public final class WorkshopController {
    static final String STYLE = "/static/workshop.css";
    /** Where the workshops are held: the times a trainer reads are in WITA. */
    static final ZoneId ZONE = ZoneId.of("Asia/Makassar");
    private static final int ONE_YEAR = 365 * 24 * 3600;
    /** Keeps the roster and the rejoin requests of an open workshop's page up to date. */
    static final String LIVE_SCRIPT = "/static/trainer-room.js";

    private final WorkshopStore store;
    private final SetupPage setup;
    private final Pages pages;
    private final Messages messages;
    private final Clock clock;
    private final CurrentUser users;
    private final Certificates certificates;
    private final Accounts accounts;
    private final RoomView room;
    private final PublicAddress address;

    /** @param accounts where trainers' actions are noted for the audit log */
    public WorkshopController(WorkshopStore store, CourseSource course, QuizCatalog quizzes, MenuCatalog menus,
                              Pages pages, Messages messages, Clock clock, CurrentUser users, Accounts accounts,
                              RoomView room, Certificates certificates, PublicAddress address) {
        this.address = address;
        this.users = users;
        this.accounts = accounts;
        this.room = room;
        this.certificates = certificates;
        this.store = store;
        this.setup = new SetupPage(course, quizzes, menus, pages, messages);
        this.pages = pages;
        this.messages = messages;
        this.clock = clock;
    }

    public void list(Context ctx) {
        User user = trainer(ctx);
        Lang lang = Visitor.of(ctx).lang();
        List<Workshop> shown = user.role() == Role.ADMIN ? store.all() : store.ownedBy(user.id());
        List<Map<String, Object>> mine = shown.stream()
                .map(w -> Map.<String, Object>of("title", w.title(), "url", "/pelatihan/" + w.id(),
                        "meta", w.kelurahan() + " · " + lang.date(w.date()), "state", state(w, lang)))
                .toList();
        pages.render(ctx, "workshop/trainer/list", Map.of("workshops", mine, "pageStyle", STYLE));
    }

    public void newForm(Context ctx) {
        trainer(ctx);
        setup.render(ctx, setup.proposed(LocalDate.now(clock)), Map.of());
    }

    public void create(Context ctx) {
        User user = trainer(ctx);
        WorkshopForm form = new WorkshopForm(ctx.formParam("judul"), ctx.formParam("kelurahan"),
                ctx.formParam("tempat"), ctx.formParam("tanggal"), ctx.formParam("kapasitas"),
                ctx.formParams("modul"), ctx.formParam("tes-awal"), ctx.formParams("kuis-modul"),
                ctx.formParam("tes-akhir"), ctx.formParam("evaluasi"), ctx.formParam("skm"), ctx.formParams("latihan"));
        WorkshopForm.Checked checked = setup.check(form, user.id());
        if (checked.workshop().isEmpty()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            setup.render(ctx, form, checked.errors());
            return;
        }
        Workshop created = store.create(checked.workshop().get(), Instant.now(clock));
        accounts.record(user, "workshop.create", created.title(), created.id());
        ctx.redirect("/pelatihan/" + created.id(), HttpStatus.SEE_OTHER);
    }

    public void show(Context ctx) {
        render(ctx, mine(ctx), null);
    }

    /** Shows the trainer's page again with why a change was refused, answering {@code status}. */
    void refuse(Context ctx, Workshop w, HttpStatus status, String key) {
        ctx.status(status);
        render(ctx, store.find(w.id()).orElse(w), messages.get(Visitor.of(ctx).lang(), key));
    }

    Roster roster(Workshop w) {
        return store.roster(w.id());
    }

    private void render(Context ctx, Workshop w, String notice) {
        Lang lang = Visitor.of(ctx).lang();
        Map<String, Object> model = new HashMap<>();
        model.put("w", w);
        model.put("notice", notice);
        model.put("canOpen", w.state() == Workshop.State.DRAFT);
        model.put("state", state(w, lang));
        model.put("date", lang.date(w.date()));
        model.put("base", "/pelatihan/" + w.id());
        store.closedAt(w.id()).ifPresent(closed -> {
            model.put("closedAt", lang.dateTime(closed.atZone(ZONE)));
            if (Workshop.reopenable(closed, Instant.now(clock))) {
                model.put("reopenUntil", lang.dateTime(closed.plus(Workshop.REOPEN_WITHIN).atZone(ZONE)));
            }
        });
        model.put("pageStyle", STYLE);
        w.code().ifPresent(code -> {
            PublicAddress.Shown shown = address.forRequest(ctx);
            String url = shown.origin() + "/ikut/" + code.value();
            model.put("address", shown);
            model.put("code", code.shown());
            model.put("joinUrl", url);
            model.put("qr", QrSvg.of(url).inlineSvg(messages.get(lang, "workshop.qr.label", url), "join-qr"));
        });
        Roster roster = store.roster(w.id());
        room.addTo(model, w, roster, lang);
        model.put("certificates", certificates.summary(w, roster));
        if (w.isOpen()) {
            model.put("pageScript", LIVE_SCRIPT);
        }
        pages.render(ctx, "workshop/trainer/show", model);
    }

    /**
     * {@code GET /pelatihan/{id}/ruang}: the phones asking to rejoin and the roster alone, which the
     * trainer's page puts in place of its own while the room changes.
     */
    public void live(Context ctx) {
        Workshop w = mine(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("w", w);
        model.put("base", "/pelatihan/" + w.id());
        room.addLive(model, w, store.roster(w.id()), Visitor.of(ctx).lang());
        pages.render(ctx, "workshop/trainer/room-live", model);
    }

    /** Opens a draft for joining; a closed workshop stays closed, as its results are final. */
    public void open(Context ctx) {
        Workshop w = mine(ctx);
        if (w.state() == Workshop.State.CLOSED) {
            refuse(ctx, w, HttpStatus.CONFLICT, "room.workshop.final");
            return;
        }
        if (w.state() == Workshop.State.DRAFT) {
            store.open(w.id(), Instant.now(clock));
            accounts.record(trainer(ctx), "workshop.open", w.title(), w.id());
        }
        ctx.redirect("/pelatihan/" + w.id(), HttpStatus.SEE_OTHER);
    }

    /**
     * {@code GET /pelatihan/{id}/tutup}: what closing does to the room, and the button that does it;
     * a workshop that is not open has nothing to close.
     */
    public void confirmClose(Context ctx) {
        Workshop w = mine(ctx);
        if (!w.isOpen()) {
            ctx.redirect("/pelatihan/" + w.id(), HttpStatus.SEE_OTHER);
            return;
        }
        confirmation(ctx, w);
    }

    private void confirmation(Context ctx, Workshop w) {
        Map<String, Object> model = new HashMap<>();
        model.put("w", w);
        model.put("base", "/pelatihan/" + w.id());
        model.put("joined", store.seated(w.id()));
        model.put("pageStyle", STYLE);
        pages.render(ctx, "workshop/trainer/close", model);
    }

    /**
     * Closes the workshop once the trainer has confirmed it ({@code yakin=1}); without that, shows
     * what closing does first. No one joins a closed workshop and every answer stays as it is,
     * until its trainer opens it again within {@link Workshop#REOPEN_WITHIN}.
     */
    public void close(Context ctx) {
        Workshop w = mine(ctx);
        if (w.isOpen() && !"1".equals(ctx.formParam("yakin"))) {
            confirmation(ctx, w);
            return;
        }
        if (w.state() != Workshop.State.CLOSED) {
            store.close(w.id(), Instant.now(clock));
            accounts.record(trainer(ctx), "workshop.close", w.title(), w.id());
        }
        ctx.redirect("/pelatihan/" + w.id(), HttpStatus.SEE_OTHER);
    }

    /**
     * {@code POST /pelatihan/{id}/alamat}: the network address of this machine that the trainer's
     * browser shows the phones from now on, when it reaches the server through localhost.
     */
    public void pickAddress(Context ctx) {
        Workshop w = mine(ctx);
        String picked = ctx.formParam("alamat");
        if (picked == null || !address.offers(picked)) {
            refuse(ctx, w, HttpStatus.BAD_REQUEST, "workshop.address.unknown");
            return;
        }
        Cookies.set(ctx, PublicAddress.PICKED_COOKIE, picked, ONE_YEAR);
        ctx.redirect("/pelatihan/" + w.id() + "#gabung", HttpStatus.SEE_OTHER);
    }

    /** Opens a workshop closed by mistake again, within a day of closing it; the audit log notes it. */
    public void reopen(Context ctx) {
        Workshop w = mine(ctx);
        Instant now = Instant.now(clock);
        Optional<Instant> closed = store.closedAt(w.id());
        if (closed.isEmpty()) {
            refuse(ctx, w, HttpStatus.CONFLICT, "workshop.reopen.notclosed");
            return;
        }
        if (!Workshop.reopenable(closed.get(), now)) {
            refuse(ctx, w, HttpStatus.CONFLICT, "workshop.reopen.late");
            return;
        }
        if (store.reopen(w.id(), now)) {
            accounts.record(trainer(ctx), "workshop.reopen", w.title(), w.id());
        }
        ctx.redirect("/pelatihan/" + w.id(), HttpStatus.SEE_OTHER);
    }

    /**
     * The workshop in the path, when the trainer asking created it; an admin may see any. Another
     * trainer's workshop answers 404, as if it did not exist.
     */
    public Workshop mine(Context ctx) {
        User user = trainer(ctx);
        return store.find(ctx.pathParam("id"))
                .filter(w -> user.role() == Role.ADMIN || w.owner().equals(user.id()))
                .orElseThrow(NotFoundResponse::new);
    }

    private User trainer(Context ctx) {
        return users.signedIn(ctx);
    }

    private String state(Workshop w, Lang lang) {
        return messages.get(lang, "workshop.state." + w.state().name().toLowerCase(java.util.Locale.ROOT));
    }
}
