package id.serambi.chat.simulator;

import id.serambi.chat.engine.ChatEngine;
import id.serambi.chat.engine.ChatMessage;
import id.serambi.chat.engine.Conversation;
import id.serambi.chat.engine.Interactive;
import id.serambi.chat.engine.Menu;
import id.serambi.chat.engine.MenuNode;
import id.serambi.chat.engine.MenuText;
import id.serambi.chat.engine.Mode;
import id.serambi.chat.engine.SimClock;
import id.serambi.chat.engine.Step;
import id.serambi.chat.engine.Task;
import id.serambi.chat.menu.DesignedMenus;
import id.serambi.chat.menu.MenuCatalog;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The WhatsApp simulator: each visitor's chat on each bundled menu, kept in the database so a
 * reload or a restart of the server keeps it. It runs the pure {@link ChatEngine} on the simulated
 * clock, bounds the transcript, and records a practice task's result the moment its goal is reached.
 * Changes are read, applied and written back with the revision they were read at, so two requests
 * on one chat (a double tap, two server nodes) cannot lose a message.
 */
public final class Simulator {
    /** Messages in one chat before the simulator asks for a restart. */
    public static final int MAX_MESSAGES = 500;
    private static final int ATTEMPTS = 5;

    /** What became of a message. */
    public enum Outcome {
        SENT, EMPTY, TOO_LONG, UNKNOWN_SHORTCUT,
        /** The transcript has reached {@link #MAX_MESSAGES}. */
        FULL;

        static Outcome of(Step.Outcome step) {
            return switch (step) {
                case SENT -> SENT;
                case EMPTY -> EMPTY;
                case TOO_LONG -> TOO_LONG;
                case UNKNOWN_SHORTCUT -> UNKNOWN_SHORTCUT;
            };
        }

        /** Refused with something to tell the learner (an empty message is simply ignored). */
        public boolean refused() {
            return this != SENT && this != EMPTY;
        }
    }

    private final MenuCatalog menus;
    private final SimulatorStore store;
    private final Clock clock;
    private final int maxMessages;
    private final Object[] locks = new Object[64];
    private DesignedMenus designed = DesignedMenus.NONE;

    public Simulator(MenuCatalog menus, SimulatorStore store, Clock clock) {
        this(menus, store, clock, MAX_MESSAGES);
    }

    /** Also serves the menus staff designed, each to its owner only. */
    public Simulator(MenuCatalog menus, DesignedMenus designed, SimulatorStore store, Clock clock) {
        this(menus, store, clock, MAX_MESSAGES);
        this.designed = designed;
    }

    Simulator(MenuCatalog menus, SimulatorStore store, Clock clock, int maxMessages) {
        this.menus = menus;
        this.store = store;
        this.clock = clock;
        this.maxMessages = maxMessages;
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
    }

    public Optional<ChatEngine> engine(String menuId) {
        return menus.engine(menuId);
    }

    /** A bundled menu, or a designed one if it is {@code learnerId}'s. */
    public Optional<ChatEngine> engine(String menuId, String learnerId) {
        Optional<ChatEngine> bundled = menus.engine(menuId);
        return bundled.isPresent() ? bundled : designed.engine(menuId, learnerId);
    }

    /** The bundled menus, ordered by id. */
    public List<Menu> menus() {
        return menus.engines().stream().map(ChatEngine::menu)
                .sorted(java.util.Comparator.comparing(Menu::id)).toList();
    }

    /** The visitor's chat on the menu; a fresh one (not stored) in bot mode if they have none. */
    public SimChat chat(String learnerId, ChatEngine engine) {
        Menu menu = engine.menu();
        return store.load(learnerId, menu.id()).map(c -> withInteractive(menu, c))
                .orElseGet(() -> SimChat.fresh(Mode.API, Optional.empty()));
    }

    /** The simulated time now: the real time plus however far the trainee moved the clock. */
    public Instant now(SimChat chat) {
        return clock.instant().plusMillis(chat.clockOffset());
    }

    /** The citizen sends {@code text}. */
    public Outcome send(String learnerId, ChatEngine engine, String text) {
        return message(learnerId, engine, (c, at) -> c.send(text, at));
    }

    /** The staff member sends {@code text}, or the quick reply for a "/shortcut". */
    public Outcome staff(String learnerId, ChatEngine engine, String text) {
        return message(learnerId, engine, (c, at) -> c.staff(text, at));
    }

    /** The staff member hands the chat back to the bot. */
    public void release(String learnerId, ChatEngine engine) {
        change(learnerId, engine, chat -> {
            Conversation c = conversation(engine, chat);
            c.release();
            return Change.to(chat.with(chat.mode(), chat.clockOffset(), c.state(), chat.messages()));
        });
    }

    public void mode(String learnerId, ChatEngine engine, Mode mode) {
        change(learnerId, engine,
                chat -> Change.to(chat.with(mode, chat.clockOffset(), chat.state(), chat.messages())));
    }

    /** Moves the simulated clock forward. */
    public void jump(String learnerId, ChatEngine engine, SimClock.Jump jump) {
        Menu menu = engine.menu();
        change(learnerId, engine, chat -> {
            Instant now = clock.instant();
            Instant target = SimClock.jump(jump, now.plusMillis(chat.clockOffset()), menu.zone(),
                    menu.profile().hours());
            return Change.to(chat.with(chat.mode(), target.toEpochMilli() - now.toEpochMilli(), chat.state(),
                    chat.messages()));
        });
    }

    /** Clears the chat and the clock; the mode stays as the learner chose it. */
    public void restart(String learnerId, ChatEngine engine) {
        reset(learnerId, engine, Optional.empty());
    }

    /** Starts a practice task in a fresh chat. */
    public void startTask(String learnerId, ChatEngine engine, Task task) {
        reset(learnerId, engine, Optional.of(task.id()));
    }

    private void reset(String learnerId, ChatEngine engine, Optional<String> task) {
        synchronized (lock(learnerId, engine)) {
            SimChat chat = chat(learnerId, engine);
            store.reset(learnerId, engine.menu().id(), SimChat.fresh(chat.mode(), task), clock.millis());
        }
    }

    private Object lock(String learnerId, ChatEngine engine) {
        return locks[Math.floorMod((learnerId + '\n' + engine.menu().id()).hashCode(), locks.length)];
    }

    /** The fewest messages in which the learner reached each task of the menu. */
    public Map<String, Integer> best(String learnerId, String menuId) {
        return store.best(learnerId, menuId);
    }

    private Outcome message(String learnerId, ChatEngine engine, BiFunction<Conversation, Instant, Step> act) {
        return change(learnerId, engine, chat -> {
            if (chat.messages().size() >= maxMessages) {
                return new Change(null, Outcome.FULL, Optional.empty());
            }
            Conversation c = conversation(engine, chat);
            Step step = act.apply(c, now(chat));
            if (!step.sent()) {
                return new Change(null, Outcome.of(step.outcome()), Optional.empty());
            }
            return new Change(chat.with(chat.mode(), chat.clockOffset(), c.state(), c.transcript()), Outcome.SENT,
                    reached(engine.menu(), chat, c.transcript()));
        });
    }

    /** The task's result, if this step is the one that reached its goal. */
    private Optional<TaskResult> reached(Menu menu, SimChat before, List<ChatMessage> after) {
        Optional<Task> task = before.task().flatMap(menu::task);
        if (task.isEmpty() || Practice.of(task.get(), before.messages()).reached()) {
            return Optional.empty();
        }
        Practice practice = Practice.of(task.get(), after);
        return practice.reached()
                ? Optional.of(new TaskResult(task.get().id(), practice.messagesToGoal().getAsInt(), task.get().par(),
                clock.millis()))
                : Optional.empty();
    }

    /** What a request does to a chat: the chat to write (null: nothing), and the result of any task. */
    private record Change(SimChat next, Outcome outcome, Optional<TaskResult> result) {
        static Change to(SimChat next) {
            return new Change(next, Outcome.SENT, Optional.empty());
        }
    }

    /**
     * Loads the chat, applies {@code f} and writes the result back; tries again from a fresh read
     * if another request changed the chat in between.
     */
    private Outcome change(String learnerId, ChatEngine engine, Function<SimChat, Change> f) {
        String menuId = engine.menu().id();
        synchronized (lock(learnerId, engine)) {
            for (int attempt = 1; ; attempt++) {
                SimChat chat = chat(learnerId, engine);
                Change change = f.apply(chat);
                if (change.next() == null) {
                    return change.outcome();
                }
                List<ChatMessage> all = change.next().messages();
                List<ChatMessage> appended = new ArrayList<>(all.subList(chat.messages().size(), all.size()));
                if (store.save(learnerId, menuId, change.next(), appended, change.result(), clock.millis())) {
                    return change.outcome();
                }
                if (attempt == ATTEMPTS) {
                    throw new IllegalStateException("chat " + menuId + " kept changing under this request");
                }
            }
        }
    }

    private static Conversation conversation(ChatEngine engine, SimChat chat) {
        return new Conversation(engine, chat.mode(), chat.state(), chat.messages());
    }

    /** Gives bot menus back the buttons or list they were sent with, which are not stored. */
    private static SimChat withInteractive(Menu menu, SimChat chat) {
        List<ChatMessage> messages = new ArrayList<>(chat.messages().size());
        for (ChatMessage m : chat.messages()) {
            Optional<Interactive> interactive = Optional.empty();
            if (m.kind() == ChatMessage.Kind.MENU && menu.node(m.node()).orElse(null) instanceof MenuNode.SubMenu sub) {
                interactive = MenuText.interactive(menu, sub, m.node().isEmpty());
            }
            messages.add(interactive.isEmpty() ? m : new ChatMessage(m.at(), m.kind(), m.text(), m.node(), interactive));
        }
        return new SimChat(chat.mode(), chat.clockOffset(), chat.state(), chat.task(), messages, chat.revision());
    }
}
