package id.serambi.quiz.grade;

import id.serambi.quiz.model.Answer;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.model.Settings;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static id.serambi.quiz.model.QuizFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A whole attempt's score and pass, and which attempt counts; the sums are worked out beside each case. */
class ScoringTest {
    private static final double EPS = 1e-9;
    private final Scoring scoring = new Scoring(new Grader());

    /** 1 + 2 + 1 = 4 points to earn; the essay earns none and counts for none. */
    private Quiz fourPointQuiz(int pass) {
        return quiz(pass,
                single("q1", option("a", 100), option("b", -50)),
                multiple("q2", 2, option("a", 50), option("b", 50), option("c", -100)),
                trueFalse("q3", true),
                freeText("esai", 500));
    }

    @Test
    void score_is_the_sum_of_points_times_fraction_in_percent_of_the_maximum() {
        // q1 right 1, q2 half 0.5 * 2 = 1, q3 wrong 0: 2 of 4 = 50%
        Scoring.Score s = scoring.score(fourPointQuiz(70), Map.of("q1", chose("a"), "q2", chose("a"),
                "q3", new Answer.Bool(false), "esai", typed("Panjang")));
        assertEquals(2, s.points(), EPS);
        assertEquals(4, s.maxPoints(), EPS);
        assertEquals(50, s.percent(), EPS);
        assertFalse(s.passed());
        assertEquals(List.of("q1", "q2", "q3"), List.copyOf(s.grades().keySet()), "the essay has no mark");
    }

    @Test
    void reaching_the_pass_mark_exactly_passes() {
        // q1 1 + q2 2 + q3 0 = 3 of 4 = 75%
        Map<String, Answer> answers = Map.of("q1", chose("a"), "q2", chose("a", "b"));
        assertTrue(scoring.score(fourPointQuiz(75), answers).passed());
        assertFalse(scoring.score(fourPointQuiz(76), answers).passed());
    }

    @Test
    void two_thirds_passes_66_and_fails_67() {
        // 2 of 3 = 66.666...%, shown and judged as 66.7
        Quiz pass66 = quiz(66, trueFalse("a", true), trueFalse("b", true), trueFalse("c", true));
        Map<String, Answer> answers = Map.of("a", new Answer.Bool(true), "b", new Answer.Bool(true));
        assertEquals(66.7, scoring.score(pass66, answers).percent(), EPS);
        assertTrue(scoring.score(pass66, answers).passed());
        Quiz pass67 = quiz(67, trueFalse("a", true), trueFalse("b", true), trueFalse("c", true));
        assertFalse(scoring.score(pass67, answers).passed());
    }

    @Test
    void a_penalty_lowers_the_score_but_never_below_zero() {
        // q1 penalty -0.5, q3 right 1: 0.5 of 4 = 12.5%
        assertEquals(12.5, scoring.score(fourPointQuiz(70), Map.of("q1", chose("b"), "q3", new Answer.Bool(true)))
                .percent(), EPS);
        // q1 penalty -0.5 alone: -0.5, shown as 0
        Scoring.Score s = scoring.score(fourPointQuiz(0), Map.of("q1", chose("b")));
        assertEquals(0, s.points(), EPS);
        assertEquals(-0.5, s.grades().get("q1").points(), EPS, "the question keeps its own mark for item analysis");
    }

    @Test
    void no_answers_score_zero() {
        Scoring.Score s = scoring.score(fourPointQuiz(70), Map.of());
        assertEquals(0, s.percent(), EPS);
        assertFalse(s.passed());
    }

    @Test
    void the_highest_attempt_counts_or_the_last_as_the_quiz_says() {
        Quiz q = quiz(70, trueFalse("a", true), trueFalse("b", true));
        Scoring.Score half = scoring.score(q, Map.of("a", new Answer.Bool(true)));
        Scoring.Score full = scoring.score(q, Map.of("a", new Answer.Bool(true), "b", new Answer.Bool(true)));
        Scoring.Score none = scoring.score(q, Map.of());
        List<Scoring.Score> attempts = List.of(half, full, none);
        assertEquals(full, Scoring.counting(attempts, Settings.Grading.HIGHEST).orElseThrow());
        assertEquals(none, Scoring.counting(attempts, Settings.Grading.LAST).orElseThrow());
        assertTrue(Scoring.counting(List.of(), Settings.Grading.HIGHEST).isEmpty());
    }

    @Test
    void of_equal_highest_attempts_the_earliest_counts() {
        record Stored(int number, double percent) {
        }
        List<Stored> attempts = List.of(new Stored(1, 80), new Stored(2, 90), new Stored(3, 90));
        assertEquals(2, Scoring.counting(attempts, Stored::percent, Settings.Grading.HIGHEST).orElseThrow().number());
    }
}
