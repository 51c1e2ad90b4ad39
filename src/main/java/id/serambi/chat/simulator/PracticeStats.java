package id.serambi.chat.simulator;

import id.serambi.chat.engine.Menu;
import id.serambi.chat.engine.MenuNode;
import id.serambi.chat.engine.Task;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What trainers see of practice on one menu, worked out from plain counts: how often each option's
 * answer or sub-menu was shown (the heat map over the tree), and how learners did on each task.
 * No database and no web here: the store counts rows, this turns counts into a tree.
 */
public final class PracticeStats {
    /** Heat levels: 0 for a node never shown, then 1..{@value} by fifths of the busiest node. */
    public static final int LEVELS = 5;

    private PracticeStats() {
    }

    /**
     * One node of the menu with how often it was shown. {@code level} is the colour class (0..5),
     * {@code percent} the bar's length against the busiest node, rounded to 5.
     */
    public record Heat(List<Integer> path, String label, long count, int level, int percent, List<Heat> children) {
        public Heat {
            path = List.copyOf(path);
            children = List.copyOf(children);
        }

        /** The path as authors write it: {@code 2 > 1}; {@code menu} for the top. */
        public String display() {
            return Menu.display(path);
        }
    }

    /** A practice task across learners; {@code median} in messages, empty when nobody reached it. */
    public record TaskStats(Task task, long attempts, long reached, OptionalDouble median) {
    }

    /**
     * The menu's tree with counts.
     *
     * @param shown node path to the number of times its sub-menu or answer was shown; paths that are
     *              no longer in the menu are ignored
     */
    public static Heat heat(Menu menu, Map<List<Integer>, Long> shown) {
        long max = 0;
        for (Map.Entry<List<Integer>, Long> e : shown.entrySet()) {
            if (menu.node(e.getKey()).isPresent()) {
                max = Math.max(max, e.getValue());
            }
        }
        return heat(menu.root(), List.of(), shown, max);
    }

    private static Heat heat(MenuNode node, List<Integer> path, Map<List<Integer>, Long> shown, long max) {
        List<Heat> children = new ArrayList<>();
        if (node instanceof MenuNode.SubMenu sub) {
            for (int i = 0; i < sub.options().size(); i++) {
                List<Integer> child = new ArrayList<>(path);
                child.add(i + 1);
                children.add(heat(sub.options().get(i), child, shown, max));
            }
        }
        long count = shown.getOrDefault(path, 0L);
        return new Heat(path, node.label(), count, level(count, max), percent(count, max), children);
    }

    /** 0 when never shown; otherwise which fifth of the busiest count this one falls in, 1..5. */
    static int level(long count, long max) {
        if (count <= 0 || max <= 0) {
            return 0;
        }
        return (int) Math.max(1, Math.min(LEVELS, (count * LEVELS + max - 1) / max));
    }

    /** The bar's length in percent of the busiest count, in steps of 5; at least 5 when shown at all. */
    static int percent(long count, long max) {
        if (count <= 0 || max <= 0) {
            return 0;
        }
        long steps = Math.round(20.0 * count / max);
        return (int) Math.max(1, steps) * 5;
    }

    /**
     * One task's figures.
     *
     * @param attempts learners who started it
     * @param messages the messages each success took, one entry per time it was reached
     * @param reached  learners who reached it at least once
     */
    public static TaskStats task(Task task, long attempts, long reached, List<Integer> messages) {
        return new TaskStats(task, Math.max(attempts, reached), reached, median(messages));
    }

    static OptionalDouble median(List<Integer> values) {
        if (values.isEmpty()) {
            return OptionalDouble.empty();
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return OptionalDouble.of(n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0);
    }
}
