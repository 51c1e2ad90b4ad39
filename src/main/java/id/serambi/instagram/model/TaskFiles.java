package id.serambi.instagram.model;

import id.serambi.content.ContentFiles;
import id.serambi.content.ContentReader;
import id.serambi.content.Problem;
import id.serambi.content.Text;
import id.serambi.content.YamlFields;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every task in {@code content/instagram/}: read, checked (a starting plan must read as a plan
 * does), and handed back ready to serve, so that {@code validate} and start-up agree.
 */
public final class TaskFiles implements ContentReader<TaskCatalog> {
    static final String DIR = "content/instagram";
    static final Set<String> KEYS = Set.of("title", "brief", "weeks", "plan", "practice");
    static final Set<String> SEED_KEYS = Set.of("id", "post", "channel", "from", "text", "hours");
    private static final String ID = "[a-z0-9]+(-[a-z0-9]+)*";

    @Override
    public Read<TaskCatalog> read(Path root) {
        ContentFiles files = new ContentFiles(root);
        List<Problem> problems = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        List<Path> paths;
        try {
            paths = files.list(root.resolve(DIR), ".yaml");
        } catch (IOException e) {
            problems.add(Problem.at(DIR, 1, "content.file.unreadable", e.getMessage()));
            return new Read<>(new TaskCatalog(List.of()), problems);
        }
        for (Path file : paths) {
            String display = files.display(file);
            files.read(file, problems).flatMap(text -> read(display, file, text, problems)).ifPresent(tasks::add);
        }
        return new Read<>(new TaskCatalog(tasks), problems);
    }

    /** One task file's text; the task only when nothing in it was wrong. */
    public static Optional<Task> read(String display, Path file, String text, List<Problem> problems) {
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - ".yaml".length());
        List<Problem> mine = new ArrayList<>();
        YamlFields y = new YamlFields(display, 1, mine);
        if (!id.matches(ID)) {
            y.problem(1, "ig.file.name", name);
        }
        Optional<Task> task = y.parse(text).flatMap(node -> task(y, node, id));
        problems.addAll(mine);
        return mine.isEmpty() ? task : Optional.empty();
    }

    private static Optional<Task> task(YamlFields y, Node node, String id) {
        Optional<Map<String, NodeTuple>> f = y.fields(node, "task", KEYS);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        Map<String, NodeTuple> fields = f.get();
        Optional<Text> title = y.text(fields, "title", node, true);
        Optional<Text> brief = y.text(fields, "brief", node, true);
        int weeks = y.integer(fields, "weeks", node, Plan.MIN_WEEKS, Plan.MAX_WEEKS, false).orElse(4);
        Optional<Plan> start = Optional.ofNullable(fields.get("plan")).flatMap(t -> PlanYaml.read(y, t.getValueNode()));
        Practice practice = Practice.standard();
        if (fields.containsKey("practice")) {
            Node list = fields.get("practice").getValueNode();
            if (list instanceof SequenceNode seq) {
                List<Practice.Seed> seeds = new ArrayList<>();
                for (Node s : seq.getValue()) {
                    seed(y, s).ifPresent(seeds::add);
                }
                practice = new Practice(seeds);
            } else {
                y.problem(list, "content.field.list", "practice");
            }
        }
        if (title.isEmpty() || brief.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Task(id, title.get(), brief.get(), weeks, start, practice));
    }

    private static Optional<Practice.Seed> seed(YamlFields y, Node node) {
        Optional<Map<String, NodeTuple>> f = y.fields(node, "practice", SEED_KEYS);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        Map<String, NodeTuple> s = f.get();
        Optional<String> id = y.string(s, "id", node, true);
        Optional<Integer> post = y.integer(s, "post", node, 1, Plan.MAX_POSTS, true);
        Optional<Comment.Channel> channel = y.string(s, "channel", node, false).map(c -> {
            Optional<Comment.Channel> found = Comment.Channel.of(c);
            if (found.isEmpty()) {
                y.problem(y.lineOf(s, "channel", node), "ig.file.channel", c);
            }
            return found.orElse(Comment.Channel.KOMENTAR);
        }).or(() -> Optional.of(Comment.Channel.KOMENTAR));
        Optional<String> from = y.string(s, "from", node, true).map(Handles::bare);
        Optional<String> text = y.string(s, "text", node, true);
        int hours = y.integer(s, "hours", node, 0, 24 * 7, false).orElse(2);
        if (id.isEmpty() || post.isEmpty() || from.isEmpty() || text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Practice.Seed(id.get(), post.get(), channel.get(), from.get(), text.get(), hours));
    }
}
