package id.serambi.chat.simulator;

import id.serambi.chat.engine.ChatMessage;
import org.jdbi.v3.core.Handle;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The SQL of practice counts across learners, kept apart from the transcripts so that restarting a
 * chat does not lose them. The simulator's store calls it on the handle of the transaction that
 * stores the messages, so a count never disagrees with what was stored.
 */
final class PracticeCounting {
    /** The messages that show a node; the V4 migration counted the same kinds when it backfilled. */
    private static final Set<ChatMessage.Kind> SHOWING = EnumSet.of(ChatMessage.Kind.MENU,
            ChatMessage.Kind.ANSWER, ChatMessage.Kind.HANDOFF, ChatMessage.Kind.QUICK_REPLY);

    private PracticeCounting() {
    }

    /**
     * Adds messages appended to a chat that held {@code before} messages: a chat counts once, from
     * its first message on.
     */
    static void add(Handle h, String menu, int before, List<ChatMessage> appended) {
        if (appended.isEmpty()) {
            return;
        }
        h.createUpdate("""
                        insert into practice_total (menu, chats, messages) values (:menu, :chats, :messages)
                        on conflict (menu) do update set chats = practice_total.chats + excluded.chats,
                            messages = practice_total.messages + excluded.messages""")
                .bind("menu", menu).bind("chats", before == 0 ? 1L : 0L).bind("messages", (long) appended.size())
                .execute();
        // in path order, so that two transactions on PostgreSQL lock the rows in the same order
        Map<String, Long> shown = new TreeMap<>();
        for (ChatMessage m : appended) {
            if (SHOWING.contains(m.kind())) {
                shown.merge(SimulatorStore.path(m.node()), 1L, Long::sum);
            }
        }
        for (Map.Entry<String, Long> e : shown.entrySet()) {
            h.createUpdate("""
                            insert into practice_count (menu, node_path, shown) values (:menu, :node, :shown)
                            on conflict (menu, node_path) do update
                            set shown = practice_count.shown + excluded.shown""")
                    .bind("menu", menu).bind("node", e.getKey()).bind("shown", e.getValue()).execute();
        }
    }

    /** The learner started the task; only the first start is kept. */
    static void started(Handle h, String learnerId, String menu, String task, long now) {
        h.createUpdate("""
                        insert into task_attempt (learner_id, menu, task, started_at)
                        values (:learner, :menu, :task, :now)
                        on conflict (learner_id, menu, task) do nothing""")
                .bind("learner", learnerId).bind("menu", menu).bind("task", task).bind("now", now).execute();
    }

    /**
     * The counts of the menu: attempts are learners who started a task or reached it; results are
     * every time a task was reached.
     */
    static SimulatorStore.PracticeCounts read(Handle h, String menu) {
        long[] totals = h.createQuery("select chats, messages from practice_total where menu = :menu")
                .bind("menu", menu)
                .map((rs, ctx) -> new long[] {rs.getLong("chats"), rs.getLong("messages")})
                .findOne().orElse(new long[] {0, 0});
        Map<List<Integer>, Long> shown = h.createQuery(
                        "select node_path, shown from practice_count where menu = :menu order by node_path")
                .bind("menu", menu)
                .reduceRows(new LinkedHashMap<List<Integer>, Long>(), (map, row) -> {
                    map.put(SimulatorStore.path(row.getColumn("node_path", String.class)),
                            row.getColumn("shown", Long.class));
                    return map;
                });
        Map<String, Long> attempts = h.createQuery("""
                        select task, count(distinct learner_id) as learners from (
                            select learner_id, task from task_attempt where menu = :menu
                            union
                            select learner_id, task from task_result where menu = :menu
                        ) started group by task""")
                .bind("menu", menu).reduceRows(new LinkedHashMap<String, Long>(), (map, row) -> {
                    map.put(row.getColumn("task", String.class), row.getColumn("learners", Long.class));
                    return map;
                });
        Map<String, Long> reached = new LinkedHashMap<>();
        Map<String, List<Integer>> results = new LinkedHashMap<>();
        h.createQuery("select learner_id, task, messages from task_result where menu = :menu order by task")
                .bind("menu", menu)
                .reduceRows(new LinkedHashMap<String, Set<String>>(), (map, row) -> {
                    String task = row.getColumn("task", String.class);
                    map.computeIfAbsent(task, t -> new HashSet<>()).add(row.getColumn("learner_id", String.class));
                    results.computeIfAbsent(task, t -> new ArrayList<>()).add(row.getColumn("messages", Integer.class));
                    return map;
                })
                .forEach((task, learners) -> reached.put(task, (long) learners.size()));
        return new SimulatorStore.PracticeCounts(totals[0], totals[1], shown, attempts, reached, results);
    }
}
