package id.serambi.course;

import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Loads the course from a content root ({@code modules/}, {@code content/}, {@code quizzes/}) into
 * a {@link Catalog}, or reports every problem found, each with its file and line.
 */
public final class CatalogLoader {
    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern LESSON_KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)*");
    private static final Set<String> MODULE_FIELDS = Set.of("id", "title", "description", "items");
    private static final Set<String> ITEM_KINDS = Set.of("lesson", "simulator", "task", "quiz");

    private final Map<Lang, LessonMarkdown> markdown = new HashMap<>();
    private final List<ContentCheck> checks;

    /** A loader of modules and lessons alone. */
    public CatalogLoader(Messages messages) {
        this(messages, List.of());
    }

    /** A loader that also runs the given checks of other content files and reports their problems. */
    public CatalogLoader(Messages messages, List<ContentCheck> checks) {
        this.checks = List.copyOf(checks);
        for (Lang lang : Lang.values()) {
            Map<String, String> labels = new HashMap<>();
            for (String kind : LessonMarkdown.CALLOUT_KINDS) {
                labels.put(kind, messages.get(lang, "lesson.callout." + kind));
            }
            markdown.put(lang, new LessonMarkdown(labels, messages.get(lang, "lesson.task.done"),
                    messages.get(lang, "lesson.task.open")));
        }
    }

    /** What loading found: a catalog when there were no problems. */
    public record Result(Optional<Catalog> catalog, List<Problem> problems, int lessonCount, int englishCount) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private record PendingLesson(String key, String moduleId, String modulePath, int line) {
        String slug() {
            return key.substring(key.lastIndexOf('/') + 1);
        }
    }

    private record PendingModule(String id, Text title, Text description, List<Object> items) {
    }

    public Result load(Path root) {
        List<Problem> problems = new ArrayList<>();
        ContentFiles files = new ContentFiles(root);
        try {
            return load(files, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Result load(ContentFiles files, List<Problem> problems) throws IOException {
        Path root = files.root();
        Path modulesDir = root.resolve("modules");
        if (!Files.isDirectory(modulesDir)) {
            problems.add(Problem.at("modules/", 1, "content.modules.missing"));
            return new Result(Optional.empty(), problems, 0, 0);
        }
        List<Path> manifests = files.list(modulesDir, ".yaml", ".yml");
        if (manifests.isEmpty()) {
            problems.add(Problem.at("modules/", 1, "content.modules.empty"));
        }
        Map<String, PendingLesson> lessonsByKey = new LinkedHashMap<>();
        List<PendingModule> pending = new ArrayList<>();
        Set<String> moduleIds = new HashSet<>();
        for (Path manifest : manifests) {
            readModule(files, manifest, problems, lessonsByKey, moduleIds).ifPresent(pending::add);
        }

        Map<String, Lesson> lessons = new HashMap<>();
        int english = 0;
        for (PendingLesson p : lessonsByKey.values()) {
            Optional<Lesson> lesson = readLesson(files, p, lessonsByKey, problems);
            if (lesson.isPresent()) {
                lessons.put(p.key(), lesson.get());
                english += lesson.get().en().isPresent() ? 1 : 0;
            }
        }
        int menus = files.list(root.resolve("content/menus"), ".yaml").size();
        for (ContentCheck check : checks) {
            problems.addAll(check.check(root));
        }
        int quizzes = files.list(root.resolve("quizzes"), ".yaml", ".gift").size();

        Collections.sort(problems);
        if (!problems.isEmpty()) {
            return new Result(Optional.empty(), List.copyOf(problems), lessons.size(), english);
        }
        List<Module> modules = new ArrayList<>();
        for (PendingModule p : pending) {
            List<Item> items = p.items().stream()
                    .map(i -> i instanceof PendingLesson l ? lessons.get(l.key()) : (Item) i)
                    .toList();
            modules.add(new Module(p.id(), modules.size() + 1, p.title(), p.description(), items));
        }
        return new Result(Optional.of(new Catalog(modules, menus, quizzes)), List.of(), lessons.size(), english);
    }

    private Optional<PendingModule> readModule(ContentFiles files, Path manifest, List<Problem> problems,
                                               Map<String, PendingLesson> lessonsByKey, Set<String> moduleIds) {
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
        List<Object> items = readItems(files, yaml, f, node, id.orElse(""), path, lessonsByKey);
        if (id.isEmpty() || title.isEmpty() || description.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PendingModule(id.get(), title.get(), description.get(), items));
    }

    private List<Object> readItems(ContentFiles files, YamlFields yaml, Map<String, NodeTuple> f, Node node,
                                   String moduleId, String path, Map<String, PendingLesson> lessonsByKey) {
        NodeTuple tuple = f.get("items");
        if (tuple == null || !(tuple.getValueNode() instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
            yaml.problem(tuple == null ? yaml.line(node) : yaml.line(tuple.getKeyNode()), "content.module.items");
            return List.of();
        }
        List<Object> items = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
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
                case "lesson" -> {
                    String key = target.endsWith(".md") ? target.substring(0, target.length() - 3) : target;
                    if (!LESSON_KEY.matcher(key).matches()) {
                        yaml.problem(line, "content.lesson.key", target);
                    } else if (!Files.isRegularFile(files.root().resolve("content/lessons/" + key + ".md"))) {
                        yaml.problem(line, "content.lesson.missing", "content/lessons/" + key + ".md");
                    } else if (lessonsByKey.containsKey(key)) {
                        PendingLesson first = lessonsByKey.get(key);
                        yaml.problem(line, "content.lesson.twice", key, first.modulePath() + ":" + first.line());
                    } else {
                        PendingLesson lesson = new PendingLesson(key, moduleId, path, line);
                        if (!slugs.add(lesson.slug())) {
                            yaml.problem(line, "content.lesson.slug", lesson.slug());
                        } else {
                            lessonsByKey.put(key, lesson);
                            items.add(lesson);
                        }
                    }
                }
                case "simulator" -> linkedTitle(files, yaml, line, target, "content/menus/" + target + ".yaml")
                        .ifPresent(title -> items.add(new Item.Simulator(target, title)));
                case "task" -> task(files, yaml, line, target).ifPresent(items::add);
                default -> linkedTitle(files, yaml, line, target, "quizzes/" + target + ".yaml", "quizzes/" + target + ".gift")
                        .ifPresent(title -> items.add(new Item.Quiz(target, title)));
            }
        }
        return items;
    }

    /** The title of a menu or quiz a module points at, read from its file; its id when it has none. */
    private Optional<Text> linkedTitle(ContentFiles files, YamlFields yaml, int line, String id, String... candidates) {
        if (!ID.matcher(id).matches()) {
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
     * A practice task a module points at, written {@code menu/task}: the menu file must exist and
     * list a task with that id among its {@code tasks}; the item's title is the task's prompt.
     */
    private Optional<Item.Task> task(ContentFiles files, YamlFields yaml, int line, String target) {
        int slash = target.indexOf('/');
        String menuId = slash < 0 ? target : target.substring(0, slash);
        String taskId = slash < 0 ? "" : target.substring(slash + 1);
        if (!ID.matcher(menuId).matches() || !ID.matcher(taskId).matches()) {
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

    /** Checks that every YAML file in {@code dir} parses; returns how many there are. */

    private Optional<Lesson> readLesson(ContentFiles files, PendingLesson p, Map<String, PendingLesson> lessonsByKey,
                                        List<Problem> problems) {
        Path idFile = files.root().resolve("content/lessons/" + p.key() + ".md");
        Path enFile = files.root().resolve("content/lessons/" + p.key() + ".en.md");
        LessonLinks links = new LessonLinks(files, lessonsByKey);
        Optional<LessonFile.Parsed> id = LessonFile.parse(files, idFile, true, markdown.get(Lang.ID),
                links.from(idFile), problems);
        Optional<LessonFile.Parsed> en = Optional.empty();
        if (Files.isRegularFile(enFile)) {
            en = LessonFile.parse(files, enFile, false, markdown.get(Lang.EN), links.from(enFile), problems);
        }
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Lesson(p.key(), p.slug(), p.moduleId(), id.get().minutes().orElse(0),
                id.get().text(), en.map(LessonFile.Parsed::text)));
    }

    /** Where lessons live once loaded: {@code /modul/<module>/<slug>}. */
    static String lessonUrl(String moduleId, String key) {
        return "/modul/" + moduleId + "/" + key.substring(key.lastIndexOf('/') + 1);
    }

    /** Resolves links from a lesson file against the content tree and the modules' lessons. */
    private record LessonLinks(ContentFiles files, Map<String, PendingLesson> lessons) {
        LessonMarkdown.Links from(Path lessonFile) {
            return new LinkResolution(files, lessonFile, key -> Optional.ofNullable(lessons.get(key))
                    .map(l -> lessonUrl(l.moduleId(), l.key())))::resolve;
        }
    }
}
