package id.serambi.chat.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A menu node with everything the engine needs per message worked out in advance: the text it
 * sends, its children, the labels that select them, and the hint for unexpected input.
 */
final class CompiledNode {
    final MenuNode node;
    final List<Integer> path;
    final CompiledNode parent;
    final String message;
    final Optional<Interactive> interactive;
    final List<CompiledNode> children = new ArrayList<>();
    /** Normalized option labels, so a tapped button or list row (sent as its title) selects it. */
    final Map<String, Integer> labels = new HashMap<>();
    final String fallback;

    CompiledNode(Menu menu, MenuNode node, List<Integer> path, CompiledNode parent) {
        this.node = node;
        this.path = List.copyOf(path);
        this.parent = parent;
        boolean isRoot = parent == null;
        this.message = MenuText.message(menu, node, isRoot);
        if (node instanceof MenuNode.SubMenu sub) {
            this.interactive = MenuText.interactive(menu, sub, isRoot);
            this.fallback = menu.fallback() + "\n\n" + MenuText.hint(menu, sub.options().size(), isRoot);
            for (int i = 0; i < sub.options().size(); i++) {
                List<Integer> childPath = new ArrayList<>(path);
                childPath.add(i + 1);
                children.add(new CompiledNode(menu, sub.options().get(i), childPath, this));
                labels.putIfAbsent(ChatInput.normalize(sub.options().get(i).label()), i + 1);
            }
        } else {
            this.interactive = Optional.empty();
            this.fallback = "";
        }
    }

    boolean isRoot() {
        return parent == null;
    }

    /** The sub-menu whose numbers apply while this node is the last one shown. */
    CompiledNode level() {
        return node instanceof MenuNode.SubMenu ? this : parent;
    }

    /** The node at {@code path} below this one, or the deepest existing node on the way. */
    CompiledNode find(List<Integer> path) {
        CompiledNode at = this;
        for (int number : path) {
            if (number < 1 || number > at.children.size()) {
                return at;
            }
            at = at.children.get(number - 1);
        }
        return at;
    }

    void collect(List<CompiledNode> out) {
        out.add(this);
        for (CompiledNode child : children) {
            child.collect(out);
        }
    }
}
