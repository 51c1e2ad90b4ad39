package id.serambi.quiz.grade;

import id.serambi.quiz.model.Answer;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.model.Settings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/** The score of a whole attempt at a quiz, and which of a learner's attempts counts. */
public final class Scoring {
    private final Grader grader;

    public Scoring(Grader grader) {
        this.grader = grader;
    }

    /**
     * @param grades    the mark of each graded question, by question id, in the quiz's order
     * @param points    the points earned, never below 0 even when penalties outweigh the rest
     * @param maxPoints the most that could be earned; 0 when nothing is marked
     * @param percent   points in percent of maxPoints, rounded as it is shown ({@link #rounded});
     *                  100 for a quiz with nothing to mark, where nothing could be missed
     * @param passed    whether percent reaches the quiz's pass mark (true when there is none), with
     *                  every answer marked: never while an essay waits for its trainer
     * @param awaiting  how many answered essays a trainer has yet to mark
     */
    public record Score(Map<String, Grade> grades, double points, double maxPoints, double percent,
                        boolean passed, int awaiting) {
        public Score {
            grades = Collections.unmodifiableMap(new LinkedHashMap<>(grades));
        }

        public Score(Map<String, Grade> grades, double points, double maxPoints, double percent, boolean passed) {
            this(grades, points, maxPoints, percent, passed, 0);
        }

        /** Whether anything was marked: a quiz of essays only, or of none, has no score. */
        public boolean scored() {
            return maxPoints > 0;
        }
    }

    /** Marks every graded question of the quiz; a question without an answer earns nothing. */
    public Score score(Quiz quiz, Map<String, Answer> answers) {
        return score(quiz, quiz.questions().stream().map(Question::id).toList(), answers);
    }

    /** Marks the graded questions an attempt was shown; a question without an answer earns nothing. */
    public Score score(Quiz quiz, List<String> shown, Map<String, Answer> answers) {
        return score(quiz, shown, answers, Map.of());
    }

    /**
     * As {@link #score(Quiz, List, Map)}, with the marks trainers gave ({@code byTrainer}, by question
     * id), which stand for the grader's. An answered essay without a mark waits: it earns nothing
     * yet and the attempt is not passed until it is marked; an essay left unanswered earns nothing.
     */
    public Score score(Quiz quiz, List<String> shown, Map<String, Answer> answers, Map<String, Grade> byTrainer) {
        Map<String, Grade> grades = new LinkedHashMap<>();
        double points = 0;
        int awaiting = 0;
        for (String id : shown) {
            Optional<Question> question = quiz.question(id);
            if (question.isEmpty()) {
                continue;
            }
            Grade given = byTrainer.get(id);
            if (given != null) {
                grades.put(id, given);
                points += given.points();
                continue;
            }
            if (question.get().markedByTrainer()) {
                awaiting += answers.containsKey(id) ? 1 : 0;
                continue;
            }
            Optional<Grade> grade = grader.grade(question.get(), Optional.ofNullable(answers.get(id)));
            if (grade.isPresent()) {
                grades.put(id, grade.get());
                points += grade.get().points();
            }
        }
        points = Math.max(0, points);
        double max = quiz.maxPoints(shown);
        double percent = max == 0 ? 100 : rounded(points / max * 100);
        return new Score(grades, points, max, percent, awaiting == 0 && passes(quiz.settings(), percent), awaiting);
    }

    /**
     * A percent as it is shown and judged: to one decimal, halves up. 69.5 shows as 69.5 and does
     * not reach 70; 69.96 shows as 70 and does.
     */
    public static double rounded(double percent) {
        return BigDecimal.valueOf(percent).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    /** Whether a percent, rounded as shown, reaches the pass mark; every percent does when there is none. */
    public static boolean passes(Settings settings, double percent) {
        return rounded(percent) >= settings.passPercent();
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
