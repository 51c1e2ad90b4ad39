package id.serambi.report.stats;

import id.serambi.quiz.result.Attempt;
import org.junit.jupiter.api.Test;

import java.util.List;

import static id.serambi.report.stats.Fixtures.attempt;
import static id.serambi.report.stats.Fixtures.scored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuizStatsTest {

    @Test
    void distribution_pass_rate_mean_and_median_of_five_attempts() {
        // Totals out of 4: A 4, B 3, C 2, D 2, E 0 -> 100, 75, 50, 50, 0 percent.
        // Bands of ten: 0-9 {0}, 50-59 {50, 50}, 70-79 {75}, 90-100 {100}.
        // Mean (100 + 75 + 50 + 50 + 0) / 5 = 275 / 5 = 55; median of 0 50 50 75 100 is 50.
        // Pass mark 70: A and B pass, 2 of 5 = 40%.
        QuizStats s = QuizStats.of(List.of(attempt("A", 1, 1, 1, 1), attempt("B", 1, 1, 1, 0),
                attempt("C", 1, 1, 0, 0), attempt("D", 1, 0, 0, 1), attempt("E", 0, 0, 0, 0)), 70, 10);
        assertEquals(5, s.n());
        assertEquals(List.of(1, 0, 0, 0, 0, 2, 0, 1, 0, 1),
                s.distribution().stream().map(QuizStats.Bucket::count).toList());
        assertEquals(90, s.distribution().get(9).from());
        assertEquals(100, s.distribution().get(9).to());
        assertEquals(40, s.passRate().getAsDouble(), 1e-9);
        assertEquals(55, s.mean().getAsDouble(), 1e-9);
        assertEquals(50, s.median().getAsDouble(), 1e-9);
    }

    @Test
    void a_score_right_on_the_pass_mark_passes_and_lands_in_its_own_band() {
        // 0.7 + 0.7 + 0.7 of 3 marks is 70%, but in binary floating point the sum is 2.0999999999999996
        // and the percent 69.99999999999999.
        Attempt a = new Attempt("A", java.util.Optional.empty(), Fixtures.T0, java.util.Optional.empty(),
                List.of(new Attempt.Mark("q1", 0.7, 1), new Attempt.Mark("q2", 0.7, 1), new Attempt.Mark("q3", 0.7, 1)));
        assertTrue(a.percent() < 70, "the raw percent is a hair under the pass mark");
        QuizStats s = QuizStats.of(List.of(a), 70, 10);
        assertEquals(100, s.passRate().getAsDouble(), 1e-9);
        assertEquals(1, s.distribution().get(7).count(), "70 belongs to 70-79");
    }

    @Test
    void median_of_an_even_count_is_the_mean_of_the_middle_two() {
        // 20 40 60 90 -> (40 + 60) / 2 = 50.
        QuizStats s = QuizStats.of(List.of(scored("a", 90), scored("b", 20), scored("c", 60), scored("d", 40)), 50, 5);
        assertEquals(50, s.median().getAsDouble(), 1e-9);
        // Bands of 20: 0-19 none, 20-39 {20}, 40-59 {40}, 60-79 {60}, 80-100 {90}.
        assertEquals(List.of(0, 1, 1, 1, 1), s.distribution().stream().map(QuizStats.Bucket::count).toList());
    }

    @Test
    void no_attempts_leave_every_figure_undefined_rather_than_nan() {
        QuizStats s = QuizStats.of(List.of(), 70, 10);
        assertEquals(0, s.n());
        assertTrue(s.passRate().isEmpty());
        assertTrue(s.mean().isEmpty());
        assertTrue(s.median().isEmpty());
        assertEquals(10, s.distribution().size());
    }

    @Test
    void bands_must_divide_a_hundred() {
        assertThrows(IllegalArgumentException.class, () -> QuizStats.of(List.of(), 70, 3));
    }
}
