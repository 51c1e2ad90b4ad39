package id.serambi.course;

import id.serambi.content.ContentFiles;
import id.serambi.content.Problem;
import id.serambi.content.Text;
import id.serambi.content.YamlFields;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Module items that point at another feature's file (a WhatsApp menu, a practice task of a menu, a
 * quiz): the file must exist, and the item takes its title from it. Whether that file is otherwise
 * well formed is its own check's business, so its problems are not reported here.
 */
final class LinkedItems {
    private final ContentFiles files;

    LinkedItems(ContentFiles files) {
        this.files = files;
    }

    /** The title of a menu or quiz a module points at, read from its file; its id when it has none. */
    Optional<Text> title(YamlFields yaml, int line, String id, String... candidates) {
        if (!ModuleReader.ID.matcher(id).matches()) {
            yaml.problem(line, "content.id.format", id);
            return Optional.empty();
        }
        for (String candidate : candidates) {
            Path file = files.root().resolve(candidate);
            if (Files.isRegularFile(file)) {
                if (!candidate.endsWith(".yaml")) {
                    return Optional.of(Text.of(id));
                }
                List<Problem> ignored = new ArrayList<>();
                return Optional.of(files.read(file, ignored)
                        .flatMap(text -> new YamlFields(candidate, 1, ignored).parse(text))
                        .flatMap(node -> titleOf(node, candidate))
                        .orElse(Text.of(id)));
            }
        }
        yaml.problem(line, "content.item.missing", String.join(" / ", candidates));
        return Optional.empty();
    }

    /**
     * The title of a file a module points at by id (an inbox, a planner task, a design task, a
     * checklist): the file must exist and have a top-level {@code title}.
     */
    Optional<Text> titled(YamlFields yaml, int line, String id, String path) {
        if (!ModuleReader.ID.matcher(id).matches()) {
            yaml.problem(line, "content.id.format", id);
            return Optional.empty();
        }
        Path file = files.root().resolve(path);
        if (!Files.isRegularFile(file)) {
            yaml.problem(line, "content.item.missing", path);
            return Optional.empty();
        }
        List<Problem> ignored = new ArrayList<>();
        Optional<Text> title = files.read(file, ignored)
                .flatMap(text -> new YamlFields(path, 1, ignored).parse(text))
                .flatMap(node -> titleOf(node, path));
        if (title.isEmpty()) {
            yaml.problem(line, "path.item.title", path);
        }
        return title;
    }

    /**
     * A practice task a module points at, written {@code menu/task}: the menu file must exist and
     * list a task with that id among its {@code tasks}; the item's title is the task's prompt.
     */
    Optional<Item.Task> task(YamlFields yaml, int line, String target) {
        int slash = target.indexOf('/');
        String menuId = slash < 0 ? target : target.substring(0, slash);
        String taskId = slash < 0 ? "" : target.substring(slash + 1);
        if (!ModuleReader.ID.matcher(menuId).matches() || !ModuleReader.ID.matcher(taskId).matches()) {
            yaml.problem(line, "content.task.key", target);
            return Optional.empty();
        }
        String menuPath = "content/menus/" + menuId + ".yaml";
        Path file = files.root().resolve(menuPath);
        if (!Files.isRegularFile(file)) {
            yaml.problem(line, "content.item.missing", menuPath);
            return Optional.empty();
        }
        // the menu's own check reports a malformed file; here only the task's presence matters
        List<Problem> ignored = new ArrayList<>();
        YamlFields quiet = new YamlFields(menuPath, 1, ignored);
        Optional<Node> doc = files.read(file, ignored).flatMap(quiet::parse);
        for (MappingNode taskNode : tasksOf(doc.orElse(null))) {
            Map<String, NodeTuple> fields = new HashMap<>();
            for (NodeTuple tuple : taskNode.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    fields.put(key.getValue(), tuple);
                }
            }
            NodeTuple id = fields.get("id");
            if (id != null && id.getValueNode() instanceof ScalarNode idNode && idNode.getValue().equals(taskId)) {
                Text prompt = quiet.text(fields, "prompt", taskNode, false).orElse(Text.of(taskId));
                return Optional.of(new Item.Task(menuId, taskId, prompt));
            }
        }
        yaml.problem(line, "content.task.missing", taskId, menuPath);
        return Optional.empty();
    }

    private static List<MappingNode> tasksOf(Node menu) {
        List<MappingNode> tasks = new ArrayList<>();
        if (menu instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("tasks")
                        && tuple.getValueNode() instanceof SequenceNode seq) {
                    for (Node task : seq.getValue()) {
                        if (task instanceof MappingNode m) {
                            tasks.add(m);
                        }
                    }
                }
            }
        }
        return tasks;
    }

    private static Optional<Text> titleOf(Node node, String path) {
        if (!(node instanceof MappingNode map)) {
            return Optional.empty();
        }
        YamlFields quiet = new YamlFields(path, 1, new ArrayList<>());
        for (NodeTuple tuple : map.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("title")) {
                Map<String, NodeTuple> single = Map.of("title", tuple);
                return quiet.text(single, "title", node, false);
            }
        }
        return Optional.empty();
    }
}
