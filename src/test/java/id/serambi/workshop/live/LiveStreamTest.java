package id.serambi.workshop.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.serambi.account.CurrentUser;
import id.serambi.support.Http;
import id.serambi.support.TestApp;
import id.serambi.workshop.model.Item;
import id.serambi.workshop.store.SeatToken;
import id.serambi.workshop.store.WorkshopStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The event streams over a real connection: what a phone and a projector receive, and how soon. */
class LiveStreamTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestApp app;
    private static WorkshopStore store;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        store = new WorkshopStore(app.database().jdbi(), new SecureRandom());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** An open event stream: the data of each event as it arrives. */
    private static final class EventStream implements AutoCloseable {
        final BlockingQueue<String> data = new LinkedBlockingQueue<>();
        final HttpResponse<java.util.stream.Stream<String>> response;
        private final CompletableFuture<Void> reading;

        EventStream(String path, String cookie, String value) throws Exception {
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(URI.create(app.url(path)))
                    .header("Accept", "text/event-stream").header("Cookie", cookie + "=" + value).GET().build();
            response = client.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).get(5, TimeUnit.SECONDS);
            reading = CompletableFuture.runAsync(() -> response.body()
                    .filter(line -> line.startsWith("data: ")).forEach(line -> data.add(line.substring(6))));
        }

        JsonNode next() throws Exception {
            String event = data.poll(2, TimeUnit.SECONDS);
            assertNotNull(event, "an event within 2 s");
            return JSON.readTree(event);
        }

        @Override
        public void close() {
            reading.cancel(true);
            response.body().close();
        }
    }

    @Test
    void a_phone_s_stream_sends_the_room_at_once_and_the_trainer_s_opened_item_within_2_seconds() throws Exception {
        LivePagesTest.Room room = LivePagesTest.openRoom(app);
        Http siti = LivePagesTest.join(app, room, "Siti");
        try (EventStream stream = new EventStream(room.participants() + "/langsung", SeatToken.COOKIE,
                siti.cookie(SeatToken.COOKIE))) {
            assertEquals(200, stream.response.statusCode());
            assertTrue(stream.response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
            JsonNode first = stream.next();
            assertTrue(first.path("item").isNull());
            assertEquals(1, first.path("joined").asInt());

            long opened = System.nanoTime();
            store.openItem(room.id(), Optional.of(Item.quiz("tes-awal").code()), Instant.now());
            JsonNode next = stream.next();
            long millis = Duration.ofNanos(System.nanoTime() - opened).toMillis();
            assertEquals("kuis:tes-awal", next.path("item").path("code").asText());
            assertEquals("/kuis/tes-awal", next.path("item").path("url").asText());
            assertTrue(millis < 2000, "followed in " + millis + " ms");

            store.openItem(room.id(), Optional.empty(), Instant.now());
            assertTrue(stream.next().path("item").isNull(), "closing the item is sent too");
        }
    }

    @Test
    void the_trainer_s_stream_follows_joins_and_two_listeners_get_the_same_version() throws Exception {
        LivePagesTest.Room room = LivePagesTest.openRoom(app);
        String session = room.trainer().cookie(CurrentUser.COOKIE);
        try (EventStream projector = new EventStream(room.page() + "/langsung", CurrentUser.COOKIE, session);
             EventStream laptop = new EventStream(room.page() + "/langsung", CurrentUser.COOKIE, session)) {
            assertEquals(0, projector.next().path("joined").asInt());
            laptop.next();
            LivePagesTest.join(app, room, "Budi");
            JsonNode a = projector.next();
            JsonNode b = laptop.next();
            assertEquals(1, a.path("joined").asInt());
            assertEquals(a.path("version").asText(), b.path("version").asText());
        }
    }
}
