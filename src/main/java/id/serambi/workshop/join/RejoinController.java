package id.serambi.workshop.join;

import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.web.Cookies;
import id.serambi.web.Pages;
import id.serambi.web.Visitor;
import id.serambi.workshop.model.Participant;
import id.serambi.workshop.model.Workshop;
import id.serambi.workshop.store.RejoinStore;
import id.serambi.workshop.store.SeatToken;
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
 * A participant whose seat is on another phone asks to sit in it again: they type their name, this
 * phone gets a fresh token and waits until the trainer lets it into a seat or refuses. Let in, its
 * token opens the seat, with the answers already given there.
 */
public final class RejoinController {
    private static final String STYLE = "/static/workshop.css";
    /** Requests from one address to one workshop within {@link #WINDOW}: a few per phone in a room. */
    static final int PER_ADDRESS = 10;
    /** Requests waiting for the trainer at once: more would only bury the trainer's page. */
    static final int PENDING = 50;
    static final Duration WINDOW = Duration.ofMinutes(10);
    /** The waiting page asks again this often, with no script. */
    static final int REFRESH_SECONDS = 5;

    private final JoinController joining;
    private final RejoinStore rejoins;
    private final Pages pages;
    private final Messages messages;
    private final Clock clock;
    private final SecureRandom random;

    public RejoinController(JoinController joining, RejoinStore rejoins, Pages pages, Messages messages, Clock clock,
                            SecureRandom random) {
        this.joining = joining;
        this.rejoins = rejoins;
        this.pages = pages;
        this.messages = messages;
        this.clock = clock;
        this.random = random;
    }

    public void ask(Context ctx) {
        joining.withWorkshop(ctx, w -> {
            if (joining.seatIn(ctx, w).isPresent()) {
                ctx.redirect(JoinController.waiting(w.code().orElseThrow()), HttpStatus.SEE_OTHER);
                return;
            }
            Lang lang = Visitor.of(ctx).lang();
            String typed = Optional.ofNullable(ctx.formParam("nama-lagi")).orElse("");
            Optional<String> name = Participant.cleanName(typed);
            if (name.isEmpty()) {
                ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
                joining.namePage(ctx, w, "", "", Map.of("nama-lagi",
                        messages.get(lang, "workshop.join.name.invalid", Participant.MAX_NAME)), typed);
                return;
            }
            Instant now = Instant.now(clock);
            if (rejoins.madeSince(w.id(), ctx.ip(), now.minus(WINDOW)) >= PER_ADDRESS
                    || rejoins.pendingCount(w.id()) >= PENDING) {
                joining.tooMany(ctx, WINDOW, "room.limit.rejoin");
                return;
            }
            String token = SeatToken.random(random);
            rejoins.ask(w.id(), name.get(), token, ctx.ip(), now);
            Cookies.set(ctx, SeatToken.COOKIE, token, SeatToken.COOKIE_SECONDS);
            ctx.redirect(page(w), HttpStatus.SEE_OTHER);
        });
    }

    /** Where the phone waits: approved, it goes to its seat; refused, it is told so and may join as new. */
    public void status(Context ctx) {
        joining.withWorkshopAnyState(ctx, w -> {
            if (joining.seatIn(ctx, w).isPresent()) {
                ctx.redirect(JoinController.waiting(w.code().orElseThrow()), HttpStatus.SEE_OTHER);
                return;
            }
            Optional<RejoinStore.Request> request = rejoins.byToken(ctx.cookie(SeatToken.COOKIE))
                    .filter(r -> r.workshopId().equals(w.id()));
            if (request.isEmpty()) {
                ctx.redirect("/ikut/" + w.code().orElseThrow().value(), HttpStatus.SEE_OTHER);
                return;
            }
            boolean pending = request.get().state() == RejoinStore.State.PENDING && w.isOpen();
            if (pending) {
                ctx.header("Refresh", Integer.toString(REFRESH_SECONDS));
            }
            Map<String, Object> model = new HashMap<>();
            model.put("w", w);
            model.put("name", request.get().name());
            model.put("pending", pending);
            model.put("refused", request.get().state() == RejoinStore.State.REFUSED);
            model.put("closed", !w.isOpen());
            model.put("joinUrl", "/ikut/" + w.code().orElseThrow().value());
            model.put("pageStyle", STYLE);
            pages.render(ctx, "workshop/join/rejoin", model);
        });
    }

    private static String page(Workshop w) {
        return "/ikut/" + w.code().orElseThrow().value() + "/lagi";
    }
}
