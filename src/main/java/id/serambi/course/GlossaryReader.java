package id.serambi.course;

import id.serambi.content.ContentFiles;
import id.serambi.content.Problem;
import id.serambi.content.Text;
import id.serambi.content.YamlFields;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code content/glossary.yaml}: a {@code terms} list, each with an {@code id} unique in the
 * file (what lessons link to as {@code glosarium:<id>}), a {@code term} and a {@code definition},
 * both texts in Indonesian and optionally English. No file is an empty glossary.
 */
final class GlossaryReader {
    static final String FILE = "content/glossary.yaml";
    private static final Set<String> FIELDS = Set.of("terms");
    private static final Set<String> TERM_FIELDS = Set.of("id", "term", "definition");

    Glossary read(ContentFiles files, List<Problem> problems) {
        Path file = files.root().resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Glossary.EMPTY;
        }
        String path = files.display(file);
        Optional<String> text = files.read(file, problems);
        if (text.isEmpty()) {
            return Glossary.EMPTY;
        }
        YamlFields yaml = new YamlFields(path, 1, problems);
        Optional<Node> root = yaml.parse(text.get());
        Optional<Map<String, NodeTuple>> fields = root.flatMap(r -> yaml.fields(r, path, FIELDS));
        if (fields.isEmpty()) {
            return Glossary.EMPTY;
        }
        NodeTuple tuple = fields.get().get("terms");
        if (tuple == null || !(tuple.getValueNode() instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
            yaml.problem(tuple == null ? 1 : yaml.line(tuple.getKeyNode()), "glossary.terms");
            return Glossary.EMPTY;
        }
        List<Glossary.Term> terms = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        for (Node node : seq.getValue()) {
            Optional<Map<String, NodeTuple>> tf = yaml.fields(node, "terms", TERM_FIELDS);
            if (tf.isEmpty()) {
                continue;
            }
            Optional<String> id = yaml.string(tf.get(), "id", node, true);
            if (id.isPresent() && !ModuleReader.ID.matcher(id.get()).matches()) {
                yaml.problem(tf.get().get("id").getValueNode(), "content.id.format", id.get());
                id = Optional.empty();
            } else if (id.isPresent() && lines.containsKey(id.get())) {
                yaml.problem(tf.get().get("id").getValueNode(), "glossary.twice", id.get(), lines.get(id.get()));
                id = Optional.empty();
            }
            Optional<Text> term = yaml.text(tf.get(), "term", node, true);
            Optional<Text> definition = yaml.text(tf.get(), "definition", node, true);
            if (id.isPresent() && term.isPresent() && definition.isPresent()) {
                lines.put(id.get(), yaml.line(node));
                terms.add(new Glossary.Term(id.get(), term.get(), definition.get(), yaml.line(node)));
            }
        }
        return new Glossary(terms);
    }
}
