package id.serambi.chat.simulator;

import id.serambi.chat.engine.ChatEngine;
import id.serambi.chat.engine.ChatState;
import id.serambi.chat.engine.SimClock;
import id.serambi.chat.menu.MenuCatalog;
import id.serambi.course.ContentRoot;
import id.serambi.db.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The simulator's store runs unchanged on PostgreSQL: nulls, composite keys, revisions, results. */
class SimulatorPostgresTest {
    private static final String LEARNER = "pg-simulator-00000000000";
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
    void a_chat_with_a_task_a_hand_off_and_a_restart_round_trips_on_postgresql() {
        MenuCatalog menus = MenuCatalog.load(ContentRoot.bundled());
        Clock clock = Clock.fixed(Instant.parse("2021-02-22T01:00:00Z"), ZoneOffset.UTC);
        Simulator sim = new Simulator(menus, new SimulatorStore(database.jdbi()), clock);
        ChatEngine lengkap = menus.engine("madatte-lengkap").orElseThrow();

        sim.startTask(LEARNER, lengkap, lengkap.menu().task("bicara-petugas").orElseThrow());
        sim.send(LEARNER, lengkap, "Menu");
        sim.send(LEARNER, lengkap, "6");
        SimChat chat = sim.chat(LEARNER, lengkap);
        assertEquals(ChatState.Queue.WAITING, chat.state().queue());
        assertEquals(List.of(6), chat.state().at());
        assertEquals(5, chat.messages().size());
        assertEquals(Map.of("bicara-petugas", 2), sim.best(LEARNER, "madatte-lengkap"));

        sim.staff(LEARNER, lengkap, "Selamat pagi, ada yang bisa dibantu?");
        sim.release(LEARNER, lengkap);
        sim.jump(LEARNER, lengkap, SimClock.Jump.FORTNIGHT);
        assertEquals(ChatState.Queue.BOT, sim.chat(LEARNER, lengkap).state().queue());

        sim.restart(LEARNER, lengkap);
        chat = sim.chat(LEARNER, lengkap);
        assertEquals(List.of(), chat.messages());
        assertEquals(ChatState.NEW, chat.state());
        sim.send(LEARNER, lengkap, "Halo");
        assertEquals(2, sim.chat(LEARNER, lengkap).messages().size());
    }
}
