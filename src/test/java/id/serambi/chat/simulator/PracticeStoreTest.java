package id.serambi.chat.simulator;

import id.serambi.chat.engine.ChatEngine;
import id.serambi.chat.engine.Task;
import id.serambi.chat.menu.MenuCatalog;
import id.serambi.course.ContentRoot;
import id.serambi.db.Database;
import id.serambi.support.TempFiles;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The heat map's counting SQL gives the same answers on SQLite and on PostgreSQL, restarts or not. */
class PracticeStoreTest {
    private static final String A = "practice-a-000000000000";
    private static final String B = "practice-b-000000000000";
    private static final String MENU = "madatte-lengkap";

    /**
     * Two learners try the same task on the full menu; one reaches it in 3 messages, one goes to staff.
     * Then both restart, which deletes their transcripts but none of the counts.
     */
    private static void practiseAndCount(Database database) {
        MenuCatalog menus = MenuCatalog.load(ContentRoot.bundled());
        // a Monday, 09.00 WITA: the office is open, so no away message
        Clock clock = Clock.fixed(Instant.parse("2021-02-22T01:00:00Z"), ZoneOffset.UTC);
        SimulatorStore store = new SimulatorStore(database.jdbi());
        Simulator sim = new Simulator(menus, store, clock);
        ChatEngine lengkap = menus.engine(MENU).orElseThrow();
        Task task = lengkap.menu().task("syarat-sk-usaha").orElseThrow();
        sim.startTask(A, lengkap, task);
        for (String text : List.of("Menu", "2", "2")) {
            sim.send(A, lengkap, text);
        }
        sim.startTask(B, lengkap, task);
        sim.send(B, lengkap, "Menu");
        sim.send(B, lengkap, "6");

        SimulatorStore.PracticeCounts practice = store.practice(MENU);
        assertEquals(2, practice.chats());
        assertEquals(12, practice.messages(), "7 in A's chat (with the greeting), 5 in B's");
        assertEquals(Map.of(List.of(), 2L, List.of(2), 1L, List.of(2, 2), 1L, List.of(6), 1L), practice.shown());
        assertEquals(Map.of("syarat-sk-usaha", 2L), practice.attempts());
        assertEquals(Map.of("syarat-sk-usaha", 1L), practice.reached());
        assertEquals(Map.of("syarat-sk-usaha", List.of(3)), practice.results());
        assertEquals(Set.of("madatte-lengkap/syarat-sk-usaha"), store.reachedTasks(A));
        assertEquals(Set.of(), store.reachedTasks(B));
        assertEquals(0, store.practice("madatte").chats(), "another menu's practice is counted apart");

        sim.restart(A, lengkap);
        sim.restart(B, lengkap);
        assertEquals(List.of(), sim.chat(A, lengkap).messages(), "the transcript is gone");
        assertEquals(practice, store.practice(MENU), "the counts are not");

        sim.startTask(A, lengkap, task);
        sim.send(A, lengkap, "Menu");
        SimulatorStore.PracticeCounts again = store.practice(MENU);
        assertEquals(3, again.chats(), "the restarted chat is a third chat");
        assertEquals(15, again.messages(), "12, then the message, the greeting and the top menu");
        assertEquals(3L, again.shown().get(List.of()));
        assertEquals(Map.of("syarat-sk-usaha", 2L), again.attempts(), "A tried this task before");
    }

    @Test
    void practice_is_counted_across_learners_and_kept_after_restarts_on_sqlite() throws Exception {
        Path dir = Files.createTempDirectory("serambi-practice");
        try (Database database = Database.open("jdbc:sqlite:" + dir.resolve("test.db"))) {
            practiseAndCount(database);
        } finally {
            TempFiles.delete(dir);
        }
    }

    @Test
    void practice_is_counted_across_learners_and_kept_after_restarts_on_postgresql() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start();
             Database database = Database.open(postgres.getJdbcUrl("postgres", "postgres"))) {
            practiseAndCount(database);
        }
    }
}
