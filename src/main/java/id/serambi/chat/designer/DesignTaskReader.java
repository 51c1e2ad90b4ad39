package id.serambi.chat.designer;

import id.serambi.content.ContentFiles;
import id.serambi.content.ContentReader;
import id.serambi.content.Problem;
import id.serambi.content.Text;
import id.serambi.content.YamlFields;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code content/design-tasks/*.yaml}: a {@code title}, the {@code instructions} and the
 * required {@code services}, each a {@code name} and its {@code keywords}. Every problem is
 * reported as {@code path:line}.
 */
public final class DesignTaskReader implements ContentReader<DesignTaskCatalog> {
    static final String DIR = "content/design-tasks";
    static final int MAX_SERVICES = 10;
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> FIELDS = Set.of("title", "instructions", "services");
    private static final Set<String> SERVICE_FIELDS = Set.of("name", "keywords");

    @Override
    public Read<DesignTaskCatalog> read(Path root) {
        ContentFiles files = new ContentFiles(root);
        List<Problem> problems = new ArrayList<>();
        List<DesignTask> out = new ArrayList<>();
        try {
            for (Path file : files.list(root.resolve(DIR), ".yaml")) {
                read(files, file, problems).ifPresent(out::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Read<>(new DesignTaskCatalog(out), problems);
    }

    private static Optional<DesignTask> read(ContentFiles files, Path file, List<Problem> problems) {
        Optional<ContentFiles.IdDocument> read = files.idDocument(file, ID, FIELDS, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlFields yaml = read.get().yaml();
        Map<String, NodeTuple> f = read.get().fields();
        Node doc = read.get().root();
        Optional<Text> title = yaml.text(f, "title", doc, true);
        Optional<Text> instructions = yaml.text(f, "instructions", doc, true);
        Optional<List<DesignTask.Required>> services = services(yaml, f, doc);
        if (title.isEmpty() || instructions.isEmpty() || services.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DesignTask(read.get().id(), title.get(), instructions.get(), services.get()));
    }

    private static Optional<List<DesignTask.Required>> services(YamlFields yaml, Map<String, NodeTuple> f, Node doc) {
        NodeTuple tuple = f.get("services");
        if (tuple == null || !(tuple.getValueNode() instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
            yaml.problem(tuple == null ? yaml.line(doc) : yaml.line(tuple.getKeyNode()), "designtask.file.services");
            return Optional.empty();
        }
        if (seq.getValue().size() > MAX_SERVICES) {
            yaml.problem(tuple.getKeyNode(), "designtask.file.many", seq.getValue().size(), MAX_SERVICES);
            return Optional.empty();
        }
        List<DesignTask.Required> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean ok = true;
        for (Node node : seq.getValue()) {
            Optional<Map<String, NodeTuple>> sf = yaml.fields(node, "services", SERVICE_FIELDS);
            if (sf.isEmpty()) {
                ok = false;
                continue;
            }
            Optional<Text> name = yaml.text(sf.get(), "name", node, true);
            Optional<List<String>> keywords = yaml.stringList(sf.get(), "keywords", node, true);
            if (name.isEmpty() || keywords.isEmpty() || keywords.get().isEmpty()) {
                ok = false;
                continue;
            }
            for (String k : keywords.get()) {
                if (DesignTaskCheck.plain(k).isBlank()) {
                    yaml.problem(sf.get().get("keywords").getValueNode(), "designtask.file.keyword", k);
                    ok = false;
                } else if (!seen.add(DesignTaskCheck.plain(k))) {
                    yaml.problem(sf.get().get("keywords").getValueNode(), "designtask.file.keyword.twice", k);
                    ok = false;
                }
            }
            out.add(new DesignTask.Required(name.get(), keywords.get()));
        }
        return ok ? Optional.of(out) : Optional.empty();
    }
}
