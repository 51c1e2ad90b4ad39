package id.serambi.quiz.model;

import java.util.OptionalInt;

/**
 * How a quiz or questionnaire is taken.
 *
 * @param pass             the score, in percent of the maximum, that passes a quiz (0-100); empty when
 *                         the quiz has no pass mark (a pre-test), and an attempt counts once it is sent
 * @param shuffleQuestions whether each attempt shows the questions in its own order
 * @param shuffleOptions   whether each attempt shows the options of choice and matching questions in
 *                         its own order (a question can keep its written order)
 * @param review           what the result page shows once an attempt is sent
 * @param reviewClosed     what it shows once the quiz, or the workshop step that opened it, is closed
 * @param draw             how many items of each objective an attempt draws from the quiz's
 *                         questions; 0 for all of them
 * @param feedback         when per-question feedback is shown
 * @param attempts         how many attempts a learner has; 0 for no limit
 * @param grading          which attempt counts when there are several
 * @param layout           all questions on one page, or one per page
 * @param respondent       the respondent profile a questionnaire asks for
 * @param anonymous        whether answers are kept without the respondent's name
 */
public record Settings(OptionalInt pass, boolean shuffleQuestions, boolean shuffleOptions, Review review,
                       Review reviewClosed, int draw, Feedback feedback, int attempts, Grading grading,
                       Layout layout, Respondent respondent, boolean anonymous) {

    public enum Feedback { IMMEDIATE, AT_END }

    public enum Grading { HIGHEST, LAST }

    public enum Layout { ONE_PAGE, PER_QUESTION }

    /**
     * What a sent attempt's result page reveals: nothing but thanks, the score (with pass or fail
     * when there is a pass mark), or the score with every verdict and feedback.
     */
    public enum Review {
        NONE, SCORE, FULL;

        public boolean showsScore() {
            return this != NONE;
        }

        public boolean showsAnswers() {
            return this == FULL;
        }
    }

    /**
     * The profile a respondent gives before a questionnaire: the group (warga or aparat) is always
     * asked when {@code group} is set; name and kelurahan may be asked, never required.
     */
    public record Respondent(boolean group, boolean name, boolean kelurahan) {
        public static final Respondent NONE = new Respondent(false, false, false);
    }

    /** The pass mark, or 0 when there is none: every score reaches it. */
    public int passPercent() {
        return pass.orElse(0);
    }

    public boolean hasPassMark() {
        return pass.isPresent();
    }

    public static Settings quizDefaults() {
        return new Settings(OptionalInt.of(70), true, true, Review.FULL, Review.FULL, 0, Feedback.AT_END, 0,
                Grading.HIGHEST, Layout.ONE_PAGE, Respondent.NONE, false);
    }

    public static Settings questionnaireDefaults() {
        return new Settings(OptionalInt.empty(), false, false, Review.FULL, Review.FULL, 0, Feedback.AT_END, 1,
                Grading.LAST, Layout.ONE_PAGE, new Respondent(true, true, true), true);
    }
}
