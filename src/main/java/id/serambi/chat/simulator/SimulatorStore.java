package id.serambi.chat.simulator;

import id.serambi.db.Writes;
import id.serambi.chat.engine.ChatMessage;
import id.serambi.chat.engine.ChatState;
import id.serambi.chat.engine.Mode;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The simulator's chats, their transcripts and practice results, keyed by the learner id from the
 * visitor's cookie and the menu id, and the practice counts across learners that the stored messages
 * add to. SQL only: what a chat means is the engine's business.
 */
public final class SimulatorStore {
    private final Jdbi jdbi;

    public SimulatorStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The stored chat with its transcript in order; interactive parts are not stored. */
    public Optional<SimChat> load(String learnerId, String menu) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select chat_mode, clock_offset, last_activity, at_node, queue_state, away_sent_at,
                               waiting_since, task, revision
                        from sim_chat where learner_id = :learner and menu = :menu""")
                .bind("learner", learnerId).bind("menu", menu)
                .map((rs, ctx) -> new SimChat(Mode.valueOf(rs.getString("chat_mode")), rs.getLong("clock_offset"),
                        new ChatState(instant(rs.getObject("last_activity")), path(rs.getString("at_node")),
                                ChatState.Queue.valueOf(rs.getString("queue_state")),
                                instant(rs.getObject("away_sent_at")), instant(rs.getObject("waiting_since"))),
                        Optional.ofNullable(rs.getString("task")), List.of(), rs.getInt("revision")))
                .findOne()
                .map(chat -> new SimChat(chat.mode(), chat.clockOffset(), chat.state(), chat.task(),
                        messages(h, learnerId, menu), chat.revision())));
    }

    private static List<ChatMessage> messages(Handle h, String learnerId, String menu) {
        return h.createQuery("""
                        select sent_at, kind, node_path, body from sim_message
                        where learner_id = :learner and menu = :menu order by seq""")
                .bind("learner", learnerId).bind("menu", menu)
                .map((rs, ctx) -> new ChatMessage(Instant.ofEpochMilli(rs.getLong("sent_at")),
                        ChatMessage.Kind.valueOf(rs.getString("kind")), rs.getString("body"),
                        path(rs.getString("node_path")), Optional.empty()))
                .list();
    }

    /**
     * Writes {@code chat} over the revision it was loaded at and appends {@code appended} after the
     * messages it had. Returns false, writing nothing, when someone else changed the chat meanwhile.
     */
    public boolean save(String learnerId, String menu, SimChat chat, List<ChatMessage> appended,
                        Optional<TaskResult> result, long now) {
        return Writes.inTransaction(jdbi, h -> {
            ensureLearner(h, learnerId, now);
            int changed;
            if (chat.revision() < 0) {
                changed = insertChat(h, learnerId, menu, chat, 0, now);
            } else {
                changed = bindChat(h.createUpdate("""
                                update sim_chat set chat_mode = :mode, clock_offset = :offset,
                                    last_activity = :lastActivity, at_node = :at, queue_state = :queue,
                                    away_sent_at = :awaySentAt, waiting_since = :waitingSince, task = :task,
                                    revision = revision + 1, updated_at = :now
                                where learner_id = :learner and menu = :menu and revision = :revision"""),
                        learnerId, menu, chat, now).bind("revision", chat.revision()).execute();
            }
            if (changed == 0) {
                // the chat exists, so its learner did: nothing was written
                return false;
            }
            int seq = chat.messages().size() - appended.size();
            if (!appended.isEmpty()) {
                PreparedBatch batch = h.prepareBatch("""
                        insert into sim_message (learner_id, menu, seq, sent_at, kind, node_path, body)
                        values (:learner, :menu, :seq, :at, :kind, :node, :body)""");
                for (ChatMessage m : appended) {
                    batch.bind("learner", learnerId).bind("menu", menu).bind("seq", seq++)
                            .bind("at", m.at().toEpochMilli()).bind("kind", m.kind().name())
                            .bind("node", path(m.node())).bind("body", m.text()).add();
                }
                batch.execute();
            }
            PracticeCounting.add(h, menu, chat.messages().size() - appended.size(), appended);
            result.ifPresent(r -> h.createUpdate("""
                            insert into task_result (learner_id, menu, task, messages, par, reached_at)
                            values (:learner, :menu, :task, :messages, :par, :at)
                            on conflict (learner_id, menu, task, reached_at) do nothing""")
                    .bind("learner", learnerId).bind("menu", menu).bind("task", r.task())
                    .bind("messages", r.messages()).bind("par", r.par()).bind("at", r.reachedAt()).execute());
            return true;
        });
    }

    /**
     * Replaces the chat, transcript and all, with {@code fresh}; the practice counts keep what it held. Its revision continues the old
     * one's, so a request that read the old chat cannot write over the new one.
     */
    public void reset(String learnerId, String menu, SimChat fresh, long now) {
        Writes.useTransaction(jdbi, h -> {
            ensureLearner(h, learnerId, now);
            int revision = h.createQuery("select revision from sim_chat where learner_id = :learner and menu = :menu")
                    .bind("learner", learnerId).bind("menu", menu)
                    .mapTo(Integer.class).findOne().map(r -> r + 1).orElse(0);
            deleteChat(h, learnerId, menu);
            insertChat(h, learnerId, menu, fresh, revision, now);
            fresh.task().ifPresent(task -> PracticeCounting.started(h, learnerId, menu, task, now));
        });
    }

    public void delete(String learnerId, String menu) {
        Writes.useTransaction(jdbi, h -> deleteChat(h, learnerId, menu));
    }

    /** The fewest messages in which the learner reached each task of the menu. */
    public Map<String, Integer> best(String learnerId, String menu) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select task, min(messages) as best from task_result
                        where learner_id = :learner and menu = :menu group by task""")
                .bind("learner", learnerId).bind("menu", menu)
                .reduceRows(new LinkedHashMap<String, Integer>(), (map, row) -> {
                    map.put(row.getColumn("task", String.class), row.getColumn("best", Integer.class));
                    return map;
                }));
    }

    /** Every result of the learner on the menu, oldest first. */
    public List<TaskResult> results(String learnerId, String menu) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select task, messages, par, reached_at from task_result
                        where learner_id = :learner and menu = :menu order by reached_at, task""")
                .bind("learner", learnerId).bind("menu", menu)
                .map((rs, ctx) -> new TaskResult(rs.getString("task"), rs.getInt("messages"), rs.getInt("par"),
                        rs.getLong("reached_at")))
                .list());
    }

    /** Practice on a menu across all learners, as counts for {@link PracticeStats}. */
    public record PracticeCounts(long chats, long messages, Map<List<Integer>, Long> shown,
                                 Map<String, Long> attempts, Map<String, Long> reached,
                                 Map<String, List<Integer>> results) {
    }

    /**
     * Every learner's practice on the menu, restarted chats included: chats and messages, how often
     * each node's sub-menu or answer was shown (by the bot, or as a staff quick reply), and the tasks.
     */
    public PracticeCounts practice(String menu) {
        return jdbi.withHandle(h -> PracticeCounting.read(h, menu));
    }

    /** The tasks the learner has reached at least once, as {@code menu/task}. */
    public Set<String> reachedTasks(String learnerId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select distinct menu, task from task_result where learner_id = :learner")
                .bind("learner", learnerId)
                .map((rs, ctx) -> rs.getString("menu") + "/" + rs.getString("task"))
                .collect(Collectors.toSet()));
    }

    private static void ensureLearner(Handle h, String learnerId, long now) {
        h.createUpdate("insert into learner (id, created_at) values (:id, :now) on conflict (id) do nothing")
                .bind("id", learnerId).bind("now", now).execute();
    }

    private static int insertChat(Handle h, String learnerId, String menu, SimChat chat, int revision, long now) {
        return bindChat(h.createUpdate("""
                        insert into sim_chat (learner_id, menu, chat_mode, clock_offset, last_activity, at_node,
                            queue_state, away_sent_at, waiting_since, task, revision, updated_at)
                        values (:learner, :menu, :mode, :offset, :lastActivity, :at, :queue, :awaySentAt,
                            :waitingSince, :task, :revision, :now)
                        on conflict (learner_id, menu) do nothing"""),
                learnerId, menu, chat, now).bind("revision", revision).execute();
    }

    private static org.jdbi.v3.core.statement.Update bindChat(org.jdbi.v3.core.statement.Update update,
                                                              String learnerId, String menu, SimChat chat, long now) {
        ChatState s = chat.state();
        return update.bind("learner", learnerId).bind("menu", menu).bind("mode", chat.mode().name())
                .bind("offset", chat.clockOffset())
                .bind("lastActivity", millis(s.lastActivity())).bind("at", path(s.at()))
                .bind("queue", s.queue().name()).bind("awaySentAt", millis(s.awaySentAt()))
                .bind("waitingSince", millis(s.waitingSince())).bind("task", chat.task().orElse(null))
                .bind("now", now);
    }

    private static void deleteChat(Handle h, String learnerId, String menu) {
        h.createUpdate("delete from sim_message where learner_id = :learner and menu = :menu")
                .bind("learner", learnerId).bind("menu", menu).execute();
        h.createUpdate("delete from sim_chat where learner_id = :learner and menu = :menu")
                .bind("learner", learnerId).bind("menu", menu).execute();
    }

    private static Long millis(Optional<Instant> t) {
        return t.map(Instant::toEpochMilli).orElse(null);
    }

    private static Optional<Instant> instant(Object millis) {
        return millis == null ? Optional.empty() : Optional.of(Instant.ofEpochMilli(((Number) millis).longValue()));
    }

    /** A node path as stored: option numbers joined with dots, empty for the top menu. */
    static String path(List<Integer> path) {
        StringBuilder out = new StringBuilder();
        for (int n : path) {
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(n);
        }
        return out.toString();
    }

    static List<Integer> path(String stored) {
        List<Integer> path = new ArrayList<>();
        if (stored != null && !stored.isEmpty()) {
            for (String part : stored.split("\\.")) {
                path.add(Integer.parseInt(part));
            }
        }
        return path;
    }
}
