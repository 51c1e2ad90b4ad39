package id.serambi.chat.menu;

import id.serambi.chat.engine.Menu;

import java.util.List;

/**
 * One thing a menu should fix: the node it is about ({@code []} for the top menu and menu-wide
 * fields), the field, and a message key whose text says what is wrong and how to fix it. The
 * first argument is always the node as authors write it ({@code 2 > 1}).
 *
 * @param field the file field, e.g. {@code reply}, {@code api.button}, {@code profile.address}
 */
public record Finding(List<Integer> node, String field, String key, List<Object> args) {

    public Finding {
        node = List.copyOf(node);
        args = List.copyOf(args);
    }

    static Finding of(List<Integer> node, String field, String key, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = Menu.display(node);
        System.arraycopy(more, 0, args, 1, more.length);
        return new Finding(node, field, key, List.of(args));
    }

    /** The node as authors write it: {@code 2 > 1}, or {@code menu}. */
    public String where() {
        return Menu.display(node);
    }
}
