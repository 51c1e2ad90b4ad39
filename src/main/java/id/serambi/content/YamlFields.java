package id.serambi.content;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads YAML as a node tree, so every value keeps its line, and collects {@link Problem}s for
 * what is missing, mistyped or unknown instead of failing at the first one.
 */
public final class YamlFields {
    private final String path;
    private final int firstLine;
    private final List<Problem> problems;

    /**
     * @param firstLine the file line (1-based) on which the YAML text starts, for YAML embedded
     *                  in a larger file such as front matter
     */
    public YamlFields(String path, int firstLine, List<Problem> problems) {
        this.path = path;
        this.firstLine = firstLine;
        this.problems = problems;
    }

    public Optional<Node> parse(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(20);
        try {
            return Optional.ofNullable(new Yaml(options).compose(new StringReader(yaml)));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? firstLine : firstLine + mark.getLine();
            String why = e.getProblem() != null ? e.getProblem() : e.getMessage();
            problems.add(Problem.at(path, line, "content.yaml.syntax", why));
        } catch (YAMLException e) {
            problems.add(Problem.at(path, firstLine, "content.yaml.syntax", e.getMessage()));
        }
        return Optional.empty();
    }

    public int line(Node node) {
        return firstLine + node.getStartMark().getLine();
    }

    public void problem(Node node, String key, Object... args) {
        problems.add(Problem.at(path, line(node), key, args));
    }

    public void problem(int line, String key, Object... args) {
        problems.add(Problem.at(path, line, key, args));
    }

    /** The fields of a mapping, keyed by name; unknown and repeated keys are reported. */
    public Optional<Map<String, NodeTuple>> fields(Node node, String what, Set<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            problem(node, "content.yaml.mapping", what);
            return Optional.empty();
        }
        Map<String, NodeTuple> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            String key = keyNode instanceof ScalarNode s ? s.getValue() : String.valueOf(keyNode);
            if (!allowed.contains(key)) {
                problem(keyNode, "content.field.unknown", key, String.join(", ", new java.util.TreeSet<>(allowed)));
            } else if (fields.containsKey(key)) {
                problem(keyNode, "content.field.duplicate", key);
            } else {
                fields.put(key, tuple);
            }
        }
        return Optional.of(fields);
    }

    /** The line of a field's key, or of the mapping when the field is missing. */
    public int lineOf(Map<String, NodeTuple> fields, String key, Node parent) {
        NodeTuple tuple = fields.get(key);
        return tuple == null ? line(parent) : line(tuple.getKeyNode());
    }

    public Optional<String> string(Map<String, NodeTuple> fields, String key, Node parent, boolean required) {
        NodeTuple tuple = fields.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            if (required) {
                problem(tuple == null ? line(parent) : line(tuple.getKeyNode()), "content.field.required", key);
            }
            return Optional.empty();
        }
        return scalar(tuple.getValueNode(), key);
    }

    public Optional<String> scalar(Node value, String key) {
        if (value instanceof ScalarNode s && !s.getValue().isBlank()) {
            return Optional.of(s.getValue().strip());
        }
        if (value instanceof ScalarNode) {
            problem(value, "content.field.required", key);
        } else {
            problem(value, "content.field.string", key);
        }
        return Optional.empty();
    }

    public Optional<Integer> integer(Map<String, NodeTuple> fields, String key, Node parent, int min, int max,
                              boolean required) {
        Optional<String> text = string(fields, key, parent, required);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Node value = fields.get(key).getValueNode();
        try {
            int n = Integer.parseInt(text.get());
            if (n >= min && n <= max) {
                return Optional.of(n);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(value, "content.field.integer", key, min, max);
        return Optional.empty();
    }

    /** A text in Indonesian and optionally English: either a plain string or {@code {id: ..., en: ...}}. */
    public Optional<Text> text(Map<String, NodeTuple> fields, String key, Node parent, boolean required) {
        NodeTuple tuple = fields.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            if (required) {
                problem(tuple == null ? line(parent) : line(tuple.getKeyNode()), "content.field.required", key);
            }
            return Optional.empty();
        }
        Node value = tuple.getValueNode();
        if (value instanceof ScalarNode) {
            return scalar(value, key).map(Text::of);
        }
        Optional<Map<String, NodeTuple>> langs = fields(value, key, Set.of("id", "en"));
        if (langs.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> id = string(langs.get(), "id", value, true);
        Optional<String> en = string(langs.get(), "en", value, false);
        return id.map(i -> Text.of(i, en.orElse(null)));
    }

    public Optional<List<String>> stringList(Map<String, NodeTuple> fields, String key, Node parent, boolean required) {
        NodeTuple tuple = fields.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            if (required) {
                problem(tuple == null ? line(parent) : line(tuple.getKeyNode()), "content.field.required", key);
            }
            return Optional.empty();
        }
        if (!(tuple.getValueNode() instanceof SequenceNode seq)) {
            problem(tuple.getValueNode(), "content.field.list", key);
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        for (Node item : seq.getValue()) {
            scalar(item, key).ifPresent(values::add);
        }
        if (values.isEmpty() && required) {
            problem(tuple.getKeyNode(), "content.field.required", key);
        }
        return Optional.of(values);
    }

    public static boolean isNull(Node node) {
        return node instanceof ScalarNode s && (s.getTag().equals(Tag.NULL) || s.getValue().isEmpty());
    }
}
