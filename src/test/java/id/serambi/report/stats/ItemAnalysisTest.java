package id.serambi.report.stats;

import id.serambi.quiz.result.Attempt;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static id.serambi.report.stats.Fixtures.attempt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void items_below_20_or_from_90_facility_or_below_30_discrimination_are_flagged() {
        // FIVE ten times over: fifty attempts, enough to judge both; repeating every row keeps each
        // mean and correlation as it was. q1 facility 80 is fairly easy, which a post-test after a
        // training should be: not flagged; q4 discrimination 14 -> weak; q2 (60, 48) and q3 (40, 58) are fine.
        ItemAnalysis a = ItemAnalysis.of(times(10, FIVE));
        assertEquals(50, a.items().get(0).n());
        assertEquals(Set.of(), a.items().get(0).flags());
        assertEquals(Difficulty.FAIRLY_EASY, Difficulty.of(a.items().get(0).facility().getAsDouble()));
        assertEquals(Set.of(), a.items().get(1).flags());
        assertEquals(Set.of(), a.items().get(2).flags());
        assertEquals(Set.of(ItemAnalysis.Flag.WEAK_DISCRIMINATION), a.items().get(3).flags());
        assertEquals(Set.of(), a.items().get(3).tooFew());
        assertTrue(a.reliabilityJudged());
        assertEquals(2.0 / 3, a.alpha().getAsDouble(), 1e-9);
    }

    @Test
    void a_class_of_27_is_told_its_difficulty_but_not_judged_on_discrimination_or_reliability() {
        // 27 attempts: 20 or more judge facility, under 50 judge neither discrimination nor alpha.
        // The figures are still given. q4's discrimination is about 14 but it is not called weak.
        List<Attempt> class27 = new java.util.ArrayList<>(times(5, FIVE));
        class27.add(attempt("F", 1, 1, 1, 1));
        class27.add(attempt("G", 0, 0, 0, 0));
        ItemAnalysis a = ItemAnalysis.of(class27);
        assertEquals(27, a.n());
        ItemAnalysis.Item q4 = a.items().get(3);
        assertTrue(q4.discrimination().isPresent());
        assertEquals(Set.of(), q4.flags());
        assertEquals(Set.of(ItemAnalysis.Judgement.DISCRIMINATION), q4.tooFew());
        // q1: 4 of 5 right five times over, and F: 21 right of 27 = 77.8%, fairly easy: judged, and not flagged
        assertEquals(Set.of(), a.items().get(0).flags());
        assertFalse(a.items().get(0).tooFew().contains(ItemAnalysis.Judgement.FACILITY));
        assertTrue(a.alpha().isPresent());
        assertFalse(a.reliabilityJudged());
    }

    @Test
    void under_20_attempts_no_item_is_flagged() {
        ItemAnalysis a = ItemAnalysis.of(FIVE);
        a.items().forEach(i -> {
            assertEquals(Set.of(), i.flags(), i.questionId());
            assertEquals(Set.of(ItemAnalysis.Judgement.FACILITY, ItemAnalysis.Judgement.DISCRIMINATION), i.tooFew());
        });
    }

    @Test
    void the_standard_deviation_of_each_item_is_in_percent_of_its_maximum() {
        // Sample variances (from the alpha test): q1 .2, q2 .3, q3 .3, q4 .3; each item is worth 1.
        // sd = sqrt(.2) = .44721 -> 44.72%; sqrt(.3) = .54772 -> 54.77%.
        ItemAnalysis a = ItemAnalysis.of(FIVE);
        double[] expected = {44.72, 54.77, 54.77, 54.77};
        for (int j = 0; j < 4; j++) {
            assertEquals(expected[j], a.items().get(j).sd().getAsDouble(), 0.005, "q" + (j + 1));
        }
    }

    @Test
    void discriminative_efficiency_is_the_covariance_over_the_largest_the_same_marks_allow() {
        // Moodle pairs the item marks and the rest scores each sorted low to high for the largest
        // covariance; efficiency = Sxy / Sxy(sorted). Sxy from the discrimination test.
        // q1: x sorted 0 1 1 1 1 (dx -.8 .2 .2 .2 .2), y sorted 0 1 1 2 3 (dy -1.4 -.4 -.4 .6 1.6);
        //     max = 1.12 - .08 - .08 + .12 + .32 = 1.4; 1.4 / 1.4 = 100
        // q2: x sorted 0 0 1 1 1 (dx -.6 -.6 .4 .4 .4), y sorted 0 1 2 2 3 (dy -1.6 -.6 .4 .4 1.4);
        //     max = .96 + .36 + .16 + .16 + .56 = 2.2; 1.2 / 2.2 = .54545 -> 54.55
        // q3: x sorted 0 0 0 1 1 (dx -.4 -.4 -.4 .6 .6), y sorted 0 2 2 2 3 (dy -1.8 .2 .2 .2 1.2);
        //     max = .72 - .08 - .08 + .12 + .72 = 1.4; 1.4 / 1.4 = 100
        // q4: x sorted 0 0 0 1 1, y sorted 0 1 2 3 3 (dy -1.8 -.8 .2 1.2 1.2);
        //     max = .72 + .32 - .08 + .72 + .72 = 2.4; .4 / 2.4 = .16667 -> 16.67
        ItemAnalysis a = ItemAnalysis.of(FIVE);
        double[] expected = {100, 54.55, 100, 16.67};
        for (int j = 0; j < 4; j++) {
            assertEquals(expected[j], a.items().get(j).efficiency().getAsDouble(), 0.005, "q" + (j + 1));
        }
    }

    @Test
    void the_tests_standard_error_of_measurement_is_its_sd_times_the_root_of_one_minus_alpha() {
        // Scores 100 75 50 50 0 (%), mean 55, deviations 45 20 -5 -5 -55,
        // squares 2025 + 400 + 25 + 25 + 3025 = 5500, variance 5500 / 4 = 1375, SD = 37.081.
        // Moodle: error ratio = sqrt(1 - alpha) = sqrt(1/3) = .57735; SEM = .57735 x 37.081 = 21.409
        // (= sqrt(1375 / 3) = sqrt(458.33)).
        ItemAnalysis a = ItemAnalysis.of(FIVE);
        assertEquals(37.081, a.sd().getAsDouble(), 0.0005);
        assertEquals(21.409, a.sem().getAsDouble(), 0.0005);
        assertTrue(a.sameQuestions());
    }

    @Test
    void alpha_and_the_sem_need_three_attempts_as_in_moodle() {
        ItemAnalysis a = ItemAnalysis.of(List.of(attempt("A", 1, 1), attempt("B", 1, 0)));
        assertTrue(a.alpha().isEmpty());
        assertTrue(a.sem().isEmpty());
        assertTrue(a.sd().isPresent());
    }

    /**
     * Five attempts, each shown two of three questions drawn from a bank (- = not shown):
     * <pre>
     *        q1 q2 q3 | score
     *     A   1  1  - | 100%
     *     B   1  -  0 |  50%
     *     C   0  0  - |   0%
     *     D   -  1  1 | 100%
     *     E   0  -  1 |  50%
     * </pre>
     */
    @Test
    void each_item_counts_only_the_attempts_that_were_shown_it() {
        List<Attempt> drawn = List.of(shown("A", "q1", 1, "q2", 1), shown("B", "q1", 1, "q3", 0),
                shown("C", "q1", 0, "q2", 0), shown("D", "q2", 1, "q3", 1), shown("E", "q1", 0, "q3", 1));
        ItemAnalysis a = ItemAnalysis.of(drawn);
        ItemAnalysis.Item q1 = a.items().get(0);
        ItemAnalysis.Item q2 = a.items().get(1);
        ItemAnalysis.Item q3 = a.items().get(2);
        // q1 shown to A B C E: 2 of 4 = 50% (counting D as wrong would make it 2 of 5 = 40%).
        // Rest (the other item, of 1 mark, in %): A 100, B 0, C 0, E 100; x 1 1 0 0, mean .5 / 50;
        // dx .5 .5 -.5 -.5, dy 50 -50 -50 50: Sxy = 25 - 25 + 25 - 25 = 0 -> discrimination 0;
        // sorted pairs (0,0) (0,0) (1,100) (1,100): max = 25 + 25 + 25 + 25 = 100 -> efficiency 0.
        assertEquals(4, q1.n());
        assertEquals(50, q1.facility().getAsDouble(), 1e-9);
        assertEquals(0, q1.discrimination().getAsDouble(), 1e-9);
        assertEquals(0, q1.efficiency().getAsDouble(), 1e-9);
        // q2 shown to A C D: x 1 0 1 -> 66.67%; mean 2/3, squares 1/9 + 4/9 + 1/9 = 2/3, variance
        // (2/3) / 2 = 1/3, SD .57735 -> 57.74%; rest A 100, C 0, D 100 moves with x: r = 1 -> 100.
        assertEquals(3, q2.n());
        assertEquals(66.667, q2.facility().getAsDouble(), 0.0005);
        assertEquals(57.735, q2.sd().getAsDouble(), 0.0005);
        assertEquals(100, q2.discrimination().getAsDouble(), 1e-9);
        // q3 shown to B D E: x 0 1 1, rest B 100, D 100, E 0 (mean 66.67);
        // dx -2/3 1/3 1/3, dy 33.33 33.33 -66.67: Sxy = -22.22 + 11.11 - 22.22 = -33.33;
        // Sxx = 2/3, Syy = 1111.1 + 1111.1 + 4444.4 = 6666.7; r = -33.33 / sqrt(4444.4) = -.5 -> -50;
        // sorted: x 0 1 1, y 0 100 100: max = 44.44 + 11.11 + 11.11 = 66.67 -> -33.33 / 66.67 = -50.
        assertEquals(-50, q3.discrimination().getAsDouble(), 1e-9);
        assertEquals(-50, q3.efficiency().getAsDouble(), 1e-9);
        // Scores in each attempt's own maximum (2): 100 50 0 100 50, mean 60, deviations
        // 40 -10 -60 40 -10, squares 1600 + 100 + 3600 + 1600 + 100 = 7000, variance 1750, SD 41.833.
        assertEquals(41.833, a.sd().getAsDouble(), 0.0005);
        // Alpha would add up variances of items nobody answered all of: not computed, nor the SEM.
        assertFalse(a.sameQuestions());
        assertTrue(a.alpha().isEmpty());
        assertTrue(a.sem().isEmpty());
    }

    @Test
    void facility_is_worded_on_moodles_scale() {
        assertEquals(Difficulty.EXTREMELY_DIFFICULT, Difficulty.of(5));
        assertEquals(Difficulty.VERY_DIFFICULT, Difficulty.of(6));
        assertEquals(Difficulty.VERY_DIFFICULT, Difficulty.of(10.9));
        assertEquals(Difficulty.DIFFICULT, Difficulty.of(11));
        assertEquals(Difficulty.MODERATELY_DIFFICULT, Difficulty.of(20));
        assertEquals(Difficulty.MODERATELY_DIFFICULT, Difficulty.of(34.99));
        assertEquals(Difficulty.ABOUT_RIGHT, Difficulty.of(35));
        assertEquals(Difficulty.ABOUT_RIGHT, Difficulty.of(64.99));
        assertEquals(Difficulty.FAIRLY_EASY, Difficulty.of(65));
        assertEquals(Difficulty.FAIRLY_EASY, Difficulty.of(80));
        assertEquals(Difficulty.EASY, Difficulty.of(81));
        assertEquals(Difficulty.VERY_EASY, Difficulty.of(90));
        assertEquals(Difficulty.EXTREMELY_EASY, Difficulty.of(95));
        assertEquals(Difficulty.EXTREMELY_EASY, Difficulty.of(100));
    }

    private static List<Attempt> times(int k, List<Attempt> attempts) {
        List<Attempt> all = new java.util.ArrayList<>();
        for (int i = 0; i < k; i++) {
            for (Attempt a : attempts) {
                all.add(attempt(a.participantId() + i, a.marks().stream().mapToDouble(Attempt.Mark::mark).toArray()));
            }
        }
        return all;
    }

    /** An attempt shown only the questions named, each out of 1: "q1", 1, "q3", 0. */
    private static Attempt shown(String participant, Object... questionAndMark) {
        List<Attempt.Mark> marks = new java.util.ArrayList<>();
        for (int i = 0; i < questionAndMark.length; i += 2) {
            marks.add(new Attempt.Mark((String) questionAndMark[i], ((Number) questionAndMark[i + 1]).doubleValue(), 1));
        }
        return new Attempt(participant, java.util.Optional.empty(), Fixtures.T0, java.util.Optional.empty(), marks);
    }

    @Test
    void facility_edges_are_20_included_and_90_excluded() {
        assertEquals(Set.of(ItemAnalysis.Flag.TOO_HARD), flags(19.99, 50));
        assertEquals(Set.of(), flags(20, 50));
        assertEquals(Set.of(), flags(34.99, 50));
        assertEquals(Set.of(), flags(80, 50));
        assertEquals(Set.of(), flags(89.99, 30));
        assertEquals(Set.of(ItemAnalysis.Flag.TOO_EASY, ItemAnalysis.Flag.WEAK_DISCRIMINATION), flags(90, 29.99));
    }

    private static Set<ItemAnalysis.Flag> flags(double facility, double discrimination) {
        return ItemAnalysis.flags(java.util.OptionalDouble.of(facility), java.util.OptionalDouble.of(discrimination));
    }

    @Test
    void an_item_everyone_got_right_has_no_discrimination_and_no_nan() {
        // q1 is 1 for all three: no variance, so its correlation is undefined (not 0, not NaN).
        // Facility 100 reads as extremely easy, though three attempts are too few to flag it. Alpha: items q1 var 0, q2 (1 0 0) var 1/3;
        // totals 2 1 1 var 1/3 -> 2/1 x (1 - (1/3) / (1/3)) = 0.
        ItemAnalysis a = ItemAnalysis.of(List.of(attempt("A", 1, 1), attempt("B", 1, 0), attempt("C", 1, 0)));
        assertTrue(a.items().get(0).discrimination().isEmpty());
        assertEquals(java.util.Optional.of(Difficulty.EXTREMELY_EASY), a.items().get(0).difficulty());
        assertEquals(Set.of(), a.items().get(0).flags());
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
