package id.serambi.report.summary;

import id.serambi.quiz.model.Answer;
import id.serambi.quiz.model.Choice;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.result.Response;
import id.serambi.quiz.result.TextAnswer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Adds up a questionnaire's responses, question by question, in the questionnaire's order. The
 * questionnaire kinds are summarised (choice, Likert, rating, free text); quiz-only kinds have no
 * summary here. An answer of the wrong kind for its question, a value off the scale or an option
 * the question no longer has is not counted: submissions are checked when they arrive, and this
 * keeps an old response from breaking a dashboard after the file changed.
 */
public final class Summaries {
    private Summaries() {
    }

    /** @param hidden the answers a trainer has hidden */
    public static List<Summary> of(Quiz quiz, List<Response> responses, Set<TextAnswer.Key> hidden) {
        List<Response> ordered = responses.stream()
                .sorted(Comparator.comparing(Response::submittedAt).thenComparing(Response::id)).toList();
        List<Summary> out = new ArrayList<>();
        for (Question q : quiz.questions()) {
            summary(q, ordered, hidden).ifPresent(out::add);
        }
        return out;
    }

    static Optional<Summary> summary(Question q, List<Response> responses, Set<TextAnswer.Key> hidden) {
        if (q instanceof Question.Single s) {
            return Optional.of(choices(q, s.choices(), s.other(), responses, hidden));
        } else if (q instanceof Question.Multiple m) {
            return Optional.of(choices(q, m.choices(), m.other(), responses, hidden));
        } else if (q instanceof Question.Likert l) {
            int[] counts = scale(q, l.labels().size(), responses);
            return Optional.of(new LikertSummary(l, Arrays.stream(counts).sum(), list(counts)));
        } else if (q instanceof Question.Rating r) {
            int[] counts = scale(q, r.max(), responses);
            int n = 0;
            double sum = 0;
            for (int v = 1; v <= counts.length; v++) {
                n += counts[v - 1];
                sum += (double) v * counts[v - 1];
            }
            return Optional.of(new RatingSummary(r, n, list(counts),
                    n == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / n)));
        } else if (q instanceof Question.FreeText) {
            List<TextAnswer> answers = new ArrayList<>();
            for (Response r : responses) {
                if (r.answer(q.id()).orElse(null) instanceof Answer.Typed t && !t.text().isBlank()) {
                    answers.add(text(r, q, t.text(), hidden));
                }
            }
            return Optional.of(new TextSummary(q, answers));
        }
        return Optional.empty();
    }

    private static ChoiceSummary choices(Question q, List<Choice> choices, boolean allowsOther,
                                         List<Response> responses, Set<TextAnswer.Key> hidden) {
        int[] counts = new int[choices.size()];
        int n = 0;
        List<TextAnswer> others = new ArrayList<>();
        for (Response r : responses) {
            if (!(r.answer(q.id()).orElse(null) instanceof Answer.Choices c)) {
                continue;
            }
            boolean other = allowsOther && !c.other().isBlank();
            boolean counted = other;
            Set<String> ids = new HashSet<>(c.ids());
            for (int i = 0; i < choices.size(); i++) {
                if (ids.contains(choices.get(i).id())) {
                    counts[i]++;
                    counted = true;
                }
            }
            if (other) {
                others.add(text(r, q, c.other(), hidden));
            }
            if (counted) {
                n++;
            }
        }
        List<ChoiceSummary.Count> rows = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            Choice c = choices.get(i);
            rows.add(new ChoiceSummary.Count(c.id(), Optional.of(c.text()), counts[i], Summary.percent(counts[i], n)));
        }
        // A stable sort keeps the question's order among equal counts.
        rows.sort(Comparator.comparingInt(ChoiceSummary.Count::count).reversed());
        if (allowsOther) {
            rows.add(new ChoiceSummary.Count(ChoiceSummary.Count.OTHER, Optional.empty(), others.size(),
                    Summary.percent(others.size(), n)));
        }
        return new ChoiceSummary(q, n, rows, others);
    }

    private static int[] scale(Question q, int levels, List<Response> responses) {
        int[] counts = new int[Math.max(0, levels)];
        for (Response r : responses) {
            if (r.answer(q.id()).orElse(null) instanceof Answer.Scale s && s.value() >= 1 && s.value() <= levels) {
                counts[s.value() - 1]++;
            }
        }
        return counts;
    }

    private static TextAnswer text(Response r, Question q, String text, Set<TextAnswer.Key> hidden) {
        TextAnswer.Key key = new TextAnswer.Key(r.id(), q.id());
        return new TextAnswer(key, text.strip(), r.submittedAt(), hidden.contains(key));
    }

    private static List<Integer> list(int[] counts) {
        return Arrays.stream(counts).boxed().toList();
    }
}
