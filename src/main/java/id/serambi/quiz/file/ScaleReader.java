package id.serambi.quiz.file;

import id.serambi.content.Text;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.quiz.model.Question;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/** Reads the questionnaire items that are not choices: Likert scales, ratings and free text. */
final class ScaleReader {
    private static final Pattern SKM = Pattern.compile("U[1-9]");

    /** The labels of the built-in scales, lowest first, from the message bundles. */
    record Labels(List<Text> agree, List<Text> skm) {
        static Labels from(Messages messages) {
            return new Labels(scale(messages, "quiz.scale.agree.", 5), scale(messages, "quiz.scale.skm.", 4));
        }

        private static List<Text> scale(Messages messages, String prefix, int points) {
            return IntStream.rangeClosed(1, points)
                    .mapToObj(i -> Text.of(messages.get(Lang.ID, prefix + i), messages.get(Lang.EN, prefix + i)))
                    .toList();
        }
    }

    private final QuizYaml y;
    private final Labels builtIn;

    ScaleReader(QuizYaml y, Labels builtIn) {
        this.y = y;
        this.builtIn = builtIn;
    }

    /**
     * {@code scale: 5} (the default) or {@code scale: skm}; own {@code labels} replace the built-in
     * ones and must be as many. An SKM element is measured on the 4-point SKM scale.
     */
    Optional<Question> likert(QuestionReader.Common c, Map<String, NodeTuple> f, Node node) {
        Optional<String> scale = y.word(f, "scale", node, List.of("5", "skm"));
        List<Text> labels = scale.filter("skm"::equals).isPresent() ? builtIn.skm() : builtIn.agree();
        Optional<List<Text>> own = y.list(f, "labels", node, false).flatMap(this::labels);
        if (own.isPresent()) {
            int n = own.get().size();
            if (n != 4 && n != 5) {
                y.yaml.problem(f.get("labels").getKeyNode(), "quiz.file.likert.labels", n);
            } else if (scale.isPresent() && n != labels.size()) {
                y.yaml.problem(f.get("labels").getKeyNode(), "quiz.file.likert.mismatch", scale.get(),
                        labels.size(), n);
            }
            labels = own.get();
        }
        Optional<String> skm = y.yaml.string(f, "skm", node, false);
        if (skm.isPresent() && !SKM.matcher(skm.get()).matches()) {
            y.yaml.problem(f.get("skm").getValueNode(), "quiz.file.skm.element", skm.get());
            skm = Optional.empty();
        } else if (skm.isPresent() && labels.size() != 4) {
            y.yaml.problem(f.get("skm").getKeyNode(), "quiz.file.skm.scale", skm.get());
        }
        return Optional.of(new Question.Likert(c.id(), c.prompt(), c.explanation(), c.line(), labels, skm));
    }

    private Optional<List<Text>> labels(SequenceNode seq) {
        List<Text> labels = new ArrayList<>();
        for (Node item : seq.getValue()) {
            y.text(item, "labels").ifPresent(labels::add);
        }
        return labels.size() == seq.getValue().size() ? Optional.of(labels) : Optional.empty();
    }

    Optional<Question> rating(QuestionReader.Common c, Map<String, NodeTuple> f, Node node) {
        int max = y.yaml.integer(f, "max", node, 2, 10, false).orElse(5);
        return Optional.of(new Question.Rating(c.id(), c.prompt(), c.explanation(), c.line(), max));
    }

    Optional<Question> freeText(QuestionReader.Common c, Map<String, NodeTuple> f, Node node) {
        boolean longText = y.bool(f, "long").orElse(false);
        int max = y.yaml.integer(f, "max", node, 1, 10_000, false).orElse(Question.FreeText.DEFAULT_MAX);
        return Optional.of(new Question.FreeText(c.id(), c.prompt(), c.explanation(), c.line(), longText, max,
                c.points()));
    }
}
