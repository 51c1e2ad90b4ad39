package id.serambi.workshop.join;

import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.web.Cookies;
import id.serambi.web.Pages;
import id.serambi.web.Visitor;
import id.serambi.workshop.certificate.Certificates;
import id.serambi.workshop.model.ItemTitles;
import id.serambi.workshop.model.JoinCode;
import id.serambi.workshop.model.Participant;
import id.serambi.workshop.model.RateLimit;
import id.serambi.workshop.model.Workshop;
import id.serambi.workshop.store.SeatToken;
import id.serambi.workshop.store.WorkshopStore;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The participant's side: type a code, give a name and a group, wait for the trainer. The phone keeps
 * its seat in the {@value #SeatToken.COOKIE} cookie, so coming back to the code's page returns to the same
 * seat; a cookie that names no seat of this workshop is ignored, and its bearer joins as anyone new.
 *
 * <p>An address that typed too many unknown codes is refused every code for a while, so that a
 * refusal says nothing about whether a code exists; only a phone already seated in the workshop
 * passes. Real codes are not counted: a whole room may join from behind one address.
 */
public final class JoinController {

    /** The join form's key field: a join re-sent with the same key keeps the seat it took. */
    static final String JOIN_KEY = "gabung";

    private final WorkshopStore store;
    private final RateLimit wrongCodes;
    private final JoinPages shown;
    private final Messages messages;
    private final Clock clock;
    private final SecureRandom random;

    public JoinController(WorkshopStore store, ItemTitles titles, RateLimit wrongCodes, Pages pages, Messages messages,
                          Clock clock, SecureRandom random, Certificates certificates) {
        this.store = store;
        this.wrongCodes = wrongCodes;
        this.shown = new JoinPages(store, titles, certificates, pages);
        this.messages = messages;
        this.clock = clock;
        this.random = random;
    }

    public void codeForm(Context ctx) {
        shown.code(ctx, "", null);
    }

    public void enterCode(Context ctx) {
        String typed = Optional.ofNullable(ctx.formParam("kode")).orElse("");
        Optional<JoinCode> code = JoinCode.parse(typed);
        if (code.isEmpty()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            shown.code(ctx, typed, messages.get(Visitor.of(ctx).lang(), "workshop.join.code.malformed",
                    JoinCode.LENGTH));
            return;
        }
        ctx.redirect("/ikut/" + code.get().value(), HttpStatus.SEE_OTHER);
    }

    public void nameForm(Context ctx) {
        withWorkshop(ctx, w -> {
            if (seatIn(ctx, w).isPresent()) {
                ctx.redirect(waiting(w), HttpStatus.SEE_OTHER);
            } else if (store.seated(w.id()) >= w.capacity()) {
                refuse(ctx, w, HttpStatus.CONFLICT, "workshop.join.full");
            } else {
                namePage(ctx, w, "", "", Map.of(), "");
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
                namePage(ctx, w, typedName, typedGroup, errors, "");
                return;
            }
            String token = SeatToken.random(random);
            WorkshopStore.Joining joining = store.join(w.id(), name.get(), group.get(), token,
                    postedJoinKey(ctx).map(SeatToken::hash), Visitor.of(ctx).learnerId(), Instant.now(clock));
            if (joining instanceof WorkshopStore.Joining.Joined) {
                Cookies.set(ctx, SeatToken.COOKIE, token, SeatToken.COOKIE_SECONDS);
                ctx.redirect(waiting(w), HttpStatus.SEE_OTHER);
            } else if (joining instanceof WorkshopStore.Joining.Full) {
                refuse(ctx, w, HttpStatus.CONFLICT, "workshop.join.full");
            } else {
                refuse(ctx, w, HttpStatus.GONE, "workshop.join.closed");
            }
        });
    }

    /** The seat's page; a phone with no seat in the workshop goes to its join form. */
    public void waitingPage(Context ctx) {
        withWorkshopAnyState(ctx, w -> {
            Optional<Participant> seat = seatIn(ctx, w);
            if (seat.isEmpty()) {
                ctx.redirect("/ikut/" + w.code().orElseThrow().value(), HttpStatus.SEE_OTHER);
                return;
            }
            shown.waiting(ctx, w, seat.get(), Visitor.of(ctx).lang());
        });
    }

    void withWorkshop(Context ctx, java.util.function.Consumer<Workshop> then) {
        withWorkshopAnyState(ctx, w -> {
            if (!w.isOpen()) {
                refuse(ctx, w, HttpStatus.GONE, "workshop.join.closed");
            } else {
                then.accept(w);
            }
        });
    }

    /** Finds the workshop of the code in the path; a code typed in another form goes to its plain form. */
    void withWorkshopAnyState(Context ctx, java.util.function.Consumer<Workshop> then) {
        String raw = ctx.pathParam("code");
        Optional<JoinCode> code = JoinCode.parse(raw);
        if (code.isPresent() && !code.get().value().equals(raw) && ctx.method().name().equals("GET")) {
            ctx.redirect("/ikut/" + code.get().value() + ctx.path().substring(("/ikut/" + raw).length()),
                    HttpStatus.SEE_OTHER);
            return;
        }
        Optional<Workshop> workshop = code.flatMap(store::findByCode);
        Optional<Duration> wait = wrongCodes.wait(ctx.ip());
        if (wait.isPresent() && workshop.flatMap(w -> seatIn(ctx, w)).isEmpty()) {
            tooMany(ctx, wait.get(), "room.limit.codes");
            return;
        }
        if (workshop.isEmpty()) {
            wrongCodes.note(ctx.ip());
            // 422 rather than 404: the product's 404 page would replace the form to try again
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            shown.code(ctx, raw, messages.get(Visitor.of(ctx).lang(), "workshop.join.code.unknown",
                    code.map(JoinCode::shown).orElse(raw)));
            return;
        }
        then.accept(workshop.get());
    }

    /** Refuses with 429, saying in whole minutes how long to wait, at least one. */
    void tooMany(Context ctx, Duration wait, String key) {
        long seconds = Math.max(1, wait.toSeconds());
        ctx.status(HttpStatus.TOO_MANY_REQUESTS);
        ctx.header("Retry-After", Long.toString(seconds));
        shown.code(ctx, "", messages.get(Visitor.of(ctx).lang(), key, (seconds + 59) / 60));
    }

    Optional<Participant> seatIn(Context ctx, Workshop w) {
        return store.seat(ctx.cookie(SeatToken.COOKIE), Visitor.of(ctx).learnerId(), Instant.now(clock)).filter(p -> p.workshop().equals(w.id()));
    }

    private void refuse(Context ctx, Workshop w, HttpStatus status, String key) {
        ctx.status(status);
        shown.code(ctx, "", messages.get(Visitor.of(ctx).lang(), key, w.title()));
    }

    /**
     * The join form, and below it the form to rejoin from another phone, with {@code again} typed there.
     * The form carries a join key: the one it was posted with when it is shown again, else a new one.
     */
    void namePage(Context ctx, Workshop w, String name, String group, Map<String, String> errors, String again) {
        shown.name(ctx, w, name, group, errors, again, postedJoinKey(ctx).orElseGet(() -> SeatToken.random(random)));
    }

    /** The key a join form was posted with, when it is one this server made. */
    private static Optional<String> postedJoinKey(Context ctx) {
        return Optional.ofNullable(ctx.formParam(JOIN_KEY)).filter(SeatToken::wellFormed);
    }

    private static String waiting(Workshop w) {
        return waiting(w.code().orElseThrow());
    }

    /** The page a seat of the workshop with {@code code} waits on for the trainer. */
    static String waiting(JoinCode code) {
        return "/ikut/" + code.value() + "/tunggu";
    }
}
