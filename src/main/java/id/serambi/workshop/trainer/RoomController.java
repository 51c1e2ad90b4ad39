package id.serambi.workshop.trainer;

import id.serambi.account.Accounts;
import id.serambi.account.CurrentUser;
import id.serambi.account.User;
import id.serambi.workshop.model.Agenda;
import id.serambi.workshop.model.Item;
import id.serambi.workshop.model.Workshop;
import id.serambi.workshop.store.RejoinStore;
import id.serambi.workshop.store.RoomStore;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The trainer runs the room: opens and closes items for the participants, and answers the phones
 * asking to rejoin a seat. Every change is noted in the audit log; a refused one shows the
 * trainer's page again with the reason.
 */
public final class RoomController {
    private final WorkshopController workshops;
    private final RoomStore room;
    private final RejoinStore rejoins;
    private final CurrentUser users;
    private final Accounts accounts;
    private final Runnable changed;
    private final Clock clock;

    /** @param changed tells the live room that a room changed, so its phones follow at once */
    public RoomController(WorkshopController workshops, RoomStore room, RejoinStore rejoins, CurrentUser users,
                          Accounts accounts, Runnable changed, Clock clock) {
        this.workshops = workshops;
        this.changed = changed;
        this.room = room;
        this.rejoins = rejoins;
        this.users = users;
        this.accounts = accounts;
        this.clock = clock;
    }

    public void openItem(Context ctx) {
        change(ctx, true);
    }

    public void closeItem(Context ctx) {
        change(ctx, false);
    }

    private void change(Context ctx, boolean open) {
        Workshop w = workshops.mine(ctx);
        String posted = Optional.ofNullable(ctx.formParam("item")).orElse("");
        Optional<Item> item = Agenda.of(w).find(posted);
        if (item.isEmpty()) {
            workshops.refuse(ctx, w, HttpStatus.BAD_REQUEST, "room.item.unknown");
            return;
        }
        Instant now = Instant.now(clock);
        RoomStore.Change done = open ? room.open(w.id(), item.get(), now) : room.close(w.id(), item.get(), now);
        if (done == RoomStore.Change.NOT_OPEN) {
            workshops.refuse(ctx, w, HttpStatus.CONFLICT, "room.item.notopen");
            return;
        }
        changed.run();
        accounts.record(trainer(ctx), open ? "room.item.open" : "room.item.close", w.title(), item.get().code());
        back(ctx, w);
    }

    public void approve(Context ctx) {
        Workshop w = workshops.mine(ctx);
        String request = Optional.ofNullable(ctx.formParam("permintaan")).orElse("");
        String seat = Optional.ofNullable(ctx.formParam("peserta")).orElse("");
        if (!w.isOpen()) {
            workshops.refuse(ctx, w, HttpStatus.CONFLICT, "room.rejoin.notopen");
        } else if (seat.isEmpty()) {
            workshops.refuse(ctx, w, HttpStatus.UNPROCESSABLE_CONTENT, "room.rejoin.choose");
        } else if (!rejoins.approve(w.id(), request, seat, Instant.now(clock))) {
            workshops.refuse(ctx, w, HttpStatus.CONFLICT, "room.rejoin.gone");
        } else {
            accounts.record(trainer(ctx), "room.rejoin.approve", w.title(), shownName(w, seat));
            back(ctx, w);
        }
    }

    public void refuse(Context ctx) {
        Workshop w = workshops.mine(ctx);
        String request = Optional.ofNullable(ctx.formParam("permintaan")).orElse("");
        Optional<RejoinStore.Request> asked = rejoins.pending(w.id()).stream()
                .filter(r -> r.id().equals(request)).findFirst();
        if (asked.isEmpty() || !rejoins.refuse(w.id(), request, Instant.now(clock))) {
            workshops.refuse(ctx, w, HttpStatus.CONFLICT, "room.rejoin.gone");
            return;
        }
        accounts.record(trainer(ctx), "room.rejoin.refuse", w.title(), asked.get().name());
        back(ctx, w);
    }

    private String shownName(Workshop w, String participantId) {
        return workshops.roster(w).shownName(participantId);
    }

    private User trainer(Context ctx) {
        return users.signedIn(ctx);
    }

    private static void back(Context ctx, Workshop w) {
        ctx.redirect("/pelatihan/" + w.id(), HttpStatus.SEE_OTHER);
    }
}
