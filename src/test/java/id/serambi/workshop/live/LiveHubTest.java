package id.serambi.workshop.live;

import id.serambi.content.Text;
import id.serambi.i18n.Lang;
import id.serambi.support.HandClock;
import id.serambi.workshop.model.Item;
import id.serambi.workshop.model.Workshop;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hub without a server: listeners as lists, rooms from a map, time moved by hand. */
class LiveHubTest {
    private final Map<String, RoomSnapshot> rooms = new HashMap<>();
    private final Map<String, Integer> reads = new HashMap<>();
    private final List<List<String>> touches = new ArrayList<>();
    private final HandClock clock = new HandClock(Instant.parse("2026-03-02T02:00:00Z"));
    private final LiveHub hub = new LiveHub(id -> {
        reads.merge(id, 1, Integer::sum);
        return Optional.ofNullable(rooms.get(id));
    }, (seats, at) -> touches.add(List.copyOf(seats)), clock);

    private static RoomSnapshot room(String id, Optional<Item> item, int joined, int sent) {
        return new RoomSnapshot(id, Workshop.State.OPEN,
                item.map(i -> new RoomSnapshot.OpenItem(i, Text.of("Tes awal", "Pre-test"))), joined, joined, sent, 0);
    }

    @Test
    void a_workshop_is_read_once_per_tick_however_many_listen_and_each_listener_gets_each_version_once() {
        rooms.put("w1", room("w1", Optional.empty(), 2, 0));
        Recorder siti = new Recorder(), budi = new Recorder(), trainer = new Recorder();
        hub.listen("w1", Lang.ID, Optional.of("p1"), siti);
        hub.listen("w1", Lang.EN, Optional.of("p2"), budi);
        hub.listen("w1", Lang.ID, Optional.empty(), trainer);
        hub.tick();
        hub.tick();
        assertEquals(2, reads.get("w1"), "one read per tick, not one per listener");
        assertEquals(1, siti.events.size(), "the same version is not sent again");
        rooms.put("w1", room("w1", Optional.of(Item.quiz("tes-awal")), 2, 0));
        hub.tick();
        assertEquals(2, siti.events.size());
        assertTrue(siti.events.get(1).contains("\"code\":\"kuis:tes-awal\"") && siti.events.get(1).contains("Tes awal"));
        assertTrue(budi.events.get(1).contains("Pre-test"), "each listener reads the title in its language");
        assertEquals(2, trainer.events.size());
    }

    @Test
    void a_listener_whose_connection_is_gone_is_dropped_and_workshops_nobody_listens_to_are_not_read() {
        rooms.put("w1", room("w1", Optional.empty(), 1, 0));
        rooms.put("w2", room("w2", Optional.empty(), 1, 0));
        Recorder gone = new Recorder();
        gone.open = false;
        hub.listen("w1", Lang.ID, Optional.empty(), gone);
        hub.tick();
        assertEquals(0, hub.listening("w1"));
        hub.tick();
        assertEquals(1, reads.get("w1"), "read only while someone listened");
        assertEquals(null, reads.get("w2"));
    }

    @Test
    void removing_a_listener_stops_its_events() {
        rooms.put("w1", room("w1", Optional.empty(), 1, 0));
        Recorder siti = new Recorder();
        Runnable remove = hub.listen("w1", Lang.ID, Optional.empty(), siti);
        hub.tick();
        remove.run();
        rooms.put("w1", room("w1", Optional.empty(), 2, 0));
        hub.tick();
        assertEquals(1, siti.events.size());
        assertEquals(0, hub.listening("w1"));
    }

    @Test
    void a_quiet_room_gets_a_heartbeat_every_15_seconds_and_seats_are_noted_at_most_every_10() {
        rooms.put("w1", room("w1", Optional.empty(), 1, 0));
        Recorder siti = new Recorder();
        hub.listen("w1", Lang.ID, Optional.of("p1"), siti);
        hub.tick();
        assertEquals(List.of(List.of("p1")), touches, "noted when it starts listening");
        clock.advance(Duration.ofSeconds(9));
        hub.tick();
        assertEquals(1, touches.size(), "not again within 10 s");
        assertEquals(0, siti.comments);
        clock.advance(Duration.ofSeconds(6));
        hub.tick();
        // 15 s after the hub started: one heartbeat; 15 s after the first note: a second note
        assertEquals(1, siti.comments);
        assertEquals(2, touches.size());
        assertEquals(1, siti.events.size(), "a heartbeat is not an event");
    }

    @Test
    void a_workshop_that_no_longer_exists_ends_its_listeners_and_closing_the_hub_ends_all() {
        Recorder orphan = new Recorder(), other = new Recorder();
        hub.listen("gone", Lang.ID, Optional.empty(), orphan);
        rooms.put("w1", room("w1", Optional.empty(), 1, 0));
        hub.listen("w1", Lang.ID, Optional.empty(), other);
        hub.tick();
        assertTrue(orphan.closed);
        assertEquals(0, hub.listening("gone"));
        hub.close();
        assertTrue(other.closed);
        assertEquals(0, hub.listening("w1"));
    }

    @Test
    void a_wake_reads_the_rooms_at_once_without_waiting_for_the_tick() throws InterruptedException {
        java.util.concurrent.BlockingQueue<String> events = new java.util.concurrent.LinkedBlockingQueue<>();
        Map<String, RoomSnapshot> live = new java.util.concurrent.ConcurrentHashMap<>();
        live.put("w1", room("w1", Optional.empty(), 1, 0));
        // a tick of an hour: whatever arrives within the test came from a wake
        LiveHub slow = new LiveHub(id -> Optional.ofNullable(live.get(id)), (seats, at) -> { }, clock, Duration.ofHours(1));
        slow.wake();
        slow.listen("w1", Lang.ID, Optional.empty(), collecting(events));
        assertEquals(null, events.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS), "a hub not started does nothing");
        slow.start();
        try {
            live.put("w1", room("w1", Optional.of(Item.quiz("tes-awal")), 1, 0));
            slow.wake();
            String event = events.poll(10, java.util.concurrent.TimeUnit.SECONDS);
            assertTrue(event != null && event.contains("\"code\":\"kuis:tes-awal\""), String.valueOf(event));
        } finally {
            slow.close();
        }
    }

    @Test
    void answers_sent_close_together_share_one_read_soon_after() throws InterruptedException {
        java.util.concurrent.BlockingQueue<String> events = new java.util.concurrent.LinkedBlockingQueue<>();
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        Map<String, RoomSnapshot> live = new java.util.concurrent.ConcurrentHashMap<>();
        live.put("w1", room("w1", Optional.of(Item.quiz("tes-awal")), 1, 0));
        LiveHub slow = new LiveHub(id -> {
            reads.incrementAndGet();
            return Optional.ofNullable(live.get(id));
        }, (seats, at) -> { }, clock, Duration.ofHours(1));
        slow.listen("w1", Lang.ID, Optional.empty(), collecting(events));
        slow.start();
        try {
            for (int i = 0; i < 20; i++) {
                slow.soon();
            }
            String event = events.poll(10, java.util.concurrent.TimeUnit.SECONDS);
            assertTrue(event != null && event.contains("\"code\":\"kuis:tes-awal\""), String.valueOf(event));
            Thread.sleep(3 * LiveHub.SOON.toMillis());
            assertEquals(1, reads.get(), "twenty answers in a burst are one read");
            slow.soon();
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
            while (reads.get() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(2, reads.get(), "a later answer is read again");
        } finally {
            slow.close();
        }
    }

    /** A listener that puts every event's data in {@code events}. */
    private static LiveHub.Listener collecting(java.util.Queue<String> events) {
        return new LiveHub.Listener() {
            @Override
            public boolean send(String event, String data) {
                events.add(data);
                return true;
            }

            @Override
            public boolean comment(String text) {
                return true;
            }

            @Override
            public void close() {
            }
        };
    }

    private static final class Recorder implements LiveHub.Listener {
        final List<String> events = new ArrayList<>();
        int comments;
        boolean open = true;
        boolean closed;

        @Override
        public boolean send(String event, String data) {
            assertEquals(LiveHub.EVENT, event);
            events.add(data);
            return open;
        }

        @Override
        public boolean comment(String text) {
            comments++;
            return open;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

}
