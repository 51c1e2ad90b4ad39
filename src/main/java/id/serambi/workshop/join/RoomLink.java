package id.serambi.workshop.join;

import id.serambi.workshop.model.Item;
import id.serambi.workshop.model.Workshop;
import id.serambi.workshop.store.RoomReads;
import id.serambi.workshop.store.SeatToken;
import io.javalin.http.Context;
import org.jdbi.v3.core.Jdbi;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the layout adds for a phone holding a seat of an open workshop: a {@code serambi-room} meta
 * element naming the room, the item open when the page was made and its address, which
 * {@code /static/room.js} reads to follow the trainer. The waiting page also refreshes itself when
 * scripts do not run, and says so when the trainer closed what the phone had open. A visitor
 * without the seat cookie costs nothing; one with it, one query by the token's unique hash.
 */
public final class RoomLink {
    /** Without scripts, the waiting page asks again this often (seconds). */
    static final int REFRESH_SECONDS = 10;

    private final RoomReads reads;

    public RoomLink(Jdbi jdbi) {
        this.reads = new RoomReads(jdbi);
    }

    /** The layout's model entries for this request; none for most visitors. */
    public Map<String, Object> extras(Context ctx) {
        String token = ctx.cookie(SeatToken.COOKIE);
        if (token == null) {
            return Map.of();
        }
        Optional<RoomReads.Seat> seat = reads.seat(token)
                .filter(s -> s.state() == Workshop.State.OPEN && s.code().isPresent());
        if (seat.isEmpty()) {
            return Map.of();
        }
        String base = "/ikut/" + seat.get().code().orElseThrow().value();
        Optional<Item> item = seat.get().openItem().flatMap(Item::parse);
        Map<String, Object> extras = new HashMap<>();
        extras.put("room", Map.of("base", base, "item", item.map(Item::code).orElse(""),
                "url", item.map(Item::url).orElse(""), "start", item.flatMap(Item::startUrl).orElse("")));
        if (ctx.path().equals(base + "/tunggu")) {
            extras.put("refresh", REFRESH_SECONDS);
            if (ctx.queryParam("ditutup") != null) {
                extras.put("roomItemClosed", true);
            }
        }
        return extras;
    }
}
