package id.serambi.chat.simulator;

import id.serambi.chat.engine.ChatEngine;
import id.serambi.chat.engine.ChatMessage;
import id.serambi.chat.engine.ChatState;
import id.serambi.chat.engine.Mode;
import id.serambi.chat.engine.Presentation;
import id.serambi.chat.engine.SimClock;
import id.serambi.chat.engine.Task;
import id.serambi.chat.menu.MenuCatalog;
import id.serambi.course.ContentRoot;
import id.serambi.db.Database;
import id.serambi.support.HandClock;
import id.serambi.support.TempFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The simulator over a real SQLite file: chats survive a restart, concurrent sends lose nothing. */
class SimulatorTest {
    private static final String LEARNER = "pelajar-simulator-0001";
    /** Monday 22 February 2021, 09.00 WITA: the office is open. */
    private static final Instant MONDAY_9 = Instant.parse("2021-02-22T01:00:00Z");
    private static final MenuCatalog MENUS = MenuCatalog.load(ContentRoot.bundled());

    private Path dir;
    private Database database;
    private final HandClock clock = new HandClock(MONDAY_9);

    @BeforeEach
    void open() throws Exception {
        dir = Files.createTempDirectory("serambi-sim");
        database = Database.open("jdbc:sqlite:" + dir.resolve("sim.db"));
    }

    @AfterEach
    void close() {
        database.close();
        TempFiles.delete(dir);
    }

    private Simulator simulator() {
        return new Simulator(MENUS, new SimulatorStore(database.jdbi()), clock);
    }

    private static ChatEngine madatte() {
        return MENUS.engine("madatte").orElseThrow();
    }

    private static List<ChatMessage.Kind> kinds(SimChat chat) {
        return chat.messages().stream().map(ChatMessage::kind).toList();
    }

    @Test
    void a_chat_is_kept_in_the_database_and_resumes_after_a_restart() {
        Simulator first = simulator();
        assertEquals(Simulator.Outcome.SENT, first.send(LEARNER, madatte(), "Menu"));
        clock.advance(Duration.ofMinutes(1));
        first.send(LEARNER, madatte(), "1");

        SimChat chat = simulator().chat(LEARNER, madatte());
        assertEquals(List.of(ChatMessage.Kind.INCOMING, ChatMessage.Kind.GREETING, ChatMessage.Kind.MENU,
                ChatMessage.Kind.INCOMING, ChatMessage.Kind.ANSWER), kinds(chat));
        assertTrue(chat.messages().get(4).text().contains("Jalan Mr. Muh. Yamin"));
        assertEquals(List.of(1), chat.state().at());
        assertEquals(Mode.API, chat.mode());
        assertEquals(MONDAY_9.plusSeconds(60), chat.messages().get(4).at());
        assertEquals(MONDAY_9.plusSeconds(60), chat.state().lastActivity().orElseThrow());
    }

    @Test
    void bot_list_messages_get_their_list_back_when_loaded() {
        ChatEngine lengkap = MENUS.engine("madatte-lengkap").orElseThrow();
        simulator().send(LEARNER, lengkap, "Menu");
        ChatMessage menu = simulator().chat(LEARNER, lengkap).messages().get(2);
        assertEquals(ChatMessage.Kind.MENU, menu.kind());
        assertEquals(Presentation.Type.LIST, menu.interactive().orElseThrow().type());
    }

    @Test
    void the_clock_moves_forward_and_keeps_ticking_with_real_time() {
        Simulator sim = simulator();
        sim.jump(LEARNER, madatte(), SimClock.Jump.FORTNIGHT);
        clock.advance(Duration.ofMinutes(5));
        SimChat chat = sim.chat(LEARNER, madatte());
        assertEquals(MONDAY_9.plus(Duration.ofDays(14)).plus(Duration.ofMinutes(5)), sim.now(chat));

        sim.jump(LEARNER, madatte(), SimClock.Jump.CLOSED);
        Instant closed = sim.now(sim.chat(LEARNER, madatte()));
        assertEquals("2021-03-08T16:00", closed.atZone(ZoneId.of("Asia/Makassar")).toLocalDateTime().toString());
        sim.send(LEARNER, madatte(), "Halo");
        assertEquals(List.of(ChatMessage.Kind.INCOMING, ChatMessage.Kind.GREETING, ChatMessage.Kind.AWAY),
                kinds(sim.chat(LEARNER, madatte())));
    }

    @Test
    void the_greeting_comes_again_after_fourteen_days() {
        Simulator sim = simulator();
        sim.send(LEARNER, madatte(), "Halo");
        sim.jump(LEARNER, madatte(), SimClock.Jump.FORTNIGHT);
        sim.jump(LEARNER, madatte(), SimClock.Jump.MORNING);
        sim.send(LEARNER, madatte(), "Halo lagi");
        long greetings = kinds(sim.chat(LEARNER, madatte())).stream()
                .filter(k -> k == ChatMessage.Kind.GREETING).count();
        assertEquals(2, greetings);
    }

    @Test
    void restart_clears_the_chat_and_the_clock_but_keeps_the_mode() {
        Simulator sim = simulator();
        sim.mode(LEARNER, madatte(), Mode.APP);
        sim.send(LEARNER, madatte(), "Menu");
        sim.jump(LEARNER, madatte(), SimClock.Jump.FORTNIGHT);
        sim.restart(LEARNER, madatte());
        SimChat chat = sim.chat(LEARNER, madatte());
        assertEquals(List.of(), chat.messages());
        assertEquals(0, chat.clockOffset());
        assertEquals(ChatState.NEW, chat.state());
        assertEquals(Mode.APP, chat.mode());
    }

    @Test
    void a_reached_task_is_stored_once_with_its_count_and_par_and_the_best_is_kept() {
        Simulator sim = simulator();
        Task task = madatte().menu().task("cari-alamat").orElseThrow();
        sim.startTask(LEARNER, madatte(), task);
        sim.send(LEARNER, madatte(), "Halo");
        sim.send(LEARNER, madatte(), "Menu");
        sim.send(LEARNER, madatte(), "1");
        sim.send(LEARNER, madatte(), "1");
        SimulatorStore store = new SimulatorStore(database.jdbi());
        List<TaskResult> results = store.results(LEARNER, "madatte");
        assertEquals(1, results.size());
        assertEquals(3, results.get(0).messages());
        assertEquals(2, results.get(0).par());
        assertEquals(MONDAY_9.toEpochMilli(), results.get(0).reachedAt(), "real time, not the simulated clock");

        clock.advance(Duration.ofMinutes(1));
        sim.startTask(LEARNER, madatte(), task);
        sim.send(LEARNER, madatte(), "Menu");
        sim.send(LEARNER, madatte(), "1");
        assertEquals(2, store.results(LEARNER, "madatte").size());
        assertEquals(Map.of("cari-alamat", 2), sim.best(LEARNER, "madatte"));
    }

    @Test
    void in_app_mode_the_staff_quick_reply_reaches_the_goal() {
        Simulator sim = simulator();
        sim.mode(LEARNER, madatte(), Mode.APP);
        sim.startTask(LEARNER, madatte(), madatte().menu().task("cari-alamat").orElseThrow());
        sim.send(LEARNER, madatte(), "Alamat kantor di mana?");
        assertEquals(Simulator.Outcome.UNKNOWN_SHORTCUT, sim.staff(LEARNER, madatte(), "/tidak-ada"));
        assertEquals(Simulator.Outcome.SENT, sim.staff(LEARNER, madatte(), "/alamat"));
        assertEquals(Map.of("cari-alamat", 1), sim.best(LEARNER, "madatte"));
    }

    @Test
    void refused_messages_change_nothing() {
        Simulator sim = simulator();
        assertEquals(Simulator.Outcome.EMPTY, sim.send(LEARNER, madatte(), "   "));
        assertEquals(Simulator.Outcome.TOO_LONG, sim.send(LEARNER, madatte(), "a".repeat(4097)));
        assertEquals(Simulator.Outcome.SENT, sim.send(LEARNER, madatte(), "a".repeat(4096)));
        assertEquals(2, sim.chat(LEARNER, madatte()).messages().size());
    }

    @Test
    void a_full_transcript_refuses_further_messages_until_restart() {
        Simulator sim = new Simulator(MENUS, new SimulatorStore(database.jdbi()), clock, 6);
        sim.send(LEARNER, madatte(), "Menu");   // 3 messages
        sim.send(LEARNER, madatte(), "1");      // 5
        assertEquals(Simulator.Outcome.SENT, sim.send(LEARNER, madatte(), "2"));   // 7
        assertEquals(Simulator.Outcome.FULL, sim.send(LEARNER, madatte(), "3"));
        assertEquals(Simulator.Outcome.FULL, sim.staff(LEARNER, madatte(), "/alamat"));
        assertEquals(7, sim.chat(LEARNER, madatte()).messages().size());
        sim.restart(LEARNER, madatte());
        assertEquals(Simulator.Outcome.SENT, sim.send(LEARNER, madatte(), "3"));
    }

    @Test
    void two_servers_sending_into_one_chat_at_once_lose_no_message() throws Exception {
        Simulator a = simulator();
        Simulator b = simulator();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Simulator.Outcome>> sent = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Simulator node = i % 2 == 0 ? a : b;
                String text = "pesan " + i;
                sent.add(pool.submit(() -> node.staff(LEARNER, madatte(), text)));
            }
            for (Future<Simulator.Outcome> f : sent) {
                assertEquals(Simulator.Outcome.SENT, f.get());
            }
        } finally {
            pool.shutdown();
        }
        List<ChatMessage> messages = a.chat(LEARNER, madatte()).messages();
        assertEquals(20, messages.size());
        assertEquals(20, messages.stream().map(ChatMessage::text).distinct().count());
    }

}
