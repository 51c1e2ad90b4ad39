package id.serambi.quiz.model;

/**
 * How a quiz or questionnaire is taken.
 *
 * @param passPercent  the score, in percent of the maximum, that passes a quiz (0-100)
 * @param shuffle      whether questions (and the options of choice questions) are shuffled per attempt
 * @param feedback     when per-question feedback is shown
 * @param attempts     how many attempts a learner has; 0 for no limit
 * @param grading      which attempt counts when there are several
 * @param layout       all questions on one page, or one per page
 * @param respondent   the respondent profile a questionnaire asks for
 * @param anonymous    whether answers are kept without the respondent's name
 */
public record Settings(int passPercent, boolean shuffle, Feedback feedback, int attempts, Grading grading,
                       Layout layout, Respondent respondent, boolean anonymous) {

    public enum Feedback { IMMEDIATE, AT_END }

    public enum Grading { HIGHEST, LAST }

    public enum Layout { ONE_PAGE, PER_QUESTION }

    /**
     * The profile a respondent gives before a questionnaire: the group (warga or aparat) is always
     * asked when {@code group} is set; name and kelurahan may be asked, never required.
     */
    public record Respondent(boolean group, boolean name, boolean kelurahan) {
        public static final Respondent NONE = new Respondent(false, false, false);
    }

    public static Settings quizDefaults() {
        return new Settings(70, false, Feedback.AT_END, 0, Grading.HIGHEST, Layout.ONE_PAGE, Respondent.NONE, false);
    }

    public static Settings questionnaireDefaults() {
        return new Settings(0, false, Feedback.AT_END, 1, Grading.LAST, Layout.ONE_PAGE,
                new Respondent(true, true, true), true);
    }
}
