package id.serambi.quiz.take;

import id.serambi.quiz.model.Paper;
import id.serambi.quiz.model.Quiz;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One attempt at a quiz or questionnaire as stored: a draft until {@code submittedAt} is set.
 *
 * @param order   the question ids in the order this attempt shows them
 * @param options the order of each question's options, as drawn when it started; empty for an
 *                attempt stored before options were drawn
 */
public record AttemptRow(String id, String quiz, String learnerId, int number, List<String> order, long startedAt,
                         Optional<Long> submittedAt, Optional<Double> score, Optional<Double> maxScore,
                         Optional<Boolean> passed, Respondent respondent, Optional<String> workshop,
                         Optional<Map<String, List<String>>> options) {

    public AttemptRow {
        order = List.copyOf(order);
    }

    public AttemptRow(String id, String quiz, String learnerId, int number, List<String> order, long startedAt,
                      Optional<Long> submittedAt, Optional<Double> score, Optional<Double> maxScore,
                      Optional<Boolean> passed, Respondent respondent, Optional<String> workshop) {
        this(id, quiz, learnerId, number, order, startedAt, submittedAt, score, maxScore, passed, respondent, workshop,
                Optional.empty());
    }

    /**
     * What this attempt shows of {@code quiz}: the paper drawn when it started, or, for an attempt
     * stored without one, its question order with every option as written.
     */
    public Paper paper(Quiz quiz) {
        return options.map(o -> new Paper(order, o).against(quiz)).orElseGet(() -> Paper.written(quiz, order));
    }

    public boolean draft() {
        return submittedAt.isEmpty();
    }

    /** Who answered a questionnaire: a group (warga or aparat), and a name and kelurahan if given. */
    public record Respondent(Optional<Group> group, Optional<String> name, Optional<String> kelurahan) {
        public static final Respondent NONE = new Respondent(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public enum Group {
        WARGA, APARAT;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Optional<Group> of(String code) {
            for (Group g : values()) {
                if (g.code().equals(code)) {
                    return Optional.of(g);
                }
            }
            return Optional.empty();
        }
    }
}
