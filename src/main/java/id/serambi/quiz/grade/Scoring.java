package id.serambi.quiz.grade;

import id.serambi.quiz.model.Answer;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.model.Settings;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/** The score of a whole attempt at a quiz, and which of a learner's attempts counts. */
public final class Scoring {
    /** A percent that prints as the pass mark passes, whatever the rounding of the sum. */
    private static final double EDGE = 1e-9;

    private final Grader grader;

    public Scoring(Grader grader) {
        this.grader = grader;
    }

    /**
     * @param grades    the mark of each graded question, by question id, in the quiz's order
     * @param points    the points earned, never below 0 even when penalties outweigh the rest
     * @param maxPoints the most that could be earned
     * @param percent   points in percent of maxPoints; 100 for a quiz with nothing to mark, where
     *                  nothing could be missed
     * @param passed    whether percent reaches the quiz's pass mark
     */
    public record Score(Map<String, Grade> grades, double points, double maxPoints, double percent,
                        boolean passed) {
        public Score {
            grades = Collections.unmodifiableMap(new LinkedHashMap<>(grades));
        }
    }

    /** Marks every graded question; a question without an answer earns nothing. */
    public Score score(Quiz quiz, Map<String, Answer> answers) {
        Map<String, Grade> grades = new LinkedHashMap<>();
        double points = 0;
        for (Question question : quiz.questions()) {
            Optional<Grade> grade = grader.grade(question, Optional.ofNullable(answers.get(question.id())));
            if (grade.isPresent()) {
                grades.put(question.id(), grade.get());
                points += grade.get().points();
            }
        }
        points = Math.max(0, points);
        double max = quiz.maxPoints();
        double percent = max == 0 ? 100 : points / max * 100;
        return new Score(grades, points, max, percent, percent + EDGE >= quiz.settings().passPercent());
    }

    /**
     * The attempt that stands for the learner, from attempts in the order they were made: the one
     * with the highest percent (the earliest of equals), or the last one.
     */
    public static Optional<Score> counting(List<Score> attempts, Settings.Grading grading) {
        return counting(attempts, Score::percent, grading);
    }

    /** The same choice over stored attempts of any shape, given how to read their percent. */
    public static <A> Optional<A> counting(List<A> attempts, ToDoubleFunction<A> percent, Settings.Grading grading) {
        if (attempts.isEmpty()) {
            return Optional.empty();
        }
        if (grading == Settings.Grading.LAST) {
            return Optional.of(attempts.get(attempts.size() - 1));
        }
        return attempts.stream().max(Comparator.comparingDouble(percent));
    }
}
