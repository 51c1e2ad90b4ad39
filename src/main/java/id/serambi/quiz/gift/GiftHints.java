package id.serambi.quiz.gift;

import id.serambi.content.Text;
import id.serambi.quiz.model.Choice;
import id.serambi.quiz.model.Question;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the comments {@code // serambi: <hint> ...} that {@link GiftWriter} puts above a question
 * restore of it; Moodle ignores them. {@code single} (a single choice without a 100% option),
 * {@code multiple} (several may be chosen, weights not adding up to 100%), {@code likert} with
 * {@code skm-u1} to {@code skm-u9}, {@code rating}, {@code other} ("Lainnya" with its own text),
 * {@code points-N}, {@code short} and {@code max-N} for free text, {@code nofull} (a short answer
 * without a 100% answer) and {@code ordering} (see {@link GiftMatching}). Without hints a file is
 * read as Moodle reads it.
 */
final class GiftHints {
    private GiftHints() {
    }

    static Question single(GiftAnswers.Head head, List<Choice> choices) {
        if (head.hints().contains("likert")) {
            Optional<String> skm = head.hints().stream().filter(h -> h.matches("skm-u[1-9]"))
                    .map(h -> h.substring(4).toUpperCase(Locale.ROOT)).findFirst();
            return new Question.Likert(head.id(), head.prompt(), head.explanation(), head.line(),
                    choices.stream().map(Choice::text).toList(), skm);
        }
        if (head.hints().contains("rating") && numbered(choices)) {
            return new Question.Rating(head.id(), head.prompt(), head.explanation(), head.line(), choices.size());
        }
        return points(head, new Question.Single(head.id(), head.prompt(), 1, head.explanation(), head.line(), choices,
                head.hints().contains("other")));
    }

    static Question multiple(GiftAnswers.Head head, List<Choice> choices) {
        return points(head, new Question.Multiple(head.id(), head.prompt(), 1, head.explanation(), head.line(), choices,
                head.hints().contains("other")));
    }

    /**
     * An essay, worth 1 point as in Moodle (its default mark), which a trainer marks; {@code points-0}
     * makes it free text that is not marked, as Serambi writes a questionnaire's or an unmarked essay.
     */
    static Question essay(GiftAnswers.Head head) {
        int max = number(head, "max-").map(Double::intValue).filter(n -> n > 0).orElse(Question.FreeText.DEFAULT_MAX);
        double points = number(head, "points-").filter(p -> p >= 0).orElse(1.0);
        return new Question.FreeText(head.id(), head.prompt(), head.explanation(), head.line(),
                !head.hints().contains("short"), max, points);
    }

    /** The question worth the points its {@code points-N} hint gives, else as it is (1). */
    static Question points(GiftAnswers.Head head, Question q) {
        Optional<Double> points = number(head, "points-");
        if (points.isEmpty()) {
            return q;
        }
        double p = points.get();
        if (q instanceof Question.Single s) {
            return new Question.Single(s.id(), s.prompt(), p, s.explanation(), s.line(), s.choices(), s.other());
        } else if (q instanceof Question.Multiple m) {
            return new Question.Multiple(m.id(), m.prompt(), p, m.explanation(), m.line(), m.choices(), m.other());
        } else if (q instanceof Question.TrueFalse t) {
            return new Question.TrueFalse(t.id(), t.prompt(), p, t.explanation(), t.line(), t.answer(),
                    t.feedbackTrue(), t.feedbackFalse());
        } else if (q instanceof Question.ShortAnswer s) {
            return new Question.ShortAnswer(s.id(), s.prompt(), p, s.explanation(), s.line(), s.accepted());
        } else if (q instanceof Question.Numerical n) {
            return new Question.Numerical(n.id(), n.prompt(), p, n.explanation(), n.line(), n.answers());
        } else if (q instanceof Question.Matching m) {
            return new Question.Matching(m.id(), m.prompt(), p, m.explanation(), m.line(), m.pairs(), m.distractors());
        } else if (q instanceof Question.Ordering o) {
            return new Question.Ordering(o.id(), o.prompt(), p, o.explanation(), o.line(), o.items());
        }
        return q;
    }

    private static boolean numbered(List<Choice> choices) {
        for (int i = 0; i < choices.size(); i++) {
            if (!choices.get(i).text().equals(Text.of(String.valueOf(i + 1)))) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Double> number(GiftAnswers.Head head, String prefix) {
        return head.hints().stream().filter(h -> h.startsWith(prefix) && h.substring(prefix.length())
                .matches("\\d{1,6}(\\.\\d{1,6})?")).map(h -> Double.parseDouble(h.substring(prefix.length()))).findFirst();
    }
}
