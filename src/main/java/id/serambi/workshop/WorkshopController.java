package id.serambi.workshop;

import id.serambi.account.Accounts;
import id.serambi.account.CurrentUser;
import id.serambi.account.Role;
import id.serambi.account.User;
import id.serambi.chat.MenuCatalog;
import id.serambi.chat.QrSvg;
import id.serambi.course.CourseSource;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.quiz.Quiz;
import id.serambi.quiz.QuizCatalog;
import id.serambi.web.Pages;
import id.serambi.web.Visitor;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The trainer's side of a workshop: set one up, see it with its join code and QR, open and close it.
 * Trainers and admins only; a workshop belongs to the trainer who created it, and admins see all.
 */
public final class WorkshopController {
    static final String STYLE = "/static/workshop.css";

    private final WorkshopStore store;
    private final CourseSource course;
    private final QuizCatalog quizzes;
    private final MenuCatalog menus;
    private final Pages pages;
    private final Messages messages;
    private final Clock clock;
    private final CurrentUser users;
    private final Certificates certificates;
    private final Accounts accounts;
    private final RoomView room;

    /** @param accounts where trainers' actions are noted for the audit log */
    public WorkshopController(WorkshopStore store, CourseSource course, QuizCatalog quizzes, MenuCatalog menus,
                              Pages pages, Messages messages, Clock clock, CurrentUser users, Accounts accounts,
                              RoomView room, Certificates certificates) {
        this.menus = menus;
        this.users = users;
        this.accounts = accounts;
        this.room = room;
        this.certificates = certificates;
        this.store = store;
        this.course = course;
        this.quizzes = quizzes;
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
                        "meta", w.kelurahan() + " · " + w.date(), "state", state(w, lang)))
                .toList();
        pages.render(ctx, "workshop/list", Map.of("workshops", mine, "pageStyle", STYLE));
    }

    public void newForm(Context ctx) {
        trainer(ctx);
        formPage(ctx, WorkshopForm.blank(LocalDate.now(clock)), Map.of());
    }

    public void create(Context ctx) {
        User user = trainer(ctx);
        WorkshopForm form = new WorkshopForm(ctx.formParam("judul"), ctx.formParam("kelurahan"),
                ctx.formParam("tempat"), ctx.formParam("tanggal"), ctx.formParam("kapasitas"),
                ctx.formParams("modul"), ctx.formParam("tes-awal"), ctx.formParams("kuis-modul"),
                ctx.formParam("tes-akhir"), ctx.formParam("evaluasi"), ctx.formParam("skm"), ctx.formParams("latihan"));
        Map<String, Quiz> all = quizzes.all().stream().collect(Collectors.toMap(Quiz::id, q -> q));
        WorkshopForm.Checked checked = form.check(user.id(),
                course.catalog().modules().stream().map(m -> m.id()).collect(Collectors.toSet()), all.keySet(),
                tasks(Lang.ID).stream().map(t -> (String) t.get("id")).collect(Collectors.toSet()));
        if (checked.workshop().isEmpty()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            formPage(ctx, form, checked.errors());
            return;
        }
        Workshop created = store.create(checked.workshop().get(), Instant.now(clock));
        accounts.record(user, "workshop.create", created.title(), created.id());
        ctx.redirect("/pelatihan/" + created.id(), HttpStatus.SEE_OTHER);
    }

    private void formPage(Context ctx, WorkshopForm form, Map<String, String> errorKeys) {
        Lang lang = Visitor.of(ctx).lang();
        Map<String, String> errors = new HashMap<>();
        errorKeys.forEach((field, key) -> errors.put(field, messages.get(lang, key)));
        List<Map<String, Object>> modules = course.catalog().modules().stream()
                .map(m -> Map.<String, Object>of("id", m.id(), "title", m.title().in(lang),
                        "checked", form.modules().contains(m.id())))
                .toList();
        List<Map<String, Object>> quizList = quizzes.all().stream()
                .map(q -> Map.<String, Object>of("id", q.id(), "title", q.title().in(lang),
                        "questionnaire", q.kind() == Quiz.Kind.QUESTIONNAIRE,
                        "inModule", form.moduleQuizzes().contains(q.id())))
                .toList();
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("errors", errors);
        model.put("modules", modules);
        model.put("quizzes", quizList);
        model.put("tasks", tasks(lang).stream().map(t -> {
            Map<String, Object> row = new HashMap<>(t);
            row.put("checked", form.tasks().contains((String) t.get("id")));
            return row;
        }).toList());
        model.put("maxCapacity", Workshop.MAX_CAPACITY);
        model.put("pageStyle", STYLE);
        model.put("path", "/pelatihan/baru");
        pages.render(ctx, "workshop/new", model);
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
        model.put("base", "/pelatihan/" + w.id());
        model.put("pageStyle", STYLE);
        w.code().ifPresent(code -> {
            String url = origin(ctx) + "/ikut/" + code.value();
            model.put("code", code.shown());
            model.put("joinUrl", url);
            model.put("qr", QrSvg.of(url).inlineSvg(messages.get(lang, "workshop.qr.label", url), "join-qr"));
        });
        Roster roster = store.roster(w.id());
        room.addTo(model, w, roster, lang);
        model.put("certificates", certificates.summary(w));
        pages.render(ctx, "workshop/show", model);
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

    /** Closes the workshop for good: no one joins, and every answer of the room stays as it is. */
    public void close(Context ctx) {
        Workshop w = mine(ctx);
        if (w.state() != Workshop.State.CLOSED) {
            store.close(w.id(), Instant.now(clock));
            accounts.record(trainer(ctx), "workshop.close", w.title(), w.id());
        }
        ctx.redirect("/pelatihan/" + w.id(), HttpStatus.SEE_OTHER);
    }

    /**
     * The workshop in the path, when the trainer asking created it; an admin may see any. Another
     * trainer's workshop answers 404, as if it did not exist.
     */
    Workshop mine(Context ctx) {
        User user = trainer(ctx);
        return store.find(ctx.pathParam("id"))
                .filter(w -> user.role() == Role.ADMIN || w.owner().equals(user.id()))
                .orElseThrow(NotFoundResponse::new);
    }

    private User trainer(Context ctx) {
        return users.requireRole(ctx, Role.TRAINER, Role.ADMIN);
    }

    /** Every practice task of the simulator's menus, as {@code <menu>/<task>} with what it asks. */
    private List<Map<String, Object>> tasks(Lang lang) {
        return menus.engines().stream().map(e -> e.menu())
                .sorted(java.util.Comparator.comparing(m -> m.id()))
                .flatMap(m -> m.tasks().stream().map(t -> Map.<String, Object>of("id", m.id() + "/" + t.id(),
                        "menu", m.title().in(lang), "prompt", t.prompt().in(lang))))
                .toList();
    }

    private String state(Workshop w, Lang lang) {
        return messages.get(lang, "workshop.state." + w.state().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Where this server is reached from, as the room's phones must use it: the request's own host. */
    static String origin(Context ctx) {
        return ctx.scheme() + "://" + ctx.host();
    }
}
