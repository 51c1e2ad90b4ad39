package id.serambi.workshop.store;

import id.serambi.db.Database;
import id.serambi.quiz.take.AttemptRow;
import id.serambi.quiz.take.QuizStore;
import id.serambi.workshop.live.LivePagesTest;
import id.serambi.workshop.model.Item;
import id.serambi.workshop.model.Participant;
import id.serambi.workshop.model.Workshop;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The live room's reads run unchanged on PostgreSQL (on SQLite, {@link LivePagesTest} reads them
 * through the app): the counts of answers, lessons read and tasks reached, the seat by its token
 * and the one-statement touch.
 */
class RoomReadsPostgresTest {
    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    private static EmbeddedPostgres postgres;
    private static Database database;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.start();
        database = Database.open(postgres.getJdbcUrl("postgres", "postgres"));
    }

    @AfterAll
    static void stop() throws IOException {
        database.close();
        postgres.close();
    }

    @Test
    void counts_seats_and_touches_read_the_same_on_postgresql() {
        SecureRandom random = new SecureRandom();
        WorkshopStore store = new WorkshopStore(database.jdbi(), random);
        RoomReads reads = new RoomReads(database.jdbi());
        QuizStore quizzes = new QuizStore(database.jdbi());
        String id = store.open(store.create(WorkshopStoreContract.draft("trainer-pg", 30), T0).id(), T0).id();
        String sitiToken = SeatToken.random(random);
        Participant siti = ((WorkshopStore.Joining.Joined) store.join(id, "Siti", Participant.Group.WARGA, sitiToken,
                "hp-siti", T0)).participant();
        Participant budi = ((WorkshopStore.Joining.Joined) store.join(id, "Budi", Participant.Group.APARAT,
                SeatToken.random(random), "hp-budi", T0.minusSeconds(60))).participant();
        store.openItem(id, Optional.of(Item.quiz("tes-awal").code()), T0);

        RoomReads.Room room = reads.room(id, T0.minusSeconds(30)).orElseThrow();
        assertEquals(new RoomReads.Room(Workshop.State.OPEN, Optional.of("kuis:tes-awal"), 2, 1), room);

        start(quizzes, "a1", siti, id, true);
        start(quizzes, "a2", budi, id, false);
        assertEquals(new RoomReads.Answers(1, 1), reads.answers(id, "tes-awal"));
        assertEquals(new RoomReads.Answers(0, 0), reads.answers(id, "tes-akhir"));

        RoomReads.Seat seat = reads.seat(sitiToken).orElseThrow();
        assertEquals(siti.id(), seat.participantId());
        assertEquals(store.find(id).orElseThrow().code(), seat.code());
        assertEquals(Optional.empty(), reads.seat("not-a-token"));

        reads.touch(List.of(siti.id(), budi.id()), T0.plusSeconds(5));
        assertEquals(2, reads.room(id, T0).orElseThrow().connected());

        database.jdbi().useHandle(h -> {
            h.execute("insert into learner (id, created_at) values ('hp-siti', 0), ('hp-budi', 0)");
            h.execute("insert into lesson_done (learner_id, lesson, done_at) values ('hp-siti', 'm/a', 1), "
                    + "('hp-siti', 'm/b', 1), ('hp-budi', 'm/a', 1), ('hp-budi', 'lain/c', 1)");
            h.execute("insert into task_result (learner_id, menu, task, messages, par, reached_at) values "
                    + "('hp-budi', 'madatte', 'cari-alamat', 3, 3, 1), ('hp-budi', 'madatte', 'cari-alamat', 4, 3, 2)");
        });
        assertEquals(new RoomReads.Answers(1, 1), reads.reading(id, List.of("m/a", "m/b")), "Siti read both, Budi one");
        assertEquals(new RoomReads.Answers(0, 0), reads.reading(id, List.of()));
        assertEquals(1, reads.reached(id, "madatte", "cari-alamat"), "reached twice is one seat");
        assertEquals(0, reads.reached(id, "madatte", "domisili"));
    }

    private static void start(QuizStore quizzes, String attempt, Participant seat, String workshop, boolean send) {
        long now = T0.toEpochMilli();
        quizzes.start(new AttemptRow(attempt, "tes-awal", seat.learnerId(), 1, List.of(), now, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), AttemptRow.Respondent.NONE,
                Optional.of(workshop)), now);
        if (send) {
            quizzes.submit(attempt, Map.of(), Optional.of(1.0), Optional.of(1.0), true, now);
        }
    }
}
