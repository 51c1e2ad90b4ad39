package id.serambi.workshop.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.serambi.i18n.Lang;
import id.serambi.web.Visitor;
import id.serambi.workshop.model.JoinCode;
import id.serambi.workshop.model.Workshop;
import id.serambi.workshop.store.RoomReads;
import id.serambi.workshop.store.SeatToken;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.sse.SseClient;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The room as it changes: a stream of server-sent events, and the same snapshot as JSON for
 * phones that cannot keep a stream open and poll instead. Participants ask under their join code
 * and must hold a seat of that workshop; the trainer who owns the workshop (or an admin) asks under
 * its id. Anyone else gets 404, before any stream starts.
 */
public final class LiveController {
    private final RoomReads reads;
    private final RoomPulse pulse;
    private final LiveHub hub;
    private final Function<Context, Workshop> owned;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    LiveController(RoomReads reads, RoomPulse pulse, LiveHub hub, Function<Context, Workshop> owned, Clock clock) {
        this.reads = reads;
        this.pulse = pulse;
        this.hub = hub;
        this.owned = owned;
        this.clock = clock;
    }

    public void participantStream(Context ctx) {
        RoomReads.Seat seat = seat(ctx);
        stream(ctx, seat.workshopId(), Optional.of(seat.participantId()));
    }

    /** The snapshot for polling; a poll notes the seat as seen, at most every {@link LiveHub#TOUCH}. */
    public void participantState(Context ctx) {
        RoomReads.Seat seat = seat(ctx);
        Instant now = Instant.now(clock);
        if (!now.isBefore(seat.lastSeen().plus(LiveHub.TOUCH))) {
            reads.touch(List.of(seat.participantId()), now);
        }
        state(ctx, seat.workshopId());
    }

    public void trainerStream(Context ctx) {
        stream(ctx, owned.apply(ctx).id(), Optional.empty());
    }

    public void trainerState(Context ctx) {
        state(ctx, owned.apply(ctx).id());
    }

    /**
     * Starts the event stream on the request's own thread and leaves it waiting, without a thread,
     * for the hub to write. Javalin's {@code SseHandler} would first hand it to its async pool, whose
     * idle threads outlive the server for a minute.
     */
    private void stream(Context ctx, String workshopId, Optional<String> seat) {
        Lang lang = Visitor.of(ctx).lang();
        HttpServletResponse res = ctx.res();
        res.setStatus(200);
        res.setCharacterEncoding("UTF-8");
        res.setContentType("text/event-stream");
        res.setHeader("Cache-Control", "no-cache");
        // tells a reverse proxy (nginx) to pass each event on at once
        res.setHeader("X-Accel-Buffering", "no");
        try {
            res.flushBuffer();
        } catch (IOException e) {
            return; // gone already
        }
        SseClient client = new SseClient(ctx);
        client.keepAlive();
        client.onClose(hub.listen(workshopId, lang, seat, new Sse(client)));
    }

    private void state(Context ctx, String workshopId) {
        RoomSnapshot room = pulse.read(workshopId).orElseThrow(NotFoundResponse::new);
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/json; charset=utf-8");
        try {
            ctx.result(json.writeValueAsString(room.json(Visitor.of(ctx).lang())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a room snapshot is plain data", e);
        }
    }

    /** The seat the phone's cookie holds in the workshop of the code in the path. */
    private RoomReads.Seat seat(Context ctx) {
        Optional<JoinCode> code = JoinCode.parse(ctx.pathParam("code"));
        return reads.seat(ctx.cookie(SeatToken.COOKIE))
                .filter(s -> code.isPresent() && s.code().equals(code))
                .orElseThrow(NotFoundResponse::new);
    }

    /** A server-sent event stream as the hub writes to it. */
    private record Sse(SseClient client) implements LiveHub.Listener {
        @Override
        public boolean send(String event, String data) {
            client.sendEvent(event, data);
            return !client.terminated();
        }

        @Override
        public boolean comment(String text) {
            client.sendComment(text);
            return !client.terminated();
        }

        @Override
        public void close() {
            client.close();
        }
    }
}
