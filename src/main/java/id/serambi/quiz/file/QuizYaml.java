package id.serambi.quiz.file;

import id.serambi.content.Text;
import id.serambi.content.YamlFields;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The field readers quiz files need beyond {@link YamlFields}: booleans, decimal numbers, words
 * from a fixed list, lists, ids. A bad value is reported at its own line and read as absent, so
 * the caller goes on with its default and the file still shows every problem at once.
 */
final class QuizYaml {
    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** Plain decimals only: Java would also take "5f" or hexadecimal, which no author means. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    final YamlFields yaml;

    QuizYaml(YamlFields yaml) {
        this.yaml = yaml;
    }

    static boolean has(Map<String, NodeTuple> f, String key) {
        return f.containsKey(key) && !YamlFields.isNull(f.get(key).getValueNode());
    }

    int keyLine(Map<String, NodeTuple> f, String key, Node parent) {
        return yaml.lineOf(f, key, parent);
    }

    /** A key that the kind of file or question does not use, reported at the key. */
    void notHere(Map<String, NodeTuple> f, String key, String messageKey, Object... args) {
        if (f.containsKey(key)) {
            yaml.problem(f.get(key).getKeyNode(), messageKey, args);
        }
    }

    Optional<Boolean> bool(Map<String, NodeTuple> f, String key) {
        if (!has(f, key)) {
            return Optional.empty();
        }
        Node value = f.get(key).getValueNode();
        if (value instanceof ScalarNode s) {
            String v = s.getValue().strip();
            if (v.equals("true") || v.equals("false")) {
                return Optional.of(v.equals("true"));
            }
        }
        yaml.problem(value, "quiz.file.boolean", key);
        return Optional.empty();
    }

    /** A number (decimals with a point, as YAML writes them) within {@code [min, max]}. */
    Optional<Double> number(Map<String, NodeTuple> f, String key, double min, double max) {
        Optional<Double> n = number(f, key);
        if (n.isPresent() && (n.get() < min || n.get() > max)) {
            yaml.problem(f.get(key).getValueNode(), "quiz.file.number.range", key, min, max);
            return Optional.empty();
        }
        return n;
    }

    /** Any finite number: a numerical answer's value or bounds. */
    Optional<Double> number(Map<String, NodeTuple> f, String key) {
        if (!has(f, key)) {
            return Optional.empty();
        }
        Node value = f.get(key).getValueNode();
        if (value instanceof ScalarNode s && DECIMAL.matcher(s.getValue().strip()).matches()) {
            return Optional.of(Double.parseDouble(s.getValue().strip()));
        }
        yaml.problem(value, "quiz.file.number", key);
        return Optional.empty();
    }

    /** One of a fixed set of words, such as {@code immediate} or {@code end}. */
    Optional<String> word(Map<String, NodeTuple> f, String key, Node parent, List<String> allowed) {
        Optional<String> text = yaml.string(f, key, parent, false);
        if (text.isPresent() && !allowed.contains(text.get())) {
            yaml.problem(f.get(key).getValueNode(), "quiz.file.value", key, text.get(), String.join(", ", allowed));
            return Optional.empty();
        }
        return text;
    }

    Optional<SequenceNode> list(Map<String, NodeTuple> f, String key, Node parent, boolean required) {
        NodeTuple tuple = f.get(key);
        if (tuple == null || YamlFields.isNull(tuple.getValueNode())) {
            if (required) {
                yaml.problem(yaml.lineOf(f, key, parent), "content.field.required", key);
            }
            return Optional.empty();
        }
        if (tuple.getValueNode() instanceof SequenceNode seq) {
            return Optional.of(seq);
        }
        yaml.problem(tuple.getValueNode(), "content.field.list", key);
        return Optional.empty();
    }

    /** A list of {@code min..max} entries; the count is reported at the key when it is off. */
    Optional<SequenceNode> list(Map<String, NodeTuple> f, String key, Node parent, int min, int max) {
        Optional<SequenceNode> seq = list(f, key, parent, true);
        seq.map(s -> s.getValue().size()).filter(n -> n < min || n > max)
                .ifPresent(n -> yaml.problem(f.get(key).getKeyNode(), "quiz.file.count", key, min, max, n));
        return seq;
    }

    /** A required id in the usual form: lowercase letters, digits and hyphens. */
    Optional<String> id(Map<String, NodeTuple> f, Node parent) {
        Optional<String> id = yaml.string(f, "id", parent, true);
        if (id.isPresent() && !ID.matcher(id.get()).matches()) {
            yaml.problem(f.get("id").getValueNode(), "content.id.format", id.get());
            return Optional.empty();
        }
        return id;
    }

    /** A text standing alone in a list: a plain string or {@code {id: ..., en: ...}}. */
    Optional<Text> text(Node value, String key) {
        if (value instanceof ScalarNode) {
            return yaml.scalar(value, key).map(Text::of);
        }
        return yaml.fields(value, key, Set.of("id", "en")).flatMap(langs -> {
            Optional<String> id = yaml.string(langs, "id", value, true);
            Optional<String> en = yaml.string(langs, "en", value, false);
            return id.map(i -> Text.of(i, en.orElse(null)));
        });
    }
}
