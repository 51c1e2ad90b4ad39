package id.serambi.report.stats;

import id.serambi.quiz.result.Attempt;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static id.serambi.report.stats.Fixtures.scored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GainTest {

    @Test
    void class_gain_comes_from_the_means_of_paired_participants_only() {
        // Pre: p1 40, p2 60, p3 100, p4 10 (no post-test). Post: p1 70, p2 90, p3 100, p5 50 (no pre-test).
        // Paired: p1, p2, p3. Pre mean (40 + 60 + 100) / 3 = 66.667; post mean (70 + 90 + 100) / 3 = 86.667.
        // <g> = (86.667 - 66.667) / (100 - 66.667) = 20 / 33.333 = 0.6 -> medium.
        // Individual: p1 (70 - 40) / 60 = 0.5; p2 (90 - 60) / 40 = 0.75; p3 pre 100 -> undefined.
        // Mean of the defined individual gains (0.5 + 0.75) / 2 = 0.625 -> medium; 1 undefined.
        Gain g = Gain.of(List.of(scored("p1", 40), scored("p2", 60), scored("p3", 100), scored("p4", 10)),
                List.of(scored("p1", 70), scored("p2", 90), scored("p3", 100), scored("p5", 50)));
        assertEquals(3, g.pairs());
        assertEquals(200.0 / 3, g.preMean().getAsDouble(), 1e-9);
        assertEquals(260.0 / 3, g.postMean().getAsDouble(), 1e-9);
        assertEquals(0.6, g.classGain().getAsDouble(), 1e-9);
        assertEquals(Optional.of(Gain.Band.MEDIUM), g.classBand());
        assertEquals(List.of("p1", "p2", "p3"), g.individual().stream().map(Gain.Individual::participantId).toList());
        assertEquals(0.5, g.individual().get(0).gain().getAsDouble(), 1e-9);
        assertEquals(Optional.of(Gain.Band.HIGH), g.individual().get(1).band());
        assertTrue(g.individual().get(2).gain().isEmpty());
        assertEquals(0.625, g.meanIndividual().getAsDouble(), 1e-9);
        assertEquals(1, g.undefined());
    }

    @Test
    void the_latest_attempt_counts_when_a_participant_took_a_test_twice() {
        // p1's pre-tests: 20 first, then 50 -> 50 counts; post 75: g = 25 / 50 = 0.5.
        Attempt first = scored("p1", 20);
        Attempt later = new Attempt("p1", Optional.empty(), Fixtures.T0.plusSeconds(60), Optional.empty(),
                scored("p1", 50).marks());
        Gain g = Gain.of(List.of(later, first), List.of(scored("p1", 75)));
        assertEquals(0.5, g.classGain().getAsDouble(), 1e-9);
    }

    @Test
    void bands_are_low_below_0_3_medium_up_to_0_7_and_high_above() {
        assertEquals(Gain.Band.LOW, Gain.Band.of(-0.2), "a loss is low");
        assertEquals(Gain.Band.LOW, Gain.Band.of(0.294));
        assertEquals(Gain.Band.MEDIUM, Gain.Band.of(0.295), "shown as 0.30, so medium");
        assertEquals(Gain.Band.MEDIUM, Gain.Band.of(0.3));
        assertEquals(Gain.Band.MEDIUM, Gain.Band.of(0.7));
        assertEquals(Gain.Band.MEDIUM, Gain.Band.of(0.704), "shown as 0.70");
        assertEquals(Gain.Band.HIGH, Gain.Band.of(0.705));
        assertEquals(Gain.Band.HIGH, Gain.Band.of(1));
    }

    @Test
    void a_class_that_scored_100_before_has_no_class_gain() {
        Gain g = Gain.of(List.of(scored("p1", 100)), List.of(scored("p1", 90)));
        assertTrue(g.classGain().isEmpty());
        assertTrue(g.classBand().isEmpty());
        assertTrue(g.meanIndividual().isEmpty());
        assertEquals(1, g.undefined());
    }

    @Test
    void no_pairs_leave_everything_undefined() {
        Gain g = Gain.of(List.of(scored("p1", 40)), List.of(scored("p2", 80)));
        assertEquals(0, g.pairs());
        assertTrue(g.preMean().isEmpty());
        assertTrue(g.classGain().isEmpty());
        assertTrue(g.meanIndividual().isEmpty());
        assertEquals(0, g.undefined());
    }
}
