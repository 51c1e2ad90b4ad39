package id.serambi.quiz.file;

import id.serambi.content.Text;
import id.serambi.quiz.model.Bubble;
import id.serambi.quiz.model.ItemInfo;
import id.serambi.quiz.model.Picture;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads the {@code questions:} list of a quiz, questionnaire or bank: the fields every question
 * has, which types each kind of file allows, and ids and SKM elements used once per file. The
 * fields of each type are read by {@link ChoiceReader}, {@link KeyReader} and {@link ScaleReader}.
 */
final class QuestionReader {
    static final List<String> QUIZ_TYPES = List.of("single", "multiple", "truefalse", "short", "numerical",
            "matching", "ordering", "text");
    static final List<String> QUESTIONNAIRE_TYPES = List.of("likert", "single", "multiple", "rating", "text");
    private static final Set<String> COMMON = Set.of("id", "type", "prompt", "points", "explanation", "objective",
            "shuffle", "message", "image");
    private static final Set<String> MESSAGE = Set.of("sender", "text", "link", "attachment");
    private static final Set<String> IMAGE = Set.of("file", "alt");
    /** The types whose options a quiz shuffles, and so the only ones that can keep their written order. */
    private static final Set<String> SHUFFLED = Set.of("single", "multiple", "matching");
    /** {@code <lesson-id>#<n>}: a lesson's id as a module names it, and an objective's place in its list. */
    static final Pattern OBJECTIVE = Pattern.compile("([a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)*)#([1-9][0-9]?)");
    private static final Map<String, Set<String>> BY_TYPE = Map.of(
            "single", Set.of("choices", "other"),
            "multiple", Set.of("choices", "other"),
            "truefalse", Set.of("answer", "feedback_true", "feedback_false"),
            "short", Set.of("accept"),
            "numerical", Set.of("answers"),
            "matching", Set.of("pairs"),
            "ordering", Set.of("items"),
            "likert", Set.of("scale", "labels", "skm"),
            "rating", Set.of("max"),
            "text", Set.of("long", "max"));
    private static final Set<String> ANY_QUESTION = allKeys();

    /** What every question has, read before its type's own fields. */
    record Common(String id, Text prompt, double points, Optional<Text> explanation, int line) {
    }

    private final QuizYaml y;
    private final Quiz.Kind kind;
    private final ChoiceReader choices;
    private final KeyReader keys;
    private final ScaleReader scales;
    private final Map<String, ItemInfo> info = new LinkedHashMap<>();
    private final Map<String, Integer> objectiveLines = new LinkedHashMap<>();

    QuestionReader(QuizYaml y, Quiz.Kind kind, ScaleReader.Labels labels) {
        this.y = y;
        this.kind = kind;
        this.choices = new ChoiceReader(y, kind);
        this.keys = new KeyReader(y);
        this.scales = new ScaleReader(y, labels);
    }

    List<Question> questions(SequenceNode seq) {
        if (seq.getValue().isEmpty()) {
            y.yaml.problem(seq, "quiz.file.questions.empty");
        }
        List<Question> questions = new ArrayList<>();
        Map<String, Integer> idLines = new HashMap<>();
        Map<String, Integer> skmLines = new HashMap<>();
        for (Node node : seq.getValue()) {
            Optional<Question> read = question(node, idLines);
            read.ifPresent(questions::add);
            if (read.orElse(null) instanceof Question.Likert likert && likert.skm().isPresent()) {
                Integer first = skmLines.putIfAbsent(likert.skm().get(), likert.line());
                if (first != null) {
                    y.yaml.problem(likert.line(), "quiz.file.skm.duplicate", likert.skm().get(), first);
                }
            }
        }
        return questions;
    }

    private Optional<Question> question(Node node, Map<String, Integer> idLines) {
        Optional<Map<String, NodeTuple>> fields = y.yaml.fields(node, "questions", ANY_QUESTION);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Map<String, NodeTuple> f = fields.get();
        Optional<String> id = y.id(f, node);
        id.ifPresent(i -> {
            Integer first = idLines.putIfAbsent(i, y.yaml.line(node));
            if (first != null) {
                y.yaml.problem(f.get("id").getValueNode(), "quiz.file.question.duplicate", i, first);
            }
        });
        Optional<Text> prompt = y.yaml.text(f, "prompt", node, true);
        Optional<Text> explanation = y.yaml.text(f, "explanation", node, false);
        Optional<String> type = type(f, node);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        for (String key : f.keySet()) {
            if (!COMMON.contains(key) && !BY_TYPE.get(type.get()).contains(key)) {
                y.yaml.problem(f.get(key).getKeyNode(), "quiz.file.field.type", key, type.get(),
                        String.join(", ", new TreeSet<>(BY_TYPE.get(type.get()))));
            }
        }
        info(id, f, type.get());
        double points = points(f, type.get());
        Common common = new Common(id.orElse(""), prompt.orElse(Text.of("")), points, explanation, y.yaml.line(node));
        return switch (type.get()) {
            case "single", "multiple" -> choices.read(common, f, node, type.get().equals("multiple"));
            case "truefalse" -> keys.trueFalse(common, f, node);
            case "short" -> keys.shortAnswer(common, f, node);
            case "numerical" -> keys.numerical(common, f, node);
            case "matching" -> keys.matching(common, f, node);
            case "ordering" -> keys.ordering(common, f, node);
            case "likert" -> scales.likert(common, f, node);
            case "rating" -> scales.rating(common, f, node);
            default -> scales.freeText(common, f, node);
        };
    }

    /** What the files said of each question read so far beyond its text and key, by question id. */
    Map<String, ItemInfo> info() {
        return info;
    }

    /** The line of each question's {@code objective:} value, by question id, for messages about it. */
    Map<String, Integer> objectiveLines() {
        return objectiveLines;
    }

    private void info(Optional<String> id, Map<String, NodeTuple> f, String type) {
        Optional<String> objective = y.yaml.string(f, "objective", null, false);
        if (objective.isPresent() && !OBJECTIVE.matcher(objective.get()).matches()) {
            y.yaml.problem(f.get("objective").getValueNode(), "quiz.file.objective.format", objective.get());
            objective = Optional.empty();
        }
        Optional<Boolean> shuffle = y.bool(f, "shuffle");
        if (shuffle.isPresent() && !SHUFFLED.contains(type)) {
            y.yaml.problem(f.get("shuffle").getKeyNode(), "quiz.file.shuffle.type", type,
                    String.join(", ", new TreeSet<>(SHUFFLED)));
            shuffle = Optional.empty();
        }
        Optional<Bubble> message = f.containsKey("message") ? bubble(f.get("message").getValueNode()) : Optional.empty();
        Optional<Picture> image = f.containsKey("image") ? picture(f.get("image").getValueNode()) : Optional.empty();
        Map<String, Bubble> choiceMessages = choiceMessages(f);
        if (id.isPresent()) {
            info.put(id.get(), new ItemInfo(objective, !shuffle.orElse(true), List.of(), Optional.empty(),
                    Optional.empty(), message, image, choiceMessages));
            if (objective.isPresent()) {
                objectiveLines.put(id.get(), y.yaml.line(f.get("objective").getValueNode()));
            }
        }
    }

    /** {@code message: { sender, text, link, attachment }}: sender and text required. */
    private Optional<Bubble> bubble(Node node) {
        Optional<Map<String, NodeTuple>> mf = y.yaml.fields(node, "message", MESSAGE);
        if (mf.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> sender = y.yaml.string(mf.get(), "sender", node, true);
        Optional<Text> text = y.yaml.text(mf.get(), "text", node, true);
        Optional<String> link = y.yaml.string(mf.get(), "link", node, false);
        Optional<String> attachment = y.yaml.string(mf.get(), "attachment", node, false);
        if (sender.isEmpty() || text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Bubble(sender.get(), text.get(), link, attachment));
    }

    /** {@code image: { file, alt }}: a file of content/images/ and its alternative text, both required. */
    private Optional<Picture> picture(Node node) {
        Optional<Map<String, NodeTuple>> pf = y.yaml.fields(node, "image", IMAGE);
        if (pf.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> file = y.yaml.string(pf.get(), "file", node, true);
        Optional<Text> alt = y.yaml.text(pf.get(), "alt", node, true);
        if (file.isEmpty() || alt.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Picture(file.get(), alt.get(), y.yaml.line(node)));
    }

    /** The {@code message} of each option that has one, by option id; the options themselves are the choice reader's. */
    private Map<String, Bubble> choiceMessages(Map<String, NodeTuple> f) {
        Map<String, Bubble> out = new LinkedHashMap<>();
        NodeTuple t = f.get("choices");
        if (t == null || !(t.getValueNode() instanceof SequenceNode seq)) {
            return out;
        }
        for (Node item : seq.getValue()) {
            if (!(item instanceof MappingNode map)) {
                continue;
            }
            String choiceId = null;
            Node message = null;
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    if (key.getValue().equals("id") && tuple.getValueNode() instanceof ScalarNode v) {
                        choiceId = v.getValue();
                    } else if (key.getValue().equals("message")) {
                        message = tuple.getValueNode();
                    }
                }
            }
            if (choiceId != null && message != null) {
                String idOfChoice = choiceId;
                bubble(message).ifPresent(b -> out.put(idOfChoice, b));
            }
        }
        return out;
    }

    private Optional<String> type(Map<String, NodeTuple> f, Node node) {
        Optional<String> type = y.yaml.string(f, "type", node, true);
        if (type.isEmpty()) {
            return type;
        }
        Node value = f.get("type").getValueNode();
        if (!BY_TYPE.containsKey(type.get())) {
            y.yaml.problem(value, "quiz.file.type.unknown", type.get(),
                    String.join(", ", kind == Quiz.Kind.QUIZ ? QUIZ_TYPES : QUESTIONNAIRE_TYPES));
            return Optional.empty();
        }
        if (kind == Quiz.Kind.QUIZ && !QUIZ_TYPES.contains(type.get())) {
            y.yaml.problem(value, "quiz.file.type.quiz", type.get(), String.join(", ", QUIZ_TYPES));
            return Optional.empty();
        }
        if (kind == Quiz.Kind.QUESTIONNAIRE && !QUESTIONNAIRE_TYPES.contains(type.get())) {
            y.yaml.problem(value, "quiz.file.type.questionnaire", type.get(), String.join(", ", QUESTIONNAIRE_TYPES));
            return Optional.empty();
        }
        return type;
    }

    /**
     * Only marked questions carry points: graded types in a quiz, and an essay a trainer marks when
     * it is given points; a questionnaire item never.
     */
    private double points(Map<String, NodeTuple> f, String type) {
        if (kind == Quiz.Kind.QUESTIONNAIRE) {
            y.notHere(f, "points", "quiz.file.points.ungraded");
            return 0;
        }
        if (type.equals("text") && !QuizYaml.has(f, "points")) {
            return 0;
        }
        Optional<Double> points = y.number(f, "points");
        if (points.isPresent() && (points.get() <= 0 || points.get() > 1000)) {
            y.yaml.problem(f.get("points").getValueNode(), "quiz.file.points");
            return 1;
        }
        return points.orElse(1.0);
    }

    private static Set<String> allKeys() {
        Set<String> all = new HashSet<>(COMMON);
        BY_TYPE.values().forEach(all::addAll);
        return Set.copyOf(all);
    }
}
