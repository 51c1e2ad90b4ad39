package id.serambi.quiz.file;

import id.serambi.content.Text;
import id.serambi.quiz.model.Choice;
import id.serambi.quiz.model.MoodleGrades;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads single and multiple choice questions and checks their marking: a quiz's single choice has
 * exactly one fully right option, a multiple choice's positive weights make 100, and a
 * questionnaire's options are neither right nor wrong.
 */
final class ChoiceReader {
    static final int MIN = 2;
    static final int MAX = 10;
    /** Room for authors who write thirds as 33.33. */
    private static final double SUM_SLACK = 0.011;
    private static final Set<String> CHOICE = Set.of("id", "text", "correct", "weight", "feedback", "message");

    /** An option as written, before its weight is settled from {@code correct} and {@code weight}. */
    private record Written(String id, Text text, boolean correct, Optional<Double> weight, Optional<Text> feedback,
                           int line) {
    }

    private final QuizYaml y;
    private final Quiz.Kind kind;

    ChoiceReader(QuizYaml y, Quiz.Kind kind) {
        this.y = y;
        this.kind = kind;
    }

    Optional<Question> read(QuestionReader.Common c, Map<String, NodeTuple> f, Node node, boolean multiple) {
        boolean quiz = kind == Quiz.Kind.QUIZ;
        boolean other = y.bool(f, "other").orElse(false);
        if (quiz) {
            y.notHere(f, "other", "quiz.file.onlyquestionnaire", "other");
        }
        Optional<SequenceNode> seq = y.list(f, "choices", node, MIN, MAX);
        if (seq.isEmpty()) {
            return Optional.empty();
        }
        List<Written> written = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node item : seq.get().getValue()) {
            option(item, ids).ifPresent(written::add);
        }
        int keyLine = y.keyLine(f, "choices", node);
        List<Choice> choices;
        if (!quiz) {
            choices = written.stream().map(w -> new Choice(w.id(), w.text(), 0, w.feedback())).toList();
        } else if (multiple) {
            choices = multipleWeights(written, keyLine);
        } else {
            choices = singleWeights(written, keyLine);
        }
        return Optional.of(multiple
                ? new Question.Multiple(c.id(), c.prompt(), c.points(), c.explanation(), c.line(), choices, other)
                : new Question.Single(c.id(), c.prompt(), c.points(), c.explanation(), c.line(), choices, other));
    }

    private Optional<Written> option(Node item, Set<String> ids) {
        Optional<Map<String, NodeTuple>> fields = y.yaml.fields(item, "choices", CHOICE);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Map<String, NodeTuple> f = fields.get();
        Optional<String> id = y.id(f, item);
        if (id.isPresent() && !ids.add(id.get())) {
            y.yaml.problem(f.get("id").getValueNode(), "quiz.file.option.duplicate", id.get());
        }
        Optional<Text> text = y.yaml.text(f, "text", item, true);
        Optional<Text> feedback = y.yaml.text(f, "feedback", item, false);
        Optional<Boolean> correct = y.bool(f, "correct");
        Optional<Double> weight = y.number(f, "weight", -100, 100);
        if (kind == Quiz.Kind.QUESTIONNAIRE) {
            y.notHere(f, "correct", "quiz.file.onlyquiz", "correct");
            y.notHere(f, "weight", "quiz.file.onlyquiz", "weight");
        } else if (correct.isPresent() && weight.isPresent() && correct.get() != weight.get() > 0) {
            y.yaml.problem(f.get("weight").getValueNode(), "quiz.file.weight.conflict", correct.get(), weight.get());
        } else if (weight.isPresent() && !MoodleGrades.allowed(weight.get() / 100)) {
            // Moodle would refuse the quiz's GIFT export, and a third written as 33 or 34 scores 99 or 101
            y.yaml.problem(f.get("weight").getValueNode(), "quiz.file.weight.grade", weight.get());
        }
        return Optional.of(new Written(id.orElse(""), text.orElse(Text.of("")), correct.orElse(false), weight,
                feedback, y.yaml.line(item)));
    }

    /** Exactly one option earns full marks; others may earn part, or cost marks with a negative weight. */
    private List<Choice> singleWeights(List<Written> written, int keyLine) {
        List<Choice> choices = new ArrayList<>();
        List<Integer> fullLines = new ArrayList<>();
        for (Written w : written) {
            double percent = w.weight().orElse(w.correct() ? 100.0 : 0.0);
            if (percent == 100) {
                fullLines.add(w.line());
            }
            choices.add(new Choice(w.id(), w.text(), percent / 100, w.feedback()));
        }
        if (fullLines.isEmpty()) {
            y.yaml.problem(keyLine, "quiz.file.single.none");
        } else if (fullLines.size() > 1) {
            y.yaml.problem(fullLines.get(1), "quiz.file.single.many", fullLines.size());
        }
        return choices;
    }

    /**
     * An option marked {@code correct: true} without a weight earns 100/k percent, k being the
     * number of such options; a weight, when given, is what the option earns or costs. The parts
     * that earn must make 100 so that choosing exactly the right options scores full marks.
     */
    private List<Choice> multipleWeights(List<Written> written, int keyLine) {
        long shared = written.stream().filter(w -> w.correct() && w.weight().isEmpty()).count();
        List<Choice> choices = new ArrayList<>();
        double positive = 0;
        for (Written w : written) {
            double percent = w.weight().orElse(w.correct() ? 100.0 / shared : 0.0);
            positive += Math.max(percent, 0);
            choices.add(new Choice(w.id(), w.text(), percent / 100, w.feedback()));
        }
        if (positive == 0) {
            y.yaml.problem(keyLine, "quiz.file.multiple.none");
        } else if (Math.abs(positive - 100) > SUM_SLACK) {
            y.yaml.problem(keyLine, "quiz.file.multiple.sum", Math.round(positive * 100) / 100.0);
        }
        return choices;
    }
}
