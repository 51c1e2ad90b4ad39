package id.serambi.chat.designer;

import id.serambi.chat.engine.ChatInput;
import id.serambi.chat.engine.Menu;
import id.serambi.chat.engine.MenuNode;
import id.serambi.chat.engine.Service;
import id.serambi.chat.engine.Task;
import id.serambi.chat.menu.NodeReader;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The designer's changes to the tree of options: add, delete, move, replace one node. Practice
 * tasks name their goal by option numbers, so a move renumbers their goals with it, and an option
 * a task leads to cannot be deleted until the task points elsewhere.
 */
final class DesignTree {
    static final List<String> KINDS = List.of("reply", "service", "submenu", "handoff");

    private DesignTree() {
    }

    /** A new option of {@code kind} at the end of the sub-menu at {@code parent}, with placeholder texts. */
    static DesignEdit add(Menu m, List<Integer> parent, String kind, String label, String text) {
        if (!(m.node(parent).orElse(null) instanceof MenuNode.SubMenu sub) || !KINDS.contains(kind)) {
            return DesignEdit.gone();
        }
        String shortcut = freeShortcut(m);
        String name = freeLabel(sub, label);
        MenuNode added = switch (kind) {
            case "service" -> new MenuNode.Reply(name, shortcut, Optional.empty(), text,
                    Optional.of(new Service("", "", "", "", "", "")));
            case "submenu" -> new MenuNode.SubMenu(name, shortcut, Optional.empty(), text,
                    List.of(new MenuNode.Reply(label + " 1", shortcut + "-1", Optional.empty(), text,
                            Optional.empty())), Optional.empty());
            case "handoff" -> new MenuNode.HandOff(name, shortcut, Optional.empty(), text);
            default -> new MenuNode.Reply(name, shortcut, Optional.empty(), text, Optional.empty());
        };
        List<MenuNode> options = new ArrayList<>(sub.options());
        options.add(added);
        return DesignEdit.of(replace(m, parent, withOptions(sub, options)));
    }

    static DesignEdit delete(Menu m, List<Integer> path) {
        if (path.isEmpty() || m.node(path).isEmpty()) {
            return DesignEdit.gone();
        }
        if (m.tasks().stream().anyMatch(t -> startsWith(t.goal(), path))) {
            return DesignEdit.failed("!task", "designer.error.delete.task");
        }
        int depth = path.size() - 1;
        int removed = path.get(depth);
        Menu out = editOptions(m, parentOf(path), options -> {
            List<MenuNode> list = new ArrayList<>(options);
            list.remove(removed - 1);
            return list;
        });
        return DesignEdit.of(withTasks(out, renumber(m.tasks(), parentOf(path), n -> n > removed ? n - 1 : n)));
    }

    /** Moves an option one place up ({@code by} -1) or down (+1) among its siblings. */
    static DesignEdit move(Menu m, List<Integer> path, int by) {
        if (path.isEmpty() || m.node(path).isEmpty()) {
            return DesignEdit.gone();
        }
        int index = path.get(path.size() - 1) - 1;
        int size = ((MenuNode.SubMenu) m.node(parentOf(path)).orElseThrow()).options().size();
        int target = index + by;
        if (target < 0 || target >= size) {
            return DesignEdit.gone();
        }
        Menu out = editOptions(m, parentOf(path), options -> {
            List<MenuNode> list = new ArrayList<>(options);
            list.add(target, list.remove(index));
            return list;
        });
        int a = index + 1;
        int b = target + 1;
        return DesignEdit.of(withTasks(out, renumber(m.tasks(), parentOf(path), n -> n == a ? b : n == b ? a : n)));
    }

    /** The menu with the node at {@code path} replaced. */
    static Menu replace(Menu m, List<Integer> path, MenuNode node) {
        return withRoot(m, (MenuNode.SubMenu) replaceIn(m.root(), path, 0, node));
    }

    static Menu withRoot(Menu m, MenuNode.SubMenu root) {
        return new Menu(m.id(), m.title(), m.profile(), m.zone(), m.greeting(), m.away(), m.fallback(), m.footer(),
                m.triggers(), m.prefill(), root, m.tasks());
    }

    static Menu withTasks(Menu m, List<Task> tasks) {
        return new Menu(m.id(), m.title(), m.profile(), m.zone(), m.greeting(), m.away(), m.fallback(), m.footer(),
                m.triggers(), m.prefill(), m.root(), tasks);
    }

    static MenuNode.SubMenu withOptions(MenuNode.SubMenu sub, List<MenuNode> options) {
        return new MenuNode.SubMenu(sub.label(), sub.shortcut(), sub.description(), sub.text(), options, sub.api());
    }

    /** {@code "2.1"} as a path; {@code ""} is the top menu. */
    static Optional<List<Integer>> path(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.isEmpty()) {
            return Optional.of(List.of());
        }
        List<Integer> path = new ArrayList<>();
        for (String part : text.split("\\.", -1)) {
            if (!part.matches("[1-9][0-9]?")) {
                return Optional.empty();
            }
            path.add(Integer.parseInt(part));
        }
        return path.size() > NodeReader.MAX_READ_DEPTH ? Optional.empty() : Optional.of(List.copyOf(path));
    }

    static String pathText(List<Integer> path) {
        return String.join(".", path.stream().map(String::valueOf).toList());
    }

    /** The id of a node's form and anchor on the edit page: {@code n-menu}, {@code n-2-1}. */
    static String anchor(List<Integer> path) {
        return "n-" + (path.isEmpty() ? "menu" : pathText(path).replace('.', '-'));
    }

    static List<Integer> parentOf(List<Integer> path) {
        return path.subList(0, path.size() - 1);
    }

    private static boolean startsWith(List<Integer> path, List<Integer> prefix) {
        return path.size() >= prefix.size() && path.subList(0, prefix.size()).equals(prefix);
    }

    /** The tasks with the option number just below {@code parent} in their goals mapped by {@code f}. */
    private static List<Task> renumber(List<Task> tasks, List<Integer> parent, UnaryOperator<Integer> f) {
        List<Task> out = new ArrayList<>();
        for (Task t : tasks) {
            List<Integer> goal = t.goal();
            if (goal.size() > parent.size() && startsWith(goal, parent)) {
                List<Integer> moved = new ArrayList<>(goal);
                moved.set(parent.size(), f.apply(goal.get(parent.size())));
                out.add(new Task(t.id(), t.prompt(), moved, t.par()));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private static Menu editOptions(Menu m, List<Integer> parent, UnaryOperator<List<MenuNode>> f) {
        MenuNode.SubMenu sub = (MenuNode.SubMenu) m.node(parent).orElseThrow();
        return replace(m, parent, withOptions(sub, f.apply(sub.options())));
    }

    private static MenuNode replaceIn(MenuNode at, List<Integer> path, int depth, MenuNode node) {
        if (depth == path.size()) {
            return node;
        }
        MenuNode.SubMenu sub = (MenuNode.SubMenu) at;
        List<MenuNode> options = new ArrayList<>(sub.options());
        int i = path.get(depth) - 1;
        options.set(i, replaceIn(options.get(i), path, depth + 1, node));
        return withOptions(sub, options);
    }

    private static String freeShortcut(Menu m) {
        Set<String> used = new HashSet<>();
        collect(m.root(), used);
        for (int n = 1; ; n++) {
            if (!used.contains("pilihan" + n) && !used.contains("pilihan" + n + "-1")) {
                return "pilihan" + n;
            }
        }
    }

    private static void collect(MenuNode node, Set<String> out) {
        out.add(node.shortcut());
        if (node instanceof MenuNode.SubMenu sub) {
            sub.options().forEach(o -> collect(o, out));
        }
    }

    private static String freeLabel(MenuNode.SubMenu sub, String label) {
        Set<String> used = new HashSet<>();
        sub.options().forEach(o -> used.add(ChatInput.normalize(o.label())));
        String name = label;
        for (int n = 2; used.contains(ChatInput.normalize(name)); n++) {
            name = label + " " + n;
        }
        return name;
    }
}
