package id.serambi.chat.menu;

import id.serambi.chat.engine.Away;
import id.serambi.chat.engine.Menu;
import id.serambi.chat.engine.MenuNode;
import id.serambi.chat.engine.Profile;
import id.serambi.chat.engine.Task;
import id.serambi.content.ContentFiles;
import id.serambi.content.Problem;
import id.serambi.content.Text;
import id.serambi.content.YamlFields;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a menu from {@code content/menus/<id>.yaml}, or from YAML or JSON given by the designer,
 * and runs {@link MenuChecks} on it. Every problem names its file and line.
 */
public final class MenuLoader {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> TOP = Set.of("title", "timezone", "profile", "greeting", "away", "fallback",
            "footer", "triggers", "prefill", "menu", "tasks");
    private static final Set<String> TASK = Set.of("id", "prompt", "goal", "par");

    /**
     * @param menu     the menu when its structure could be read, even if checks found problems,
     *                 so a designer can open a draft; use it for serving only when {@link #ok()}
     * @param problems structural problems and check findings, as {@code path:line: message}
     * @param findings the check findings alone, with their nodes
     */
    public record Result(Optional<Menu> menu, List<Problem> problems, List<Finding> findings) {
        public boolean ok() {
            return menu.isPresent() && problems.isEmpty();
        }
    }

    /** Every {@code *.yaml} in {@code <root>/content/menus}, by menu id (the file name). */
    public Map<String, Result> loadAll(Path root) {
        ContentFiles files = new ContentFiles(root);
        Map<String, Result> results = new LinkedHashMap<>();
        try {
            for (Path file : files.list(root.resolve("content/menus"), ".yaml")) {
                results.put(idOf(file), load(files, file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return results;
    }

    public Result load(ContentFiles files, Path file) {
        List<Problem> problems = new ArrayList<>();
        String path = files.display(file);
        Optional<String> text = files.read(file, problems);
        return text.map(t -> readYaml(idOf(file), path, t))
                .orElseGet(() -> new Result(Optional.empty(), problems, List.of()));
    }

    public Result readYaml(String id, String path, String yamlText) {
        List<Problem> problems = new ArrayList<>();
        YamlFields yaml = new YamlFields(path, 1, problems);
        Optional<Node> doc = yaml.parse(yamlText);
        if (doc.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.at(path, 1, "content.file.empty"));
        }
        return doc.map(node -> read(id, path, node, yaml, problems))
                .orElseGet(() -> new Result(Optional.empty(), problems, List.of()));
    }

    /** JSON keeps its line numbers too: it is read into the same node tree as YAML. */
    public Result readJson(String id, String path, String jsonText) {
        List<Problem> problems = new ArrayList<>();
        Optional<Node> doc = MenuJson.parse(path, jsonText, problems);
        return doc.map(node -> read(id, path, node, new YamlFields(path, 1, problems), problems))
                .orElseGet(() -> new Result(Optional.empty(), problems, List.of()));
    }

    private Result read(String id, String path, Node node, YamlFields yaml, List<Problem> problems) {
        SourceLines lines = new SourceLines();
        Optional<Map<String, NodeTuple>> fields = yaml.fields(node, path, TOP);
        if (fields.isEmpty()) {
            return new Result(Optional.empty(), problems, List.of());
        }
        Map<String, NodeTuple> f = fields.get();
        f.forEach((k, t) -> lines.put(List.of(), k, yaml.line(t.getKeyNode())));
        ProfileReader profiles = new ProfileReader(yaml, lines);
        NodeReader nodes = new NodeReader(yaml, lines);
        Optional<Text> title = yaml.text(f, "title", node, true);
        Optional<ZoneId> zone = zone(yaml, f, node);
        Optional<Profile> profile = required(yaml, f, "profile", node).flatMap(profiles::profile);
        Optional<String> greeting = yaml.string(f, "greeting", node, true);
        Optional<Away> away = f.containsKey("away") ? profiles.away(f.get("away").getValueNode()) : Optional.empty();
        boolean awayBroken = f.containsKey("away") && away.isEmpty();
        Optional<String> fallback = yaml.string(f, "fallback", node, true);
        Optional<String> footer = yaml.string(f, "footer", node, false);
        Optional<List<String>> triggers = yaml.stringList(f, "triggers", node, true);
        Optional<String> prefill = yaml.string(f, "prefill", node, false);
        Optional<MenuNode.SubMenu> root = required(yaml, f, "menu", node).flatMap(nodes::root);
        if (title.isEmpty() || zone.isEmpty() || profile.isEmpty() || greeting.isEmpty() || awayBroken
                || fallback.isEmpty() || triggers.isEmpty() || triggers.get().isEmpty() || root.isEmpty()) {
            Collections.sort(problems);
            return new Result(Optional.empty(), problems, List.of());
        }
        Menu draft = new Menu(id, title.get(), profile.get(), zone.get(), greeting.get(), away, fallback.get(),
                footer, triggers.get(), prefill, root.get(), List.of());
        List<Task> tasks = f.containsKey("tasks") ? tasks(yaml, nodes, f.get("tasks"), draft) : List.of();
        Menu menu = new Menu(id, draft.title(), draft.profile(), draft.zone(), draft.greeting(), draft.away(),
                draft.fallback(), draft.footer(), draft.triggers(), draft.prefill(), draft.root(), tasks);
        List<Finding> findings = MenuChecks.check(menu);
        for (Finding finding : findings) {
            List<Object> args = finding.args();
            problems.add(Problem.at(path, lines.of(finding.node(), finding.field()), finding.key(), args.toArray()));
        }
        Collections.sort(problems);
        return new Result(Optional.of(menu), List.copyOf(problems), findings);
    }

    private static Optional<Node> required(YamlFields yaml, Map<String, NodeTuple> f, String key, Node parent) {
        NodeTuple tuple = f.get(key);
        if (tuple == null || YamlFields.isNull(tuple.getValueNode())) {
            yaml.problem(tuple == null ? yaml.line(parent) : yaml.line(tuple.getKeyNode()), "content.field.required", key);
            return Optional.empty();
        }
        return Optional.of(tuple.getValueNode());
    }

    private static Optional<ZoneId> zone(YamlFields yaml, Map<String, NodeTuple> f, Node node) {
        Optional<String> text = yaml.string(f, "timezone", node, false);
        if (text.isEmpty()) {
            return f.containsKey("timezone") ? Optional.empty() : Optional.of(Menu.DEFAULT_ZONE);
        }
        try {
            return Optional.of(ZoneId.of(text.get()));
        } catch (DateTimeException e) {
            yaml.problem(f.get("timezone").getValueNode(), "chat.menu.timezone", text.get());
            return Optional.empty();
        }
    }

    private static List<Task> tasks(YamlFields yaml, NodeReader nodes, NodeTuple tuple, Menu menu) {
        if (!(tuple.getValueNode() instanceof SequenceNode seq)) {
            yaml.problem(tuple.getValueNode(), "content.field.list", "tasks");
            return List.of();
        }
        List<Task> tasks = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node node : seq.getValue()) {
            Optional<Map<String, NodeTuple>> fields = yaml.fields(node, "tasks", TASK);
            if (fields.isEmpty()) {
                continue;
            }
            Map<String, NodeTuple> f = fields.get();
            Optional<String> id = yaml.string(f, "id", node, true);
            if (id.isPresent() && (!ID.matcher(id.get()).matches() || !ids.add(id.get()))) {
                yaml.problem(f.get("id").getValueNode(), ID.matcher(id.get()).matches()
                        ? "chat.task.duplicate" : "content.id.format", id.get());
                id = Optional.empty();
            }
            Optional<Text> prompt = yaml.text(f, "prompt", node, true);
            Optional<List<Integer>> goal = nodes.numbers(f, "goal", node);
            Optional<Integer> par = yaml.integer(f, "par", node, 1, 100, true);
            if (goal.isPresent() && menu.node(goal.get()).filter(n -> !(n instanceof MenuNode.SubMenu)).isEmpty()) {
                yaml.problem(f.get("goal").getValueNode(), "chat.task.goal", Menu.display(goal.get()));
                goal = Optional.empty();
            }
            if (goal.isPresent() && par.isPresent() && par.get() < goal.get().size()) {
                yaml.problem(f.get("par").getValueNode(), "chat.task.par", par.get(), goal.get().size());
                par = Optional.empty();
            }
            if (id.isPresent() && prompt.isPresent() && goal.isPresent() && par.isPresent()) {
                tasks.add(new Task(id.get(), prompt.get(), goal.get(), par.get()));
            }
        }
        return tasks;
    }

    private static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".yaml".length());
    }
}
