package id.serambi.quiz.grade;

import id.serambi.content.Text;
import id.serambi.quiz.model.Answer;
import id.serambi.quiz.model.AnswerCheck;
import id.serambi.quiz.model.AnswerText;
import id.serambi.quiz.model.Choice;
import id.serambi.quiz.model.Question;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Marks one answer to one question. Questionnaire items and essays are not marked. A missing
 * answer, or one of the wrong kind for the question, earns nothing; {@link AnswerCheck} is what
 * tells the learner such an answer cannot be taken.
 */
public final class Grader {
    /** Room for rounding at the edges of a numerical range, relative to the answer (see {@link #within}). */
    private static final double EDGE = 1e-14;

    /** What an answer earned and which feedback it brings, before the explanation is added. */
    private record Mark(double fraction, List<Text> feedback) {
        static final Mark NONE = new Mark(0, List.of());
    }

    /** The mark of an answer; empty for a question that is not marked, or that a trainer marks. */
    public Optional<Grade> grade(Question question, Optional<Answer> answer) {
        if (!question.graded() || question.markedByTrainer()) {
            return Optional.empty();
        }
        Mark mark = answer.map(a -> mark(question, a)).orElse(Mark.NONE);
        List<Text> feedback = new ArrayList<>(mark.feedback());
        question.explanation().ifPresent(feedback::add);
        return Optional.of(new Grade(mark.fraction(), question.points() * mark.fraction(),
                Grade.verdictOf(mark.fraction()), feedback));
    }

    private static Mark mark(Question question, Answer answer) {
        if (question instanceof Question.Single q && answer instanceof Answer.Choices a) {
            return chosen(q.choices(), a, false);
        } else if (question instanceof Question.Multiple q && answer instanceof Answer.Choices a) {
            return chosen(q.choices(), a, true);
        } else if (question instanceof Question.TrueFalse q && answer instanceof Answer.Bool a) {
            Optional<Text> feedback = a.value() ? q.feedbackTrue() : q.feedbackFalse();
            return new Mark(a.value() == q.answer() ? 1 : 0, feedback.stream().toList());
        } else if (question instanceof Question.ShortAnswer q && answer instanceof Answer.Typed a) {
            return first(q.accepted().stream()
                    .filter(x -> !a.text().isBlank() && AnswerText.matches(x.pattern(), a.text()))
                    .map(x -> new Mark(x.weight(), x.feedback().stream().toList())).toList());
        } else if (question instanceof Question.Numerical q && answer instanceof Answer.Typed a) {
            OptionalDouble n = AnswerText.number(a.text());
            return n.isEmpty() ? Mark.NONE : first(q.answers().stream()
                    .filter(r -> within(n.getAsDouble(), r))
                    .map(r -> new Mark(r.weight(), r.feedback().stream().toList())).toList());
        } else if (question instanceof Question.Matching q && answer instanceof Answer.Pairs a) {
            return new Mark((double) rightPairs(q, a.chosen()) / q.pairs().size(), List.of());
        } else if (question instanceof Question.Ordering q && answer instanceof Answer.Order a) {
            long inPlace = 0;
            for (int i = 0; i < Math.min(q.items().size(), a.ids().size()); i++) {
                inPlace += q.items().get(i).id().equals(a.ids().get(i)) ? 1 : 0;
            }
            return new Mark((double) inPlace / q.items().size(), List.of());
        }
        return Mark.NONE;
    }

    /**
     * A single choice earns the weight of its option, a penalty included; a multiple choice the
     * sum of its chosen options' weights, kept within 0 and 1 so that ticking every box is never a
     * way to full marks and a wrong tick never takes marks from other questions.
     */
    private static Mark chosen(List<Choice> choices, Answer.Choices answer, boolean multiple) {
        Set<String> ids = new LinkedHashSet<>(answer.ids());
        if (!multiple && ids.size() != 1) {
            return Mark.NONE;
        }
        double sum = 0;
        List<Text> feedback = new ArrayList<>();
        for (Choice choice : choices) {
            if (ids.contains(choice.id())) {
                sum += choice.weight();
                choice.feedback().ifPresent(feedback::add);
            }
        }
        return new Mark(multiple ? Math.max(0, Math.min(1, sum)) : sum, feedback);
    }

    /**
     * The first of the accepted answers that match, in the order written, with its feedback;
     * nothing when none does. This is Moodle's rule for short answers and numbers
     * ({@code question_first_matching_answer_grading_strategy}): a 0% answer written before a
     * right one catches the answers it matches.
     */
    private static Mark first(List<Mark> matching) {
        return matching.isEmpty() ? Mark.NONE : matching.get(0);
    }

    /**
     * Whether the number is in the range, with Moodle's room for rounding: 10^-14 (PHP's float
     * precision) times the larger of 1 and the answer's size, such as for 0.1 + 0.2 against 0.3.
     */
    private static boolean within(double n, Question.Numerical.Range r) {
        double middle = Double.isFinite(r.min()) && Double.isFinite(r.max()) ? (r.min() + r.max()) / 2 : 0;
        double edge = EDGE * Math.max(1, Math.abs(middle));
        return n >= r.min() - edge && n <= r.max() + edge;
    }

    /** A pair is right when the chosen text is its right-hand text, in either language. */
    private static long rightPairs(Question.Matching q, Map<String, String> chosen) {
        return q.pairs().stream().filter(p -> {
            String given = chosen.getOrDefault(p.id(), "").strip();
            return !given.isEmpty() && (given.equals(p.right().id()) || p.right().en().filter(given::equals).isPresent());
        }).count();
    }
}
