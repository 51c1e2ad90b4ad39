package id.serambi.course;

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

/**
 * Reads {@code content/checklists/*.yaml}: a {@code title}, a one-sentence {@code description}
 * and the {@code steps}, each with an {@code id} unique in the file, a {@code title} and an
 * optional {@code text}. Every problem is reported as {@code path:line}.
 */
public final class ChecklistReader implements ContentReader<Checklists> {
    static final String DIR = "content/checklists";
    static final int MAX_STEPS = 30;
    private static final Set<String> FIELDS = Set.of("title", "description", "steps");
    private static final Set<String> STEP_FIELDS = Set.of("id", "title", "text");

    @Override
    public Read<Checklists> read(Path root) {
        ContentFiles files = new ContentFiles(root);
        List<Problem> problems = new ArrayList<>();
        List<Checklist> out = new ArrayList<>();
        try {
            for (Path file : files.list(root.resolve(DIR), ".yaml")) {
                read(files, file, problems).ifPresent(out::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Read<>(new Checklists(out), problems);
    }

    private Optional<Checklist> read(ContentFiles files, Path file, List<Problem> problems) {
        Optional<ContentFiles.IdDocument> read = files.idDocument(file, ModuleReader.ID, FIELDS, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlFields yaml = read.get().yaml();
        Map<String, NodeTuple> f = read.get().fields();
        Node doc = read.get().root();
        Optional<Text> title = yaml.text(f, "title", doc, true);
        Optional<Text> description = yaml.text(f, "description", doc, true);
        Optional<List<Checklist.Step>> steps = steps(yaml, f, doc);
        if (title.isEmpty() || description.isEmpty() || steps.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Checklist(read.get().id(), title.get(), description.get(), steps.get()));
    }

    private static Optional<List<Checklist.Step>> steps(YamlFields yaml, Map<String, NodeTuple> f, Node doc) {
        NodeTuple tuple = f.get("steps");
        if (tuple == null || !(tuple.getValueNode() instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
            yaml.problem(tuple == null ? yaml.line(doc) : yaml.line(tuple.getKeyNode()), "checklist.steps");
            return Optional.empty();
        }
        if (seq.getValue().size() > MAX_STEPS) {
            yaml.problem(tuple.getKeyNode(), "checklist.steps.many", seq.getValue().size(), MAX_STEPS);
        }
        List<Checklist.Step> steps = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        boolean ok = true;
        for (Node node : seq.getValue()) {
            Optional<Map<String, NodeTuple>> sf = yaml.fields(node, "steps", STEP_FIELDS);
            if (sf.isEmpty()) {
                ok = false;
                continue;
            }
            Optional<String> id = yaml.string(sf.get(), "id", node, true);
            if (id.isPresent() && !ModuleReader.ID.matcher(id.get()).matches()) {
                yaml.problem(sf.get().get("id").getValueNode(), "content.id.format", id.get());
                id = Optional.empty();
            } else if (id.isPresent() && !ids.add(id.get())) {
                yaml.problem(sf.get().get("id").getValueNode(), "checklist.step.twice", id.get());
                id = Optional.empty();
            }
            Optional<Text> title = yaml.text(sf.get(), "title", node, true);
            Optional<Text> text = yaml.text(sf.get(), "text", node, false);
            if (id.isEmpty() || title.isEmpty()) {
                ok = false;
                continue;
            }
            steps.add(new Checklist.Step(id.get(), title.get(), text.orElse(Text.of(""))));
        }
        return ok && steps.size() <= MAX_STEPS ? Optional.of(steps) : Optional.empty();
    }
}
