package id.serambi.quiz.file;

import id.serambi.content.Text;
import id.serambi.quiz.model.Choice;
import id.serambi.quiz.model.Question;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the answer key of the quiz types that are not choices: true/false, short answer,
 * numerical, matching and ordering. Short and numerical answers may give part marks (0-100) to
 * near misses, but one accepted answer must earn full marks or nobody could.
 */
final class KeyReader {
    private static final Set<String> ACCEPTED = Set.of("text", "weight", "feedback");
    private static final Set<String> RANGE = Set.of("value", "tolerance", "min", "max", "weight", "feedback");
    private static final Set<String> PAIR = Set.of("left", "right");
    private static final Set<String> ITEM = Set.of("id", "text");

    private final QuizYaml y;

    KeyReader(QuizYaml y) {
        this.y = y;
    }

    Optional<Question> trueFalse(QuestionReader.Common c, Map<String, NodeTuple> f, Node node) {
        if (!QuizYaml.has(f, "answer")) {
            y.yaml.problem(y.keyLine(f, "answer", node), "content.field.required", "answer");
        }
        boolean answer = y.bool(f, "answer").orElse(true);
        return Optional.of(new Question.TrueFalse(c.id(), c.prompt(), c.points(), c.explanation(), c.line(), answer,
                y.yaml.text(f, "feedback_true", node, false), y.yaml.text(f, "feedback_false", node, false)));
    }

    Optional<Question> shortAnswer(QuestionReader.Common c, Map<String, NodeTuple> f, Node node) {
        Optional<SequenceNode> seq = y.list(f, "accept", node, 1, 100);
        if (seq.isEmpty()) {
            return Optional.empty();
        }
        List<Question.ShortAnswer.Accepted> accepted = new ArrayList<>();
        for (Node item : seq.get().getValue()) {
            if (item instanceof ScalarNode) {
                y.yaml.scalar(item, "accept").ifPresent(p -> accepted.add(
                        new Question.ShortAnswer.Accepted(p, 1, Optional.empty())));
                continue;
            }
            y.yaml.fields(item, "accept", ACCEPTED).ifPresent(a -> y.yaml.string(a, "text", item, true).ifPresent(p ->
                    accepted.add(new Question.ShortAnswer.Accepted(p, weight(a), y.yaml.text(a, "feedback", item, false)))));
        }
        if (accepted.stream().noneMatch(a -> a.weight() == 1)) {
            y.yaml.problem(y.keyLine(f, "accept", node), "quiz.file.full.none", "accept");
        }
        return Optional.of(new Question.ShortAnswer(c.id(), c.prompt(), c.points(), c.explanation(), c.line(), accepted));
    }

    Optional<Question> numerical(QuestionReader.Common c, Map<String, NodeTuple> f, Node node) {
        Optional<SequenceNode> seq = y.list(f, "answers", node, 1, 100);
        if (seq.isEmpty()) {
            return Optional.empty();
        }
        List<Question.Numerical.Range> ranges = new ArrayList<>();
        for (Node item : seq.get().getValue()) {
            y.yaml.fields(item, "answers", RANGE).flatMap(a -> range(a, item)).ifPresent(ranges::add);
        }
        if (ranges.stream().noneMatch(r -> r.weight() == 1)) {
            y.yaml.problem(y.keyLine(f, "answers", node), "quiz.file.full.none", "answers");
        }
        return Optional.of(new Question.Numerical(c.id(), c.prompt(), c.points(), c.explanation(), c.line(), ranges));
    }

    /** Either a value with a tolerance either side, or a range from min to max; never both. */
    private Optional<Question.Numerical.Range> range(Map<String, NodeTuple> a, Node item) {
        boolean byValue = a.containsKey("value") || a.containsKey("tolerance");
        boolean byRange = a.containsKey("min") || a.containsKey("max");
        if (byValue == byRange || byValue && !a.containsKey("value") || byRange && !(a.containsKey("min")
                && a.containsKey("max"))) {
            y.yaml.problem(item, "quiz.file.numerical.form");
            return Optional.empty();
        }
        double weight = weight(a);
        Optional<Text> feedback = y.yaml.text(a, "feedback", item, false);
        if (byValue) {
            Optional<Double> value = y.number(a, "value");
            Optional<Double> tolerance = y.number(a, "tolerance");
            if (tolerance.isPresent() && tolerance.get() < 0) {
                y.yaml.problem(a.get("tolerance").getValueNode(), "quiz.file.tolerance", tolerance.get());
                tolerance = Optional.empty();
            }
            double plusMinus = tolerance.orElse(0.0);
            return value.map(v -> Question.Numerical.Range.around(v, plusMinus, weight, feedback));
        }
        Optional<Double> min = y.number(a, "min");
        Optional<Double> max = y.number(a, "max");
        if (min.isEmpty() || max.isEmpty()) {
            return Optional.empty();
        }
        if (min.get() > max.get()) {
            y.yaml.problem(a.get("min").getKeyNode(), "quiz.file.range.order", min.get(), max.get());
            return Optional.empty();
        }
        return Optional.of(new Question.Numerical.Range(min.get(), max.get(), weight, feedback));
    }

    private double weight(Map<String, NodeTuple> a) {
        return y.number(a, "weight", 0, 100).orElse(100.0) / 100;
    }

    Optional<Question> matching(QuestionReader.Common c, Map<String, NodeTuple> f, Node node) {
        Optional<SequenceNode> seq = y.list(f, "pairs", node, ChoiceReader.MIN, ChoiceReader.MAX);
        if (seq.isEmpty()) {
            return Optional.empty();
        }
        List<Question.Matching.Pair> pairs = new ArrayList<>();
        Set<String> lefts = new HashSet<>();
        Set<String> rights = new HashSet<>();
        for (Node item : seq.get().getValue()) {
            Optional<Map<String, NodeTuple>> fields = y.yaml.fields(item, "pairs", PAIR);
            if (fields.isEmpty()) {
                continue;
            }
            Optional<Text> left = y.yaml.text(fields.get(), "left", item, true);
            Optional<Text> right = y.yaml.text(fields.get(), "right", item, true);
            unique(fields.get(), "left", left, lefts);
            unique(fields.get(), "right", right, rights);
            if (left.isPresent() && right.isPresent()) {
                pairs.add(new Question.Matching.Pair("p" + (pairs.size() + 1), left.get(), right.get()));
            }
        }
        return Optional.of(new Question.Matching(c.id(), c.prompt(), c.points(), c.explanation(), c.line(), pairs));
    }

    /** Two pairs with one text would make the learner's choice ambiguous. */
    private void unique(Map<String, NodeTuple> pair, String side, Optional<Text> text, Set<String> seen) {
        if (text.isPresent() && !seen.add(text.get().id())) {
            y.yaml.problem(pair.get(side).getValueNode(), "quiz.file.pair.duplicate", side, text.get().id());
        }
    }

    Optional<Question> ordering(QuestionReader.Common c, Map<String, NodeTuple> f, Node node) {
        Optional<SequenceNode> seq = y.list(f, "items", node, ChoiceReader.MIN, ChoiceReader.MAX);
        if (seq.isEmpty()) {
            return Optional.empty();
        }
        List<Choice> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node item : seq.get().getValue()) {
            Optional<Map<String, NodeTuple>> fields = y.yaml.fields(item, "items", ITEM);
            if (fields.isEmpty()) {
                continue;
            }
            Optional<String> id = y.id(fields.get(), item);
            id.filter(i -> !ids.add(i)).ifPresent(i ->
                    y.yaml.problem(fields.get().get("id").getValueNode(), "quiz.file.option.duplicate", i));
            Optional<Text> text = y.yaml.text(fields.get(), "text", item, true);
            if (id.isPresent() && text.isPresent()) {
                items.add(new Choice(id.get(), text.get(), 0, Optional.empty()));
            }
        }
        return Optional.of(new Question.Ordering(c.id(), c.prompt(), c.points(), c.explanation(), c.line(), items));
    }
}
