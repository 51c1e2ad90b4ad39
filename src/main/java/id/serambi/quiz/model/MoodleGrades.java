package id.serambi.quiz.model;

/**
 * The grades Moodle allows an answer ({@code question_bank::fraction_options_full()}): 0, 100%,
 * and plus or minus 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20,
 * 16.66667, 14.28571, 12.5, 11.11111, 10 and 5%. Moodle's import refuses a question with any
 * other weight ({@code match_grade_options}, which allows 0.00001 of difference), so a weight
 * Serambi accepts is one of these, and every quiz it exports imports into Moodle.
 */
public final class MoodleGrades {
    private static final double[] POSITIVE = {1, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4,
            0.3333333, 0.3, 0.25, 0.2, 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05};
    /** Moodle's fuzz for comparing a weight with its list. */
    private static final double FUZZ = 0.00001;

    private MoodleGrades() {
    }

    /** Whether a weight, as a fraction from -1 to 1, is one Moodle allows. */
    public static boolean allowed(double fraction) {
        if (Math.abs(fraction) < FUZZ) {
            return true;
        }
        for (double grade : POSITIVE) {
            if (Math.abs(Math.abs(fraction) - grade) < FUZZ) {
                return true;
            }
        }
        return false;
    }

    /** The allowed positive fractions, largest first. */
    public static double[] positive() {
        return POSITIVE.clone();
    }
}
