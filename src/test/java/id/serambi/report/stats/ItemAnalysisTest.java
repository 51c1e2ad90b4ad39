package id.serambi.report.stats;

import id.serambi.quiz.result.Attempt;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static id.serambi.report.stats.Fixtures.attempt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Five students, four items of 1 mark each:
 * <pre>
 *        q1 q2 q3 q4 | total
 *     A   1  1  1  1 |  4
 *     B   1  1  1  0 |  3
 *     C   1  1  0  0 |  2
 *     D   1  0  0  1 |  2
 *     E   0  0  0  0 |  0
 * </pre>
 */
class ItemAnalysisTest {
    private static final List<Attempt> FIVE = List.of(attempt("A", 1, 1, 1, 1), attempt("B", 1, 1, 1, 0),
            attempt("C", 1, 1, 0, 0), attempt("D", 1, 0, 0, 1), attempt("E", 0, 0, 0, 0));

    @Test
    void facility_is_the_mean_mark_over_the_maximum_in_percent() {
        // q1 4/5 = 80%, q2 3/5 = 60%, q3 2/5 = 40%, q4 2/5 = 40%.
        ItemAnalysis a = ItemAnalysis.of(FIVE);
        assertEquals(5, a.n());
        assertEquals(List.of("q1", "q2", "q3", "q4"), a.items().stream().map(ItemAnalysis.Item::questionId).toList());
        double[] expected = {80, 60, 40, 40};
        for (int j = 0; j < 4; j++) {
            assertEquals(expected[j], a.items().get(j).facility().getAsDouble(), 1e-9);
        }
    }

    @Test
    void discrimination_correlates_each_item_with_the_rest_of_the_test() {
        // r = Sxy / sqrt(Sxx Syy) with x the item mark and y the total minus that item.
        // q1: x 1 1 1 1 0 (mean .8), y 3 2 1 1 0 (mean 1.4);
        //     dx .2 .2 .2 .2 -.8, dy 1.6 .6 -.4 -.4 -1.4
        //     Sxy = .32 + .12 - .08 - .08 + 1.12 = 1.4; Sxx = 4(.04) + .64 = .8;
        //     Syy = 2.56 + .36 + .16 + .16 + 1.96 = 5.2; r = 1.4 / sqrt(4.16) = .68641 -> 68.64
        // q2: x 1 1 1 0 0 (mean .6), y 3 2 1 2 0 (mean 1.6);
        //     dx .4 .4 .4 -.6 -.6, dy 1.4 .4 -.6 .4 -1.6
        //     Sxy = .56 + .16 - .24 - .24 + .96 = 1.2; Sxx = 3(.16) + 2(.36) = 1.2;
        //     Syy = 1.96 + .16 + .36 + .16 + 2.56 = 5.2; r = 1.2 / sqrt(6.24) = .48038 -> 48.04
        // q3: x 1 1 0 0 0 (mean .4), y 3 2 2 2 0 (mean 1.8);
        //     dx .6 .6 -.4 -.4 -.4, dy 1.2 .2 .2 .2 -1.8
        //     Sxy = .72 + .12 - .08 - .08 + .72 = 1.4; Sxx = 2(.36) + 3(.16) = 1.2;
        //     Syy = 1.44 + 3(.04) + 3.24 = 4.8; r = 1.4 / sqrt(5.76) = 1.4 / 2.4 = .58333 -> 58.33
        // q4: x 1 0 0 1 0 (mean .4), y 3 3 2 1 0 (mean 1.8);
        //     dx .6 -.4 -.4 .6 -.4, dy 1.2 1.2 .2 -.8 -1.8
        //     Sxy = .72 - .48 - .08 - .48 + .72 = .4; Sxx = 1.2;
        //     Syy = 1.44 + 1.44 + .04 + .64 + 3.24 = 6.8; r = .4 / sqrt(8.16) = .14003 -> 14.00
        ItemAnalysis a = ItemAnalysis.of(FIVE);
        double[] expected = {68.64, 48.04, 58.33, 14.00};
        for (int j = 0; j < 4; j++) {
            assertEquals(expected[j], a.items().get(j).discrimination().getAsDouble(), 0.005, "q" + (j + 1));
        }
    }

    @Test
    void cronbachs_alpha_uses_sample_variances_of_items_and_totals() {
        // Item sample variances Sxx / (n - 1): q1 .8/4 = .2, q2 1.2/4 = .3, q3 .3, q4 .3; sum 1.1.
        // Totals 4 3 2 2 0, mean 2.2, deviations 1.8 .8 -.2 -.2 -2.2,
        // Sxx = 3.24 + .64 + .04 + .04 + 4.84 = 8.8, variance 8.8 / 4 = 2.2.
        // alpha = 4/3 x (1 - 1.1 / 2.2) = 4/3 x .5 = .6667.
        assertEquals(2.0 / 3, ItemAnalysis.of(FIVE).alpha().getAsDouble(), 1e-9);
    }

    @Test
    void items_outside_35_to_64_facility_or_below_30_discrimination_are_flagged() {
        // q1 facility 80 -> too easy; q4 discrimination 14 -> weak; q2 (60, 48) and q3 (40, 58) are fine.
        ItemAnalysis a = ItemAnalysis.of(FIVE);
        assertEquals(Set.of(ItemAnalysis.Flag.TOO_EASY), a.items().get(0).flags());
        assertEquals(Set.of(), a.items().get(1).flags());
        assertEquals(Set.of(), a.items().get(2).flags());
        assertEquals(Set.of(ItemAnalysis.Flag.WEAK_DISCRIMINATION), a.items().get(3).flags());
    }

    @Test
    void facility_edges_are_35_included_and_65_excluded() {
        assertEquals(Set.of(ItemAnalysis.Flag.TOO_HARD), flags(34.99, 50));
        assertEquals(Set.of(), flags(35, 50));
        assertEquals(Set.of(), flags(64.99, 30));
        assertEquals(Set.of(ItemAnalysis.Flag.TOO_EASY, ItemAnalysis.Flag.WEAK_DISCRIMINATION), flags(65, 29.99));
    }

    private static Set<ItemAnalysis.Flag> flags(double facility, double discrimination) {
        return ItemAnalysis.flags(java.util.OptionalDouble.of(facility), java.util.OptionalDouble.of(discrimination));
    }

    @Test
    void an_item_everyone_got_right_has_no_discrimination_and_no_nan() {
        // q1 is 1 for all three: no variance, so its correlation is undefined (not 0, not NaN).
        // Facility 100 still flags it as too easy. Alpha: items q1 var 0, q2 (1 0 0) var 1/3;
        // totals 2 1 1 var 1/3 -> 2/1 x (1 - (1/3) / (1/3)) = 0.
        ItemAnalysis a = ItemAnalysis.of(List.of(attempt("A", 1, 1), attempt("B", 1, 0), attempt("C", 1, 0)));
        assertTrue(a.items().get(0).discrimination().isEmpty());
        assertEquals(Set.of(ItemAnalysis.Flag.TOO_EASY), a.items().get(0).flags());
        assertEquals(0, a.alpha().getAsDouble(), 1e-9);
    }

    @Test
    void a_single_attempt_gives_facility_only() {
        ItemAnalysis a = ItemAnalysis.of(List.of(attempt("A", 1, 0, 1)));
        assertEquals(100, a.items().get(0).facility().getAsDouble(), 1e-9);
        assertTrue(a.items().get(0).discrimination().isEmpty());
        assertTrue(a.items().get(0).sd().isEmpty());
        assertTrue(a.alpha().isEmpty());
    }

    @Test
    void equal_totals_leave_alpha_undefined() {
        // Totals 1 and 1: no variance in the totals, so alpha would divide by zero.
        ItemAnalysis a = ItemAnalysis.of(List.of(attempt("A", 1, 0), attempt("B", 0, 1)));
        assertTrue(a.alpha().isEmpty());
        assertTrue(ItemAnalysis.of(List.of()).alpha().isEmpty());
    }

    @Test
    void marks_are_read_in_proportion_to_each_items_maximum() {
        // q1 worth 2: marks 2 and 1 -> mean 1.5 of 2 = 75%; sd of (2, 1) = sqrt(.5) = .7071 -> 35.36% of 2.
        Attempt a = new Attempt("A", java.util.Optional.empty(), Fixtures.T0, java.util.Optional.empty(),
                List.of(new Attempt.Mark("q1", 2, 2)));
        Attempt b = new Attempt("B", java.util.Optional.empty(), Fixtures.T0, java.util.Optional.empty(),
                List.of(new Attempt.Mark("q1", 1, 2)));
        ItemAnalysis.Item item = ItemAnalysis.of(List.of(a, b)).items().get(0);
        assertEquals(75, item.facility().getAsDouble(), 1e-9);
        assertEquals(35.36, item.sd().getAsDouble(), 0.005);
    }
}
