package id.serambi.quiz.grade;

import id.serambi.content.Text;
import id.serambi.quiz.model.Answer;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.model.Settings;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    private static Question.Single worth(String id, double points) {
        return new Question.Single(id, Text.of(id), points, Optional.empty(), 1,
                List.of(option("a", 100), option("b", 0)), false);
    }

    @Test
    void the_percent_shown_is_the_percent_judged_to_one_decimal() {
        // 139 of 200 = 69.5: shown as 69.5 and below 70
        Quiz half = quiz(70, worth("q1", 139), worth("q2", 61));
        Scoring.Score below = scoring.score(half, Map.of("q1", chose("a")));
        assertEquals(69.5, below.percent(), EPS);
        assertFalse(below.passed());
        // 699.6 of 1000 = 69.96: shown as 70.0, and so it passes 70
        Quiz near = quiz(70, worth("q1", 699.6), worth("q2", 300.4));
        Scoring.Score at = scoring.score(near, Map.of("q1", chose("a")));
        assertEquals(70.0, at.percent(), EPS);
        assertTrue(at.passed());
        assertEquals(69.5, Scoring.rounded(69.45), EPS, "halves round up");
    }

    @Test
    void an_essay_waits_for_its_trainer_and_a_trainer_mark_stands_for_the_graders() {
        Question.FreeText essay = new Question.FreeText("esai", Text.of("Ceritakan"), Optional.empty(), 1, true, 500, 3);
        Quiz quiz = quiz(50, worth("q1", 1), essay);
        Map<String, Answer> answers = Map.of("q1", chose("a"), "esai", new Answer.Typed("Kami membalas cepat."));
        Scoring.Score waiting = scoring.score(quiz, List.of("q1", "esai"), answers, Map.of());
        assertEquals(1, waiting.awaiting());
        assertEquals(4, waiting.maxPoints(), EPS);
        assertFalse(waiting.passed(), "not passed while an essay waits, though nothing could fail it yet");
        Scoring.Score marked = scoring.score(quiz, List.of("q1", "esai"), answers,
                Map.of("esai", Grade.byTrainer(2, 3, List.of())));
        assertEquals(0, marked.awaiting());
        assertEquals(3, marked.points(), EPS);
        assertEquals(75, marked.percent(), EPS);
        assertTrue(marked.passed());
        // a trainer may also overrule the key: the right answer it missed
        Scoring.Score overruled = scoring.score(quiz, List.of("q1", "esai"), Map.of("q1", chose("b")),
                Map.of("q1", Grade.byTrainer(1, 1, List.of())));
        assertEquals(1, overruled.points(), EPS);
        assertEquals(0, overruled.awaiting(), "an essay left unanswered does not wait");
    }

    @Test
    void only_the_questions_an_attempt_was_shown_count_towards_its_maximum() {
        Quiz quiz = quiz(50, worth("q1", 1), worth("q2", 3), worth("q3", 1));
        Scoring.Score s = scoring.score(quiz, List.of("q1", "q3"), Map.of("q1", chose("a"), "q2", chose("a")));
        assertEquals(2, s.maxPoints(), EPS);
        assertEquals(1, s.points(), EPS, "q2 was not shown: its answer does not count");
        assertEquals(50, s.percent(), EPS);
    }
}
