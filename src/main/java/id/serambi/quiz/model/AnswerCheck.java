package id.serambi.quiz.model;

import id.serambi.content.Text;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a submitted answer can be taken for its question, before anything is stored. An answer
 * that cannot be is refused with a message key ({@code quiz.answer.*}) saying what to do; an
 * empty answer (nothing chosen, nothing typed) is valid: the question is simply not answered yet.
 */
public final class AnswerCheck {
    /** The longest "Lainnya" text or short answer: room for a sentence, not for an essay. */
    public static final int TYPED_MAX = 500;

    /** Why an answer was refused: a message key and its arguments. */
    public record Invalid(String key, List<Object> args) {
        static Optional<Invalid> of(String key, Object... args) {
            return Optional.of(new Invalid(key, List.of(args)));
        }
    }

    public Optional<Invalid> check(Question question, Answer answer) {
        if (question instanceof Question.Description) {
            return Invalid.of("quiz.answer.kind");
        }
        if (question instanceof Question.Single q && answer instanceof Answer.Choices a) {
            if (a.ids().size() + (a.other().isBlank() ? 0 : 1) > 1) {
                return Invalid.of("quiz.answer.one");
            }
            return choices(q.choices(), q.other(), a);
        } else if (question instanceof Question.Multiple q && answer instanceof Answer.Choices a) {
            return choices(q.choices(), q.other(), a);
        } else if (question instanceof Question.TrueFalse && answer instanceof Answer.Bool) {
            return Optional.empty();
        } else if (question instanceof Question.ShortAnswer && answer instanceof Answer.Typed a) {
            return length(a.text(), TYPED_MAX);
        } else if (question instanceof Question.Numerical && answer instanceof Answer.Typed a) {
            return a.text().isBlank() || AnswerText.number(a.text()).isPresent()
                    ? Optional.empty() : Invalid.of("quiz.answer.number");
        } else if (question instanceof Question.FreeText q && answer instanceof Answer.Typed a) {
            return length(a.text(), q.maxChars());
        } else if (question instanceof Question.Matching q && answer instanceof Answer.Pairs a) {
            return pairs(q, a.chosen());
        } else if (question instanceof Question.Ordering q && answer instanceof Answer.Order a) {
            Set<String> ids = q.items().stream().map(Choice::id).collect(Collectors.toSet());
            boolean everyItemOnce = a.ids().size() == ids.size() && new HashSet<>(a.ids()).equals(ids);
            return a.ids().isEmpty() || everyItemOnce ? Optional.empty() : Invalid.of("quiz.answer.order");
        } else if (question instanceof Question.Likert q && answer instanceof Answer.Scale a) {
            return a.value() >= 1 && a.value() <= q.labels().size()
                    ? Optional.empty() : Invalid.of("quiz.answer.scale", a.value(), q.labels().size());
        } else if (question instanceof Question.Rating q && answer instanceof Answer.Scale a) {
            return a.value() >= 1 && a.value() <= q.max()
                    ? Optional.empty() : Invalid.of("quiz.answer.rating", a.value(), q.max());
        }
        return Invalid.of("quiz.answer.kind");
    }

    private static Optional<Invalid> choices(List<Choice> choices, boolean otherAllowed, Answer.Choices answer) {
        Set<String> known = choices.stream().map(Choice::id).collect(Collectors.toSet());
        Optional<String> unknown = answer.ids().stream().filter(id -> !known.contains(id)).findFirst();
        if (unknown.isPresent()) {
            return Invalid.of("quiz.answer.option", unknown.get());
        }
        if (!answer.other().isBlank() && !otherAllowed) {
            return Invalid.of("quiz.answer.other.off");
        }
        return length(answer.other(), TYPED_MAX);
    }

    /** Characters as a reader counts them: an emoji is one. */
    private static Optional<Invalid> length(String text, int max) {
        int count = text.codePointCount(0, text.length());
        return count <= max ? Optional.empty() : Invalid.of("quiz.answer.long", max, count);
    }

    /** Every pair named must exist, and every text chosen must be one of the right-hand texts offered. */
    private static Optional<Invalid> pairs(Question.Matching q, Map<String, String> chosen) {
        Set<String> rights = new HashSet<>();
        for (String right : q.rights()) {
            rights.add(right);
            q.right(right).flatMap(Text::en).ifPresent(rights::add);
        }
        Set<String> ids = q.pairs().stream().map(Question.Matching.Pair::id).collect(Collectors.toSet());
        for (Map.Entry<String, String> entry : chosen.entrySet()) {
            if (!ids.contains(entry.getKey())) {
                return Invalid.of("quiz.answer.pair", entry.getKey());
            }
            if (!entry.getValue().isBlank() && !rights.contains(entry.getValue().strip())) {
                return Invalid.of("quiz.answer.pair.right", entry.getValue());
            }
        }
        return Optional.empty();
    }
}
