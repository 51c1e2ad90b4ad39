package id.serambi.quiz.take;

import id.serambi.quiz.model.Answer;
import id.serambi.quiz.model.AnswerCheck;
import id.serambi.quiz.model.Choice;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the answers of a posted quiz form. Each question's field is named {@code q-<id>};
 * matching and ordering have one field per pair or item ({@code q-<id>-<pair>}), and "Lainnya"
 * its text in {@code q-<id>-lainnya}. The hidden field {@value #SHOWN} lists the questions the
 * page showed, so a field left empty clears that answer and questions not shown are untouched.
 */
public final class QuizForm {
    public static final String SHOWN = "soal";
    public static final String OTHER = "+lainnya";
    public static final String TRUE = "benar";
    public static final String FALSE = "salah";

    /**
     * @param answers the answers given, by question id
     * @param cleared the shown questions left without an answer
     * @param invalid the fields that could not be read, by question id
     */
    public record Parsed(Map<String, Answer> answers, Set<String> cleared, Map<String, AnswerCheck.Invalid> invalid) {
    }

    public static String field(Question q) {
        return "q-" + q.id();
    }

    public static String field(Question q, String part) {
        return "q-" + q.id() + "-" + part;
    }

    public Parsed read(Quiz quiz, Map<String, List<String>> form) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        Set<String> cleared = new HashSet<>();
        Map<String, AnswerCheck.Invalid> invalid = new LinkedHashMap<>();
        for (String id : form.getOrDefault(SHOWN, List.of())) {
            Optional<Question> question = quiz.question(id);
            if (question.isEmpty()) {
                invalid.put(id, invalid("quiz.form.unknown", id));
                continue;
            }
            try {
                Optional<Answer> answer = read(question.get(), form);
                if (answer.isPresent()) {
                    answers.put(id, answer.get());
                } else {
                    cleared.add(id);
                }
            } catch (InvalidField e) {
                invalid.put(id, e.invalid);
            }
        }
        return new Parsed(answers, cleared, invalid);
    }

    private Optional<Answer> read(Question q, Map<String, List<String>> form) {
        List<String> values = form.getOrDefault(field(q), List.of()).stream()
                .map(String::strip).filter(v -> !v.isEmpty()).toList();
        String other = first(form, field(q, "lainnya"));
        if (q instanceof Question.Single || q instanceof Question.Multiple) {
            List<String> ids = values.stream().filter(v -> !v.equals(OTHER)).distinct().toList();
            boolean otherChosen = values.contains(OTHER) || (!other.isEmpty() && q instanceof Question.Multiple);
            if (values.contains(OTHER) && other.isEmpty()) {
                throw new InvalidField(invalid("quiz.form.other.empty"));
            }
            if (ids.isEmpty() && !otherChosen) {
                return Optional.empty();
            }
            return Optional.of(new Answer.Choices(ids, otherChosen ? other : ""));
        }
        if (values.isEmpty() && !(q instanceof Question.Matching) && !(q instanceof Question.Ordering)) {
            return Optional.empty();
        }
        if (q instanceof Question.TrueFalse) {
            return switchBool(values.get(0));
        }
        if (q instanceof Question.Likert || q instanceof Question.Rating) {
            try {
                return Optional.of(new Answer.Scale(Integer.parseInt(values.get(0))));
            } catch (NumberFormatException e) {
                throw new InvalidField(invalid("quiz.form.scale"));
            }
        }
        if (q instanceof Question.Matching m) {
            Map<String, String> chosen = new LinkedHashMap<>();
            for (Question.Matching.Pair pair : m.pairs()) {
                String value = first(form, field(q, pair.id()));
                if (!value.isEmpty()) {
                    chosen.put(pair.id(), value);
                }
            }
            return chosen.isEmpty() ? Optional.empty() : Optional.of(new Answer.Pairs(chosen));
        }
        if (q instanceof Question.Ordering o) {
            return order(o, form);
        }
        return Optional.of(new Answer.Typed(values.get(0)));
    }

    private static Optional<Answer> switchBool(String value) {
        if (value.equals(TRUE)) {
            return Optional.of(new Answer.Bool(true));
        }
        if (value.equals(FALSE)) {
            return Optional.of(new Answer.Bool(false));
        }
        throw new InvalidField(invalid("quiz.form.truefalse"));
    }

    /** Items put in order by the position chosen for each; every position once, or none at all. */
    private static Optional<Answer> order(Question.Ordering o, Map<String, List<String>> form) {
        record Placed(String id, int position) {
        }
        List<Placed> placed = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        for (Choice item : o.items()) {
            String value = first(form, field(o, item.id()));
            if (value.isEmpty()) {
                continue;
            }
            try {
                int position = Integer.parseInt(value);
                if (position < 1 || position > o.items().size()) {
                    throw new InvalidField(invalid("quiz.form.order.range", o.items().size()));
                }
                if (!used.add(position)) {
                    throw new InvalidField(invalid("quiz.form.order.twice", position));
                }
                placed.add(new Placed(item.id(), position));
            } catch (NumberFormatException e) {
                throw new InvalidField(invalid("quiz.form.order.range", o.items().size()));
            }
        }
        if (placed.isEmpty()) {
            return Optional.empty();
        }
        if (placed.size() < o.items().size()) {
            throw new InvalidField(invalid("quiz.form.order.missing"));
        }
        return Optional.of(new Answer.Order(placed.stream().sorted(Comparator.comparingInt(Placed::position))
                .map(Placed::id).toList()));
    }

    private static AnswerCheck.Invalid invalid(String key, Object... args) {
        return new AnswerCheck.Invalid(key, List.of(args));
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.getOrDefault(name, List.of());
        return values.isEmpty() || values.get(0) == null ? "" : values.get(0).strip();
    }

    private static final class InvalidField extends RuntimeException {
        private final AnswerCheck.Invalid invalid;

        InvalidField(AnswerCheck.Invalid invalid) {
            super(invalid.key(), null, false, false);
            this.invalid = invalid;
        }
    }
}
