package id.serambi.report.summary;

import id.serambi.quiz.model.Question;

/**
 * What one questionnaire question's answers add up to. {@code n} counts the responses that answered
 * it; percentages are of {@code n}, and all 0 when nobody answered (the page shows "n = 0", never
 * NaN).
 */
public sealed interface Summary permits ChoiceSummary, LikertSummary, RatingSummary, TextSummary {

    Question question();

    int n();

    static double percent(int count, int n) {
        return n == 0 ? 0 : count * 100.0 / n;
    }
}
