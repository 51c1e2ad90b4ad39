package id.serambi.chat.menu;

import id.serambi.chat.engine.Menu;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each node and field of a menu file was written, so a check on the model can still point
 * the author at a file line. Keys are {@code "<node>|<field>"} with the node as {@link Menu#display}
 * writes it; top-level fields belong to {@code menu}.
 */
public final class SourceLines {
    private final Map<String, Integer> lines = new HashMap<>();

    void put(List<Integer> node, String field, int line) {
        lines.putIfAbsent(key(node, field), line);
    }

    void putNode(List<Integer> node, int line) {
        lines.putIfAbsent(Menu.display(node), line);
    }

    /** The line of the field, else of its node, else the first line. */
    public int of(List<Integer> node, String field) {
        Integer line = lines.get(key(node, field));
        if (line == null && field.contains(".")) {
            line = lines.get(key(node, field.substring(0, field.indexOf('.'))));
        }
        if (line == null) {
            line = lines.get(Menu.display(node));
        }
        return line == null ? 1 : line;
    }

    private static String key(List<Integer> node, String field) {
        return Menu.display(node) + "|" + field;
    }
}
