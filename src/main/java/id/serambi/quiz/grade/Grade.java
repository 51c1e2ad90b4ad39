package id.serambi.quiz.grade;

import id.serambi.content.Text;

import java.util.List;

/**
 * The mark of one answer to a graded question.
 *
 * @param fraction the part of the question's points earned, up to 1; below 0 only for a single
 *                 choice whose chosen option carries a penalty (a negative weight)
 * @param points   the points earned: the question's points times {@code fraction}
 * @param verdict  right, partly right or wrong, for the learner's feedback
 * @param feedback what to show, in order: the feedback of the options or answers the learner gave,
 *                 then the question's general explanation
 */
public record Grade(double fraction, double points, Verdict verdict, List<Text> feedback) {

    public Grade {
        feedback = List.copyOf(feedback);
    }

    public enum Verdict { RIGHT, PARTLY, WRONG }

    /** Thirds written as 33.33 still make a right answer. */
    static final double SLACK = 0.001;

    /** A trainer's mark of an essay: {@code points} of the question's {@code max}, with the trainer's comment. */
    public static Grade byTrainer(double points, double max, List<Text> comment) {
        double fraction = max <= 0 ? 0 : points / max;
        return new Grade(fraction, points, verdictOf(fraction), comment);
    }

    static Verdict verdictOf(double fraction) {
        if (fraction >= 1 - SLACK) {
            return Verdict.RIGHT;
        }
        return fraction > SLACK ? Verdict.PARTLY : Verdict.WRONG;
    }
}
