package id.serambi.workshop.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.serambi.i18n.Lang;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Sends each workshop's room to the phones and projectors that listen to it. One thread reads the
 * snapshot of every workshop that has listeners every {@link #TICK}, once for all its listeners,
 * and sends it to those that have not had that version yet. It reads the database rather than
 * waiting for a signal from the trainer's request, so a trainer served by another server process on
 * the same database is followed all the same; a change made through this process {@link #wake}s it,
 * so the room follows at once rather than at the next tick. Listeners hold no thread: a connection waits in the
 * server's asynchronous mode until the hub writes to it.
 */
public final class LiveHub implements AutoCloseable {
    static final Duration TICK = Duration.ofMillis(500);
    /** How soon the rooms are read after an answer is sent: answers that come within it share one read. */
    static final Duration SOON = Duration.ofMillis(150);
    /** Proxies and phones drop a connection that stays silent for long; a comment line keeps it open. */
    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    /** How often a listening seat is noted as seen: well inside {@link RoomPulse#CONNECTED}. */
    static final Duration TOUCH = Duration.ofSeconds(10);
    static final String EVENT = "keadaan";
    private static final Logger LOG = LoggerFactory.getLogger(LiveHub.class);

    /** Where the hub writes: a server-sent event stream, or a list in tests. */
    public interface Listener {
        /** Sends one event; false once the connection is gone. */
        boolean send(String event, String data);

        /** Sends a comment line, which the browser ignores; false once the connection is gone. */
        boolean comment(String text);

        void close();
    }

    /** One listener of one workshop: its language, its seat (none for the trainer) and what it last had. */
    private static final class Subscriber {
        final Listener listener;
        final Lang lang;
        final Optional<String> seat;
        volatile String sent;

        Subscriber(Listener listener, Lang lang, Optional<String> seat) {
            this.listener = listener;
            this.lang = lang;
            this.seat = seat;
        }
    }

    private final Function<String, Optional<RoomSnapshot>> rooms;
    private final BiConsumer<List<String>, Instant> touch;
    private final Clock clock;
    private final Duration tick;
    private final AtomicBoolean woken = new AtomicBoolean();
    private final AtomicBoolean due = new AtomicBoolean();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Set<Subscriber>> listeners = new ConcurrentHashMap<>();
    private final Map<String, Instant> touched = new ConcurrentHashMap<>();
    private Instant lastBeat;
    private ScheduledExecutorService timer;

    /**
     * @param rooms reads a workshop's snapshot, empty when it no longer exists
     * @param touch notes seats as seen at an instant
     */
    public LiveHub(Function<String, Optional<RoomSnapshot>> rooms, BiConsumer<List<String>, Instant> touch,
                   Clock clock) {
        this(rooms, touch, clock, TICK);
    }

    /** @param tick how long the hub waits between reads when nothing wakes it */
    LiveHub(Function<String, Optional<RoomSnapshot>> rooms, BiConsumer<List<String>, Instant> touch, Clock clock,
            Duration tick) {
        this.rooms = rooms;
        this.touch = touch;
        this.clock = clock;
        this.tick = tick;
        this.lastBeat = Instant.now(clock);
    }

    public synchronized void start() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "serambi-live");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleWithFixedDelay(this::tickSafely, tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Reads the rooms now, on the hub's thread, rather than at the next tick: after this process
     * changed a room. Several wakes before that read are one read.
     */
    public synchronized void wake() {
        if (timer != null && woken.compareAndSet(false, true)) {
            timer.execute(() -> {
                woken.set(false);
                tickSafely();
            });
        }
    }

    /**
     * Reads the rooms within {@link #SOON} rather than at the next tick: after an answer was sent in
     * a room. A room answering many times a second is read at most once in that time, so the
     * projector counts an answer within about {@code SOON} plus one read, and the hub is never kept
     * reading without pause.
     */
    public synchronized void soon() {
        if (timer != null && due.compareAndSet(false, true)) {
            timer.schedule(() -> {
                due.set(false);
                tickSafely();
            }, SOON.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Adds a listener to a workshop; it gets the room at the next tick. Returns what removes it,
     * for the connection's close.
     */
    public Runnable listen(String workshopId, Lang lang, Optional<String> seat, Listener listener) {
        Subscriber s = new Subscriber(listener, lang, seat);
        listeners.compute(workshopId, (id, set) -> {
            Set<Subscriber> all = set == null ? ConcurrentHashMap.newKeySet() : set;
            all.add(s);
            return all;
        });
        return () -> remove(workshopId, s);
    }

    /** How many listen to a workshop now. */
    public int listening(String workshopId) {
        return Optional.ofNullable(listeners.get(workshopId)).map(Set::size).orElse(0);
    }

    private void remove(String workshopId, Subscriber s) {
        listeners.computeIfPresent(workshopId, (id, set) -> {
            set.remove(s);
            return set.isEmpty() ? null : set;
        });
    }

    private void tickSafely() {
        try {
            tick();
        } catch (RuntimeException e) {
            // a failed read (the database busy or gone for a moment) must not stop the next ticks
            LOG.warn("Live room update failed", e);
        }
    }

    /** One round: read, send what changed, beat the heart, note the seats. */
    void tick() {
        Instant now = Instant.now(clock);
        boolean beat = !now.isBefore(lastBeat.plus(HEARTBEAT));
        if (beat) {
            lastBeat = now;
        }
        for (String workshopId : List.copyOf(listeners.keySet())) {
            Set<Subscriber> subscribers = listeners.get(workshopId);
            if (subscribers == null) {
                continue;
            }
            Optional<RoomSnapshot> room = rooms.apply(workshopId);
            if (room.isEmpty()) {
                subscribers.forEach(s -> {
                    s.listener.close();
                    remove(workshopId, s);
                });
                continue;
            }
            send(workshopId, room.get(), subscribers, beat);
            noteSeats(workshopId, subscribers, now);
        }
        touched.keySet().retainAll(listeners.keySet());
    }

    private void send(String workshopId, RoomSnapshot room, Set<Subscriber> subscribers, boolean beat) {
        String version = room.version();
        Map<Lang, String> data = new EnumMap<>(Lang.class);
        for (Subscriber s : subscribers) {
            boolean open;
            if (!version.equals(s.sent)) {
                open = s.listener.send(EVENT, data.computeIfAbsent(s.lang, lang -> write(room, lang)));
                s.sent = version;
            } else {
                open = !beat || s.listener.comment("detak");
            }
            if (!open) {
                remove(workshopId, s);
            }
        }
    }

    private void noteSeats(String workshopId, Set<Subscriber> subscribers, Instant now) {
        Instant last = touched.get(workshopId);
        if (last != null && now.isBefore(last.plus(TOUCH))) {
            return;
        }
        List<String> seats = new ArrayList<>();
        subscribers.forEach(s -> s.seat.ifPresent(seats::add));
        if (!seats.isEmpty()) {
            touch.accept(seats, now);
        }
        touched.put(workshopId, now);
    }

    private String write(RoomSnapshot room, Lang lang) {
        try {
            return json.writeValueAsString(room.json(lang));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a room snapshot is plain data", e);
        }
    }

    /** Stops the thread and ends every connection, so the server can stop at once. */
    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
        listeners.forEach((id, set) -> set.forEach(s -> s.listener.close()));
        listeners.clear();
    }
}
