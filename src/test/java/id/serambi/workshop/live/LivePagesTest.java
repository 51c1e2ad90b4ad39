package id.serambi.workshop.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.serambi.account.Role;
import id.serambi.quiz.model.Answer;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.take.AttemptRow;
import id.serambi.quiz.take.QuizStore;
import id.serambi.support.Http;
import id.serambi.support.TestApp;
import id.serambi.workshop.model.Item;
import id.serambi.workshop.model.Participant;
import id.serambi.workshop.store.WorkshopStore;
import id.serambi.workshop.trainer.RoomPagesTest;
import id.serambi.workshop.trainer.WorkshopPagesTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The room's snapshot as JSON, the projector, the layout's room link and who may see them, over HTTP. */
public class LivePagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestApp app;
    private static WorkshopStore store;
    private static QuizStore quizzes;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        store = new WorkshopStore(app.database().jdbi(), new SecureRandom());
        quizzes = new QuizStore(app.database().jdbi());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** A trainer's open workshop: its page, id and code, with a client for the trainer. */
    record Room(Http trainer, String page, String id, String code) {
        String participants() {
            return "/ikut/" + code;
        }
    }

    static Room openRoom(TestApp app) {
        Http trainer = app.loggedIn(Role.TRAINER);
        String page = WorkshopPagesTest.create(trainer, "30");
        String code = WorkshopPagesTest.open(trainer, page);
        return new Room(trainer, page, page.substring("/pelatihan/".length()), code);
    }

    static Http join(TestApp app, Room room, String name) {
        Http phone = app.http();
        HttpResponse<String> r = phone.submit("/ikut", room.participants(), Map.of("nama", name, "kelompok", "warga"));
        assertEquals(303, r.statusCode(), r.body());
        return phone;
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return JSON.readTree(r.body());
    }

    /**
     * An attempt of the seat at a quiz in a workshop; sent when {@code send}, with the marks given.
     * It was shown the questions it has marks for, as a drawn paper would be; all of them when none.
     */
    static String attempt(Participant seat, String quiz, Optional<String> workshop, boolean send,
                          Map<String, Double> marks) {
        long now = System.currentTimeMillis();
        String id = UUID.randomUUID().toString();
        quizzes.start(new AttemptRow(id, quiz, seat.learnerId(), 1, List.copyOf(marks.keySet()), now, Optional.empty(),
                Optional.empty(),
                Optional.empty(), Optional.empty(), AttemptRow.Respondent.NONE, workshop), now);
        if (!marks.isEmpty()) {
            Map<String, Answer> given = new java.util.HashMap<>();
            marks.keySet().forEach(q -> given.put(q, new Answer.Bool(true)));
            quizzes.save(id, given, Set.of(), Set.of(), marks, now);
        }
        if (send) {
            quizzes.submit(id, marks, Optional.of(0.0), Optional.of(1.0), false, now);
        }
        return id;
    }

    private static List<Participant> seats(Room room) {
        return store.roster(room.id()).entries().stream().map(e -> e.participant()).toList();
    }

    @Test
    void the_snapshot_counts_joined_connected_sent_and_answering_seats_of_this_workshop_only() throws IOException {
        Room room = openRoom(app);
        Http siti = join(app, room, "Siti");
        join(app, room, "Budi");
        join(app, room, "Ani");
        join(app, room, "Dewi");
        JsonNode before = json(room.trainer().get(room.page() + "/keadaan"));
        assertEquals("open", before.path("state").asText());
        assertTrue(before.path("item").isNull());
        assertEquals(4, before.path("joined").asInt());
        assertEquals(0, before.path("sent").asInt());

        store.openItem(room.id(), Optional.of(Item.quiz("tes-awal").code()), Instant.now());
        List<Participant> seats = seats(room);
        attempt(seats.get(0), "tes-awal", Optional.of(room.id()), true, Map.of());
        attempt(seats.get(1), "tes-awal", Optional.of(room.id()), true, Map.of());
        attempt(seats.get(2), "tes-awal", Optional.of(room.id()), false, Map.of());
        // not counted: another quiz, and the same quiz outside the workshop
        attempt(seats.get(3), "tes-akhir", Optional.of(room.id()), true, Map.of());
        attempt(seats.get(3), "tes-awal", Optional.empty(), true, Map.of());
        // Dewi's phone was last seen 31 s ago: joined, but no longer connected
        app.database().jdbi().useHandle(h -> h.createUpdate("update workshop_participant set last_seen = :t where id = :id")
                .bind("t", Instant.now().minusSeconds(31).toEpochMilli()).bind("id", seats.get(3).id()).execute());

        JsonNode now = json(room.trainer().get(room.page() + "/keadaan"));
        assertEquals("kuis:tes-awal", now.path("item").path("code").asText());
        assertEquals("kuis", now.path("item").path("kind").asText());
        assertEquals("/kuis/tes-awal", now.path("item").path("url").asText());
        assertEquals("Tes awal: Media Sosial untuk Layanan Publik", now.path("item").path("title").asText());
        assertEquals(4, now.path("joined").asInt());
        assertEquals(3, now.path("connected").asInt());
        assertEquals(2, now.path("sent").asInt());
        assertEquals(1, now.path("answering").asInt());
        assertNotEquals(before.path("version").asText(), now.path("version").asText());

        JsonNode phone = json(siti.get(room.participants() + "/keadaan"));
        assertEquals(now.path("version").asText(), phone.path("version").asText(), "the phone polls the same room");

        quizzes.submit(quizzes.attempts(seats.get(2).learnerId(), "tes-awal").get(0).id(), Map.of(),
                Optional.of(0.0), Optional.of(1.0), false, System.currentTimeMillis());
        JsonNode after = json(siti.get(room.participants() + "/keadaan"));
        assertEquals(3, after.path("sent").asInt());
        assertEquals(0, after.path("answering").asInt());
        assertNotEquals(now.path("version").asText(), after.path("version").asText());
    }

    @Test
    void the_snapshot_speaks_the_visitors_language() throws IOException {
        Room room = openRoom(app);
        store.openItem(room.id(), Optional.of(Item.quiz("tes-awal").code()), Instant.now());
        room.trainer().get("/bahasa/en?ke=/");
        JsonNode en = json(room.trainer().get(room.page() + "/keadaan"));
        assertEquals("Pre-test: Social Media for Public Service", en.path("item").path("title").asText());
    }

    @Test
    void only_a_seat_of_the_workshop_and_its_trainer_or_an_admin_see_the_room() {
        Room room = openRoom(app);
        Room other = openRoom(app);
        Http siti = join(app, room, "Siti");
        Http stranger = app.http();
        Http otherSeat = join(app, other, "Budi");
        for (String path : List.of("/keadaan", "/langsung")) {
            assertEquals(404, stranger.get(room.participants() + path).statusCode(), "no seat: " + path);
            assertEquals(404, otherSeat.get(room.participants() + path).statusCode(), "another workshop's seat: " + path);
            assertEquals(404, siti.get("/ikut/ZZZZZZ" + path).statusCode(), "a code that is not hers: " + path);
        }
        assertEquals(200, siti.get(room.participants() + "/keadaan").statusCode());
        for (String path : List.of("/keadaan", "/langsung", "/layar", "/layar/isi")) {
            assertEquals(404, other.trainer().get(room.page() + path).statusCode(), "another trainer: " + path);
            HttpResponse<String> anonymous = stranger.get(room.page() + path);
            assertEquals(303, anonymous.statusCode(), "a stranger logs in first: " + path);
            assertTrue(anonymous.headers().firstValue("Location").orElse("").startsWith("/masuk?ke="));
            assertEquals(403, app.loggedIn(Role.LEARNER).get(room.page() + path).statusCode(), "a learner: " + path);
        }
        Http admin = app.loggedIn(Role.ADMIN);
        assertEquals(200, admin.get(room.page() + "/keadaan").statusCode());
        assertEquals(200, admin.get(room.page() + "/layar").statusCode());
    }

    @Test
    void the_projector_shows_the_code_the_count_of_sent_answers_and_who_got_each_question_right() {
        Room room = openRoom(app);
        join(app, room, "Siti");
        join(app, room, "Budi");
        join(app, room, "Ani");
        String waiting = room.trainer().get(room.page() + "/layar").body();
        assertTrue(waiting.contains(room.code().substring(0, 3) + " " + room.code().substring(3)), "the code as shown");
        assertTrue(waiting.contains(app.url("/ikut/" + room.code())) && waiting.contains("<svg"), "link and QR");
        assertTrue(waiting.contains("3 peserta bergabung") && waiting.contains("Menunggu pelatih membuka"), waiting);
        assertTrue(waiting.contains("<noscript><meta http-equiv=\"refresh\" content=\"5\"></noscript>"));
        assertTrue(waiting.contains("src=\"/static/projector.js"));

        store.openItem(room.id(), Optional.of(Item.quiz("tes-awal").code()), Instant.now());
        String first = app.quizzes().find("tes-awal").orElseThrow().questions().stream()
                .filter(Question::graded).findFirst().orElseThrow().id();
        List<Participant> seats = seats(room);
        attempt(seats.get(0), "tes-awal", Optional.of(room.id()), true, Map.of(first, 1.0));
        attempt(seats.get(1), "tes-awal", Optional.of(room.id()), true, Map.of(first, 0.0));
        // a right answer in another workshop is not this room's
        attempt(seats.get(2), "tes-awal", Optional.empty(), true, Map.of(first, 1.0));
        String open = room.trainer().get(room.page() + "/layar/isi").body();
        assertTrue(open.startsWith("<div class=\"screen with-item\""), "the content alone, for the script to swap in");
        assertTrue(open.contains("Tes awal: Media Sosial untuk Layanan Publik") && open.contains("2 dari 3 sudah mengirim"), open);
        assertTrue(open.contains("Jawaban benar per soal") && open.contains("Nilai rata-rata"), "the figures and tiles");
        // question 1: right for Siti (1 point of 1), wrong for Budi: 1 of the 2 who sent, 50%
        assertEquals(1, count(open, "<span class=\"tile-value\">50%</span>"), "one tile says half got it right");
        assertEquals(1, count(open, "<span class=\"tile-caption\">1 dari 2</span>"), "one of the two who sent");
        // the pre-test draws one item per objective: a tile per objective, named by it, not one per bank item
        assertEquals(14, count(open, "<span class=\"tile-no\">"), open);
        assertTrue(open.contains("title=\"Menilai layanan WhatsApp dan Instagram kelurahan dengan kriteria tersebut\""), open);
        assertFalse(open.contains("Lulus (nilai"), "a pre-test has no pass mark, so no pass rate: " + open);
        assertFalse(open.contains("<html"));
        String version = json(room.trainer().get(room.page() + "/keadaan").body()).path("version").asText();
        assertTrue(open.contains("data-version=\"" + version + "\""));
    }

    @Test
    void for_a_module_the_projector_and_trainer_count_who_read_it_all_and_for_a_task_who_reached_it() {
        Room room = openRoom(app);
        Http siti = join(app, room, "Siti");
        Http budi = join(app, room, "Budi");
        Http ani = join(app, room, "Ani");
        List<String> lessons = RoomPagesTest.lessonPages(siti);
        lessons.forEach(l -> RoomPagesTest.read(siti, l));
        RoomPagesTest.read(budi, lessons.get(0));
        RoomPagesTest.reachAddressTask(ani);

        store.openItem(room.id(), Optional.of(Item.module("media-sosial").code()), Instant.now());
        String module = room.trainer().get(room.page() + "/layar/isi").body();
        assertTrue(module.contains("1 dari 3 sudah membaca semua pelajaran"), module);
        JsonNode state = json(room.trainer().get(room.page() + "/keadaan").body());
        assertEquals(1, state.path("sent").asInt(), "Siti read every lesson");
        assertEquals(1, state.path("answering").asInt(), "Budi read one");
        assertTrue(room.trainer().get(room.page()).body().contains("1 sudah membaca semua pelajaran modul yang dibuka"));

        store.openItem(room.id(), Optional.of(Item.task("madatte", "cari-alamat").code()), Instant.now());
        String task = room.trainer().get(room.page() + "/layar/isi").body();
        assertTrue(task.contains("1 dari 3 sudah berhasil"), task);
        assertTrue(room.trainer().get(room.page()).body().contains("1 sudah berhasil menyelesaikan latihan yang dibuka"));
    }

    @Test
    void a_seat_holder_s_pages_name_the_room_and_the_waiting_page_refreshes_without_scripts() {
        Room room = openRoom(app);
        Http siti = join(app, room, "Siti");
        String waiting = siti.get(room.participants() + "/tunggu").body();
        assertTrue(waiting.contains("<meta name=\"serambi-room\" content=\"" + room.participants() + "\" data-csrf=\""),
                waiting);
        assertTrue(waiting.contains("src=\"/static/room.js"));
        assertTrue(waiting.contains("<noscript><meta http-equiv=\"refresh\" content=\"10\"></noscript>"));
        assertTrue(waiting.contains("Muat ulang"));
        assertFalse(waiting.contains("Pelatih menutup bagian ini."));

        store.openItem(room.id(), Optional.of(Item.quiz("tes-awal").code()), Instant.now());
        String quiz = siti.get("/kuis/tes-awal").body();
        assertTrue(quiz.contains("data-item=\"kuis:tes-awal\" data-url=\"/kuis/tes-awal\" data-start=\"/kuis/tes-awal/mulai\""),
                quiz);
        assertFalse(quiz.contains("http-equiv=\"refresh\""), "a quiz page never reloads itself");
        assertTrue(siti.get(room.participants() + "/tunggu?ditutup=kuis:tes-awal").body()
                .contains("Pelatih menutup bagian ini."));

        assertFalse(app.http().get("/kuis/tes-awal").body().contains("serambi-room"), "not for visitors without a seat");
        store.close(room.id(), Instant.now());
        assertFalse(siti.get("/kuis/tes-awal").body().contains("serambi-room"), "nor once the workshop is closed");
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError(body, e);
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
