package id.serambi.chat.menu;

import id.serambi.chat.engine.ChatInput;
import id.serambi.chat.engine.Menu;
import id.serambi.chat.engine.MenuNode;
import id.serambi.chat.engine.Presentation;
import id.serambi.chat.engine.Service;
import id.serambi.content.YamlFields;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the tree of options: sub-menus, replies with their service components, hand-offs. */
public final class NodeReader {
    /** Far beyond the depth the checks allow; only here so a self-referencing alias cannot loop. */
    public static final int MAX_READ_DEPTH = 8;
    private static final Set<String> ROOT = Set.of("text", "shortcut", "options", "api");
    private static final Set<String> NODE = Set.of("label", "shortcut", "description", "text", "options", "api",
            "reply", "handoff", "service");
    private static final Set<String> SERVICE = Set.of("persyaratan", "prosedur", "waktu", "biaya", "produk",
            "pengaduan");
    private static final Set<String> API = Set.of("type", "button", "sections");
    private static final Set<String> SECTION = Set.of("title", "options");

    private final YamlFields yaml;
    private final SourceLines lines;

    NodeReader(YamlFields yaml, SourceLines lines) {
        this.yaml = yaml;
        this.lines = lines;
    }

    Optional<MenuNode.SubMenu> root(Node node) {
        Optional<Map<String, NodeTuple>> fields = yaml.fields(node, "menu", ROOT);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        record(List.of(), node, fields.get());
        Optional<MenuNode> root = subMenu(fields.get(), node, List.of(), "", shortcut(fields.get(), node),
                Optional.empty());
        return root.map(MenuNode.SubMenu.class::cast);
    }

    private Optional<MenuNode> option(Node node, List<Integer> path) {
        if (path.size() > MAX_READ_DEPTH) {
            yaml.problem(node, "chat.menu.toodeep", MAX_READ_DEPTH);
            return Optional.empty();
        }
        Optional<Map<String, NodeTuple>> fields = yaml.fields(node, Menu.display(path), NODE);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Map<String, NodeTuple> f = fields.get();
        record(path, node, f);
        Optional<String> label = yaml.string(f, "label", node, true);
        Optional<String> shortcut = shortcut(f, node);
        Optional<String> description = yaml.string(f, "description", node, false);
        int kinds = (f.containsKey("options") ? 1 : 0) + (f.containsKey("reply") ? 1 : 0)
                + (f.containsKey("handoff") ? 1 : 0);
        if (kinds != 1) {
            yaml.problem(node, "chat.menu.node.kind");
            return Optional.empty();
        }
        if (f.containsKey("service") && !f.containsKey("reply")) {
            yaml.problem(f.get("service").getKeyNode(), "chat.menu.service.onlyreply");
        }
        if (f.containsKey("api") && !f.containsKey("options")) {
            yaml.problem(f.get("api").getKeyNode(), "chat.menu.api.onlysub");
        }
        if (f.containsKey("text") && !f.containsKey("options")) {
            yaml.problem(f.get("text").getKeyNode(), "chat.menu.text.onlysub");
        }
        if (f.containsKey("options")) {
            Optional<MenuNode> sub = subMenu(f, node, path, label.orElse(""), shortcut, description);
            return label.isPresent() ? sub : Optional.empty();
        }
        String key = f.containsKey("reply") ? "reply" : "handoff";
        Optional<String> text = yaml.string(f, key, node, true);
        Optional<Service> service = f.containsKey("service") ? service(f.get("service").getValueNode())
                : Optional.empty();
        if (label.isEmpty() || shortcut.isEmpty() || text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(key.equals("reply")
                ? new MenuNode.Reply(label.get(), shortcut.get(), description, text.get(), service)
                : new MenuNode.HandOff(label.get(), shortcut.get(), description, text.get()));
    }

    private Optional<MenuNode> subMenu(Map<String, NodeTuple> f, Node node, List<Integer> path, String label,
                                       Optional<String> shortcut, Optional<String> description) {
        Optional<String> text = yaml.string(f, "text", node, true);
        NodeTuple options = f.get("options");
        if (options == null || !(options.getValueNode() instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
            yaml.problem(options == null ? yaml.line(node) : yaml.line(options.getKeyNode()), "chat.menu.options.empty");
            return Optional.empty();
        }
        List<MenuNode> children = new ArrayList<>();
        boolean complete = true;
        for (Node child : seq.getValue()) {
            List<Integer> childPath = new ArrayList<>(path);
            childPath.add(children.size() + 1);
            Optional<MenuNode> read = option(child, childPath);
            complete &= read.isPresent();
            // keep numbering stable so later problems name the right option
            children.add(read.orElse(null));
        }
        Optional<Presentation> api = f.containsKey("api") ? api(f.get("api").getValueNode()) : Optional.empty();
        if (!complete || text.isEmpty() || shortcut.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MenuNode.SubMenu(label, shortcut.get(), description, text.get(), children, api));
    }

    private Optional<Service> service(Node node) {
        Optional<Map<String, NodeTuple>> fields = yaml.fields(node, "service", SERVICE);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Map<String, NodeTuple> f = fields.get();
        // a missing component is left empty: the checks name it, and a draft still loads
        String[] v = new String[Service.Component.values().length];
        for (Service.Component c : Service.Component.values()) {
            v[c.ordinal()] = yaml.string(f, c.key(), node, false).orElse("");
        }
        return Optional.of(new Service(v[0], v[1], v[2], v[3], v[4], v[5]));
    }

    private Optional<Presentation> api(Node node) {
        Optional<Map<String, NodeTuple>> fields = yaml.fields(node, "api", API);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Map<String, NodeTuple> f = fields.get();
        Optional<String> type = yaml.string(f, "type", node, true);
        Optional<Presentation.Type> parsed = type.flatMap(t -> {
            for (Presentation.Type candidate : Presentation.Type.values()) {
                if (candidate.key().equals(t)) {
                    return Optional.of(candidate);
                }
            }
            yaml.problem(f.get("type").getValueNode(), "chat.menu.api.type", t);
            return Optional.empty();
        });
        Optional<String> button = yaml.string(f, "button", node, false);
        List<Presentation.Section> sections = new ArrayList<>();
        NodeTuple list = f.get("sections");
        if (list != null && !(list.getValueNode() instanceof SequenceNode)) {
            yaml.problem(list.getValueNode(), "content.field.list", "sections");
        } else if (list != null) {
            for (Node s : ((SequenceNode) list.getValueNode()).getValue()) {
                yaml.fields(s, "sections", SECTION).ifPresent(sf -> sections.add(new Presentation.Section(
                        yaml.string(sf, "title", s, false),
                        numbers(sf, "options", s).orElse(List.of()))));
            }
        }
        return parsed.map(t -> new Presentation(t, button, sections));
    }

    /** A list of option numbers such as {@code [2, 1]}. */
    Optional<List<Integer>> numbers(Map<String, NodeTuple> f, String key, Node parent) {
        Optional<List<String>> items = yaml.stringList(f, key, parent, true);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> numbers = new ArrayList<>();
        for (String item : items.get()) {
            int n = ChatInput.number(item.strip());
            if (n < 1 || !item.strip().chars().allMatch(Character::isDigit)) {
                yaml.problem(f.get(key).getValueNode(), "chat.menu.number", key);
                return Optional.empty();
            }
            numbers.add(n);
        }
        return Optional.of(numbers);
    }

    /** Authors may write the shortcut as they type it, "/alamat"; it is kept without the slash. */
    private Optional<String> shortcut(Map<String, NodeTuple> f, Node node) {
        return yaml.string(f, "shortcut", node, true).map(s -> s.startsWith("/") ? s.substring(1) : s);
    }

    private void record(List<Integer> path, Node node, Map<String, NodeTuple> f) {
        lines.putNode(path, yaml.line(node));
        f.forEach((k, t) -> lines.put(path, k, yaml.line(t.getKeyNode())));
        if (f.containsKey("api")) {
            Node api = f.get("api").getValueNode();
            if (api instanceof org.yaml.snakeyaml.nodes.MappingNode m) {
                for (NodeTuple t : m.getValue()) {
                    if (t.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode k) {
                        lines.put(path, "api." + k.getValue(), yaml.line(t.getKeyNode()));
                    }
                }
            }
        }
    }
}
