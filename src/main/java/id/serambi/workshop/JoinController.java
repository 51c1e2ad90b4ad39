package id.serambi.workshop;

import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.quiz.QuizCatalog;
import id.serambi.web.Cookies;
import id.serambi.web.Pages;
import id.serambi.web.Visitor;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The participant's side: type a code, give a name and a group, wait for the trainer. The phone keeps
 * its seat in the {@value #COOKIE} cookie, so coming back to the code's page returns to the same
 * seat; a cookie that names no seat of this workshop is ignored, and its bearer joins as anyone new.
 */
public final class JoinController {
    public static final String COOKIE = "serambi_peserta";
    /** A workshop lasts a day or two; a week covers a session continued after a weekend. */
    static final int SEAT_SECONDS = 7 * 24 * 3600;

    private final WorkshopStore store;
    private final QuizCatalog quizzes;
    private final Pages pages;
    private final Messages messages;
    private final Clock clock;
    private final SecureRandom random;
    private final Certificates certificates;

    public JoinController(WorkshopStore store, QuizCatalog quizzes, Pages pages, Messages messages, Clock clock,
                          SecureRandom random, Certificates certificates) {
        this.certificates = certificates;
        this.store = store;
        this.quizzes = quizzes;
        this.pages = pages;
        this.messages = messages;
        this.clock = clock;
        this.random = random;
    }

    public void codeForm(Context ctx) {
        codePage(ctx, "", null);
    }

    public void enterCode(Context ctx) {
        String typed = Optional.ofNullable(ctx.formParam("kode")).orElse("");
        Optional<JoinCode> code = JoinCode.parse(typed);
        if (code.isEmpty()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            codePage(ctx, typed, messages.get(Visitor.of(ctx).lang(), "workshop.join.code.malformed",
                    JoinCode.LENGTH));
            return;
        }
        ctx.redirect("/ikut/" + code.get().value(), HttpStatus.SEE_OTHER);
    }

    public void nameForm(Context ctx) {
        withWorkshop(ctx, w -> {
            if (seatIn(ctx, w).isPresent()) {
                ctx.redirect(waiting(w), HttpStatus.SEE_OTHER);
            } else if (store.roster(w.id()).size() >= w.capacity()) {
                refuse(ctx, w, HttpStatus.CONFLICT, "workshop.join.full");
            } else {
                namePage(ctx, w, "", "", Map.of());
            }
        });
    }

    public void join(Context ctx) {
        withWorkshop(ctx, w -> {
            if (seatIn(ctx, w).isPresent()) {
                ctx.redirect(waiting(w), HttpStatus.SEE_OTHER);
                return;
            }
            Lang lang = Visitor.of(ctx).lang();
            String typedName = Optional.ofNullable(ctx.formParam("nama")).orElse("");
            String typedGroup = Optional.ofNullable(ctx.formParam("kelompok")).orElse("");
            Optional<String> name = Participant.cleanName(typedName);
            Optional<Participant.Group> group = Participant.Group.parse(typedGroup);
            if (name.isEmpty() || group.isEmpty()) {
                Map<String, String> errors = new HashMap<>();
                name.ifPresentOrElse(n -> { }, () -> errors.put("nama",
                        messages.get(lang, "workshop.join.name.invalid", Participant.MAX_NAME)));
                group.ifPresentOrElse(g -> { }, () -> errors.put("kelompok", messages.get(lang, "workshop.join.group.missing")));
                ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
                namePage(ctx, w, typedName, typedGroup, errors);
                return;
            }
            String token = SeatToken.random(random);
            WorkshopStore.Joining joining = store.join(w.id(), name.get(), group.get(), token, Instant.now(clock));
            if (joining instanceof WorkshopStore.Joining.Joined) {
                Cookies.set(ctx, COOKIE, token, SEAT_SECONDS);
                ctx.redirect(waiting(w), HttpStatus.SEE_OTHER);
            } else if (joining instanceof WorkshopStore.Joining.Full) {
                refuse(ctx, w, HttpStatus.CONFLICT, "workshop.join.full");
            } else {
                refuse(ctx, w, HttpStatus.GONE, "workshop.join.closed");
            }
        });
    }

    /** The seat's page: who they are, and what the trainer opened for the room, if anything. */
    public void waitingPage(Context ctx) {
        withWorkshopAnyState(ctx, w -> {
            Optional<Participant> seat = seatIn(ctx, w);
            if (seat.isEmpty()) {
                ctx.redirect("/ikut/" + w.code().orElseThrow().value(), HttpStatus.SEE_OTHER);
                return;
            }
            Lang lang = Visitor.of(ctx).lang();
            Map<String, Object> model = new HashMap<>();
            model.put("w", w);
            model.put("name", store.roster(w.id()).shownName(seat.get().id()));
            model.put("closed", w.state() == Workshop.State.CLOSED);
            w.openItem().ifPresent(item -> {
                model.put("itemTitle", quizzes.find(item).map(q -> q.title().in(lang)).orElse(item));
                model.put("itemUrl", "/kuis/" + item);
            });
            certificates.linkFor(w, seat.get()).ifPresent(url -> model.put("certificateUrl", url));
            model.put("pageStyle", WorkshopController.STYLE);
            pages.render(ctx, "workshop/waiting", model);
        });
    }

    private void withWorkshop(Context ctx, java.util.function.Consumer<Workshop> then) {
        withWorkshopAnyState(ctx, w -> {
            if (!w.isOpen()) {
                refuse(ctx, w, HttpStatus.GONE, "workshop.join.closed");
            } else {
                then.accept(w);
            }
        });
    }

    /** Finds the workshop of the code in the path; a code typed in another form goes to its plain form. */
    private void withWorkshopAnyState(Context ctx, java.util.function.Consumer<Workshop> then) {
        String raw = ctx.pathParam("code");
        Optional<JoinCode> code = JoinCode.parse(raw);
        if (code.isPresent() && !code.get().value().equals(raw) && ctx.method().name().equals("GET")) {
            ctx.redirect("/ikut/" + code.get().value() + ctx.path().substring(("/ikut/" + raw).length()),
                    HttpStatus.SEE_OTHER);
            return;
        }
        Optional<Workshop> workshop = code.flatMap(store::findByCode);
        if (workshop.isEmpty()) {
            // 422 rather than 404: the product's 404 page would replace the form to try again
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            codePage(ctx, raw, messages.get(Visitor.of(ctx).lang(), "workshop.join.code.unknown",
                    code.map(JoinCode::shown).orElse(raw)));
            return;
        }
        then.accept(workshop.get());
    }

    private Optional<Participant> seatIn(Context ctx, Workshop w) {
        return store.seat(ctx.cookie(COOKIE), Instant.now(clock)).filter(p -> p.workshop().equals(w.id()));
    }

    private void refuse(Context ctx, Workshop w, HttpStatus status, String key) {
        ctx.status(status);
        codePage(ctx, "", messages.get(Visitor.of(ctx).lang(), key, w.title()));
    }

    private void codePage(Context ctx, String typed, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("typed", typed);
        model.put("length", JoinCode.LENGTH);
        if (error != null) {
            model.put("error", error);
        }
        model.put("pageStyle", WorkshopController.STYLE);
        model.put("path", "/ikut");
        pages.render(ctx, "workshop/code", model);
    }

    private void namePage(Context ctx, Workshop w, String name, String group, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("w", w);
        model.put("action", "/ikut/" + w.code().orElseThrow().value());
        model.put("name", name);
        model.put("group", group);
        model.put("errors", errors);
        model.put("maxName", Participant.MAX_NAME);
        model.put("pageStyle", WorkshopController.STYLE);
        pages.render(ctx, "workshop/join", model);
    }

    private static String waiting(Workshop w) {
        return "/ikut/" + w.code().orElseThrow().value() + "/tunggu";
    }
}
