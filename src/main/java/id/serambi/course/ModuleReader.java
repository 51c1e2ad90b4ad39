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
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the module manifests of one load, in order: their fields and items. Lessons are only
 * listed here (read later, once every module's lessons are known, so that lessons can link to each
 * other); a module id listed twice across manifests, or a lesson listed twice in one, is reported where it repeats.
 */
final class ModuleReader {
    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern LESSON_KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)*");
    private static final Set<String> MODULE_FIELDS = Set.of("id", "title", "description", "audience", "items",
            "cards");
    private static final Set<String> ITEM_KINDS = Set.of("lesson", "simulator", "task", "quiz", "inbox", "planner",
            "design", "checklist");

    /** A lesson a manifest lists, at {@code modulePath:line}. */
    record PendingLesson(String key, String moduleId, String modulePath, int line) {
        String slug() {
            return key.substring(key.lastIndexOf('/') + 1);
        }
    }

    /** A module whose items are lessons still to read ({@link PendingLesson}) or finished {@link Item}s. */
    record PendingModule(String id, Text title, Text description, Set<Audience> audience, List<Object> items,
                         List<String> cards) {
    }

    private final ContentFiles files;
    private final List<Problem> problems;
    private final LinkedItems linked;
    private final Map<String, PendingLesson> lessonsByKey = new LinkedHashMap<>();
    private final Set<String> moduleIds = new HashSet<>();
    /** Where the module being read lists each of its lessons, by key. */
    private final Map<String, Integer> lineInModule = new HashMap<>();

    ModuleReader(ContentFiles files, List<Problem> problems) {
        this.files = files;
        this.problems = problems;
        this.linked = new LinkedItems(files);
    }

    /** The lessons of every manifest read so far, by key, in the order they were listed. */
    Map<String, PendingLesson> lessons() {
        return lessonsByKey;
    }

    Optional<PendingModule> read(Path manifest) {
        String path = files.display(manifest);
        Optional<String> text = files.read(manifest, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        YamlFields yaml = new YamlFields(path, 1, problems);
        Optional<Node> doc = yaml.parse(text.get());
        if (doc.isEmpty()) {
            if (text.get().isBlank()) {
                problems.add(Problem.at(path, 1, "content.file.empty"));
            }
            return Optional.empty();
        }
        Node node = doc.get();
        Optional<Map<String, NodeTuple>> fields = yaml.fields(node, path, MODULE_FIELDS);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Map<String, NodeTuple> f = fields.get();
        Optional<String> id = yaml.string(f, "id", node, true);
        if (id.isPresent() && !ID.matcher(id.get()).matches()) {
            yaml.problem(f.get("id").getValueNode(), "content.id.format", id.get());
            id = Optional.empty();
        } else if (id.isPresent() && !moduleIds.add(id.get())) {
            yaml.problem(f.get("id").getValueNode(), "content.module.duplicate", id.get());
            id = Optional.empty();
        }
        Optional<Text> title = yaml.text(f, "title", node, true);
        Optional<Text> description = yaml.text(f, "description", node, true);
        Optional<Set<Audience>> audience = audience(yaml, f);
        List<Object> items = readItems(yaml, f, node, id.orElse(""), path);
        Optional<List<String>> cards = cards(yaml, f, node);
        if (id.isEmpty() || title.isEmpty() || description.isEmpty() || audience.isEmpty() || cards.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PendingModule(id.get(), title.get(), description.get(), audience.get(), items,
                cards.get()));
    }

    /** {@code cards: [id, ...]}: quick-reference cards of {@code content/cards/}, each once. */
    private Optional<List<String>> cards(YamlFields yaml, Map<String, NodeTuple> f, Node node) {
        if (!f.containsKey("cards")) {
            return Optional.of(List.of());
        }
        Optional<List<String>> ids = yaml.stringList(f, "cards", node, true);
        if (ids.isEmpty()) {
            return ids;
        }
        int line = yaml.line(f.get("cards").getValueNode());
        boolean ok = true;
        for (String card : ids.get()) {
            if (!ID.matcher(card).matches()) {
                yaml.problem(line, "content.id.format", card);
                ok = false;
            } else if (!Files.isRegularFile(files.root().resolve("content/cards/" + card + ".md"))) {
                yaml.problem(line, "content.card.missing", card, "content/cards/" + card + ".md");
                ok = false;
            }
        }
        if (ids.get().stream().distinct().count() < ids.get().size()) {
            yaml.problem(line, "content.card.twice");
            ok = false;
        }
        return ok ? ids : Optional.empty();
    }

    /**
     * {@code audience: [warga, aparat]}: a list of known audiences, each once; every audience when
     * left out. Empty (after reporting it) when the list is not so.
     */
    static Optional<Set<Audience>> audience(YamlFields yaml, Map<String, NodeTuple> f) {
        NodeTuple tuple = f.get("audience");
        if (tuple == null) {
            return Optional.of(EnumSet.allOf(Audience.class));
        }
        if (!(tuple.getValueNode() instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
            yaml.problem(tuple.getValueNode(), "path.audience.list");
            return Optional.empty();
        }
        Set<Audience> out = EnumSet.noneOf(Audience.class);
        boolean ok = true;
        for (Node n : seq.getValue()) {
            Optional<Audience> who = n instanceof ScalarNode s ? Audience.of(s.getValue()) : Optional.empty();
            if (who.isEmpty()) {
                yaml.problem(n, "path.audience.unknown", n instanceof ScalarNode s ? s.getValue() : "");
                ok = false;
            } else if (!out.add(who.get())) {
                yaml.problem(n, "path.audience.twice", who.get().key());
                ok = false;
            }
        }
        return ok ? Optional.of(out) : Optional.empty();
    }

    private List<Object> readItems(YamlFields yaml, Map<String, NodeTuple> f, Node node, String moduleId,
                                   String path) {
        NodeTuple tuple = f.get("items");
        if (tuple == null || !(tuple.getValueNode() instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
            yaml.problem(tuple == null ? yaml.line(node) : yaml.line(tuple.getKeyNode()), "content.module.items");
            return List.of();
        }
        List<Object> items = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        lineInModule.clear();
        for (Node itemNode : seq.getValue()) {
            if (!(itemNode instanceof MappingNode map) || map.getValue().size() != 1
                    || !(map.getValue().get(0).getKeyNode() instanceof ScalarNode kindNode)
                    || !ITEM_KINDS.contains(kindNode.getValue())) {
                yaml.problem(itemNode, "content.item.form");
                continue;
            }
            Node valueNode = map.getValue().get(0).getValueNode();
            Optional<String> value = yaml.scalar(valueNode, kindNode.getValue());
            if (value.isEmpty()) {
                continue;
            }
            String target = value.get();
            int line = yaml.line(valueNode);
            switch (kindNode.getValue()) {
                case "lesson" -> lesson(yaml, line, target, moduleId, path, slugs).ifPresent(items::add);
                case "simulator" -> linked.title(yaml, line, target, "content/menus/" + target + ".yaml")
                        .ifPresent(title -> items.add(new Item.Simulator(target, title)));
                case "task" -> linked.task(yaml, line, target).ifPresent(items::add);
                case "inbox" -> linked.titled(yaml, line, target, "content/inbox/" + target + ".yaml")
                        .ifPresent(title -> items.add(new Item.Inbox(target, title)));
                case "planner" -> linked.titled(yaml, line, target, "content/instagram/" + target + ".yaml")
                        .ifPresent(title -> items.add(new Item.Planner(target, title)));
                case "design" -> linked.titled(yaml, line, target, "content/design-tasks/" + target + ".yaml")
                        .ifPresent(title -> items.add(new Item.Design(target, title)));
                case "checklist" -> linked.titled(yaml, line, target, "content/checklists/" + target + ".yaml")
                        .ifPresent(title -> items.add(new Item.Checklist(target, title)));
                default -> linked.title(yaml, line, target, "quizzes/" + target + ".yaml", "quizzes/" + target + ".gift")
                        .ifPresent(title -> items.add(new Item.Quiz(target, title)));
            }
        }
        return items;
    }

    /**
     * A lesson item: its file must exist, and neither it nor its slug may be listed before in the same
     * module ({@code slugs} holds this module's slugs and keys so far). A lesson listed by an earlier module is shared: it is read once, under the first module
     * that lists it, and shown in each.
     */
    private Optional<PendingLesson> lesson(YamlFields yaml, int line, String target, String moduleId, String path,
                                           Set<String> slugs) {
        String key = target.endsWith(".md") ? target.substring(0, target.length() - 3) : target;
        if (!LESSON_KEY.matcher(key).matches()) {
            yaml.problem(line, "content.lesson.key", target);
        } else if (!Files.isRegularFile(files.root().resolve("content/lessons/" + key + ".md"))) {
            yaml.problem(line, "content.lesson.missing", "content/lessons/" + key + ".md");
        } else if (slugs.contains(key)) {
            yaml.problem(line, "content.lesson.twice", key, path + ":" + lineInModule.get(key));
        } else {
            PendingLesson lesson = new PendingLesson(key, moduleId, path, line);
            if (!slugs.add(lesson.slug())) {
                yaml.problem(line, "content.lesson.slug", lesson.slug());
            } else {
                slugs.add(key);
                lineInModule.put(key, line);
                lessonsByKey.putIfAbsent(key, lesson);
                return Optional.of(lesson);
            }
        }
        return Optional.empty();
    }
}
