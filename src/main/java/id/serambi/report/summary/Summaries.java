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
        if (q instanceof Question.Single || q instanceof Question.Multiple) {
            List<Choice> choices = choices(q);
            int[] counts = new int[choices.size()];
            int n = 0;
            List<TextAnswer> others = new ArrayList<>();
            for (Response r : responses) {
                Answer a = r.answer(q.id()).orElse(null);
                if (countChoices(q, a, counts)) {
                    n++;
                }
                other(q, a).ifPresent(t -> others.add(text(r, q, t, hidden)));
            }
            return Optional.of(choices(q, counts, n, others));
        } else if (q instanceof Question.Likert || q instanceof Question.Rating) {
            int[] counts = new int[levels(q)];
            for (Response r : responses) {
                countScale(r.answer(q.id()).orElse(null), counts);
            }
            return scale(q, counts);
        } else if (q instanceof Question.FreeText) {
            List<TextAnswer> answers = new ArrayList<>();
            for (Response r : responses) {
                typed(q, r.answer(q.id()).orElse(null)).ifPresent(t -> answers.add(text(r, q, t, hidden)));
            }
            return Optional.of(new TextSummary(q, answers));
        }
        return Optional.empty();
    }

    /** Whether the question has a summary: the questionnaire kinds. */
    public static boolean summarised(Question q) {
        return q instanceof Question.Single || q instanceof Question.Multiple || q instanceof Question.Likert
                || q instanceof Question.Rating || q instanceof Question.FreeText;
    }

    /** A single or multiple choice question's options. */
    public static List<Choice> choices(Question q) {
        return q instanceof Question.Single s ? s.choices() : ((Question.Multiple) q).choices();
    }

    private static boolean allowsOther(Question q) {
        return q instanceof Question.Single s ? s.other() : ((Question.Multiple) q).other();
    }

    /** The levels of a Likert item or the values of a rating. */
    public static int levels(Question q) {
        return Math.max(0, q instanceof Question.Likert l ? l.labels().size() : ((Question.Rating) q).max());
    }

    /**
     * Adds an answer to a choice question's option counts (in the question's order); whether it
     * answered the question: an option it still has, or a typed "Lainnya" where the question allows one.
     */
    public static boolean countChoices(Question q, Answer a, int[] counts) {
        if (!(a instanceof Answer.Choices c)) {
            return false;
        }
        boolean counted = other(q, c).isPresent();
        Set<String> ids = new HashSet<>(c.ids());
        List<Choice> choices = choices(q);
        for (int i = 0; i < choices.size(); i++) {
            if (ids.contains(choices.get(i).id())) {
                counts[i]++;
                counted = true;
            }
        }
        return counted;
    }

    /** The "Lainnya" text of an answer to a choice question that allows one, when typed. */
    public static Optional<String> other(Question q, Answer a) {
        return a instanceof Answer.Choices c && allowsOther(q) && !c.other().isBlank() ? Optional.of(c.other())
                : Optional.empty();
    }

    /** Adds an answer on the scale to a Likert item's or rating's counts; one off the scale is not counted. */
    public static void countScale(Answer a, int[] counts) {
        if (a instanceof Answer.Scale s && s.value() >= 1 && s.value() <= counts.length) {
            counts[s.value() - 1]++;
        }
    }

    /** The text of a free-text answer that is not blank. */
    public static Optional<String> typed(Question q, Answer a) {
        return q instanceof Question.FreeText && a instanceof Answer.Typed t && !t.text().isBlank()
                ? Optional.of(t.text()) : Optional.empty();
    }

    /** A choice question's summary from its option counts, its n and its "Lainnya" answers oldest first. */
    public static ChoiceSummary choices(Question q, int[] counts, int n, List<TextAnswer> others) {
        List<Choice> choices = choices(q);
        List<ChoiceSummary.Count> rows = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            Choice c = choices.get(i);
            rows.add(new ChoiceSummary.Count(c.id(), Optional.of(c.text()), counts[i], Summary.percent(counts[i], n)));
        }
        // A stable sort keeps the question's order among equal counts.
        rows.sort(Comparator.comparingInt(ChoiceSummary.Count::count).reversed());
        if (allowsOther(q)) {
            rows.add(new ChoiceSummary.Count(ChoiceSummary.Count.OTHER, Optional.empty(), others.size(),
                    Summary.percent(others.size(), n)));
        }
        return new ChoiceSummary(q, n, rows, others);
    }

    /** A Likert item's or rating's summary from the count of each level. */
    public static Optional<Summary> scale(Question q, int[] counts) {
        if (q instanceof Question.Likert l) {
            return Optional.of(new LikertSummary(l, Arrays.stream(counts).sum(), list(counts)));
        }
        Question.Rating r = (Question.Rating) q;
        int n = 0;
        double sum = 0;
        for (int v = 1; v <= counts.length; v++) {
            n += counts[v - 1];
            sum += (double) v * counts[v - 1];
        }
        return Optional.of(new RatingSummary(r, n, list(counts), n == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / n)));
    }

    /** A typed answer as the dashboards list it: stripped, and marked when a trainer hid it. */
    public static TextAnswer text(String responseId, Question q, String text, java.time.Instant at,
                                  Set<TextAnswer.Key> hidden) {
        TextAnswer.Key key = new TextAnswer.Key(responseId, q.id());
        return new TextAnswer(key, text.strip(), at, hidden.contains(key));
    }

    private static TextAnswer text(Response r, Question q, String text, Set<TextAnswer.Key> hidden) {
        return text(r.id(), q, text, r.submittedAt(), hidden);
    }

    private static List<Integer> list(int[] counts) {
        return Arrays.stream(counts).boxed().toList();
    }
}
