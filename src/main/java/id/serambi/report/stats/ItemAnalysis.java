package id.serambi.report.stats;

import id.serambi.quiz.result.Attempt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Item analysis as Moodle's quiz statistics report computes it, over one attempt per participant.
 *
 * <ul>
 * <li>Facility index: the mean mark on the item divided by its maximum, in percent.</li>
 * <li>Standard deviation of the item: sample SD (n - 1) of its marks, in percent of its maximum.</li>
 * <li>Discrimination index: 100 times Pearson's correlation between the mark on the item and the
 * score on the rest of the test (the attempt without this item), so an item does not correlate
 * with itself.</li>
 * <li>Discriminative efficiency: 100 times that covariance over the largest covariance the same
 * marks could have, which pairs the item's marks and the rest scores each sorted from low to high.</li>
 * <li>Cronbach's alpha (Moodle's coefficient of internal consistency, as a fraction): k/(k-1) x
 * (1 - sum of item variances / variance of totals), with sample variances, from 3 attempts up as
 * Moodle computes it.</li>
 * <li>The test's standard deviation (of the attempts' scores in percent) and its standard error of
 * measurement, SD x sqrt(1 - alpha), in percent points: Moodle's error ratio x SD.</li>
 * </ul>
 *
 * <p>An attempt may be shown only some of the quiz's questions (drawn per attempt): each item counts
 * only the attempts that carry a mark on it, and the rest of the test is read in percent of that
 * attempt's own maximum without the item. With every attempt shown the same questions this gives
 * Moodle's figures exactly (a percent of the same maximum is a fixed multiple of the marks, which
 * changes neither a correlation nor a ratio of covariances). Alpha adds up item variances as if every
 * attempt answered every item, so it is left out when the attempts were shown different questions.
 *
 * <p>Anything not defined for the data (too few attempts, marks that do not vary) is empty, never
 * NaN. Figures are given whatever the number of attempts, but an item is flagged, and the test's
 * reliability judged, only from the numbers of attempts below; under them a page says that there
 * are too few attempts to tell.
 */
public record ItemAnalysis(int n, List<Item> items, OptionalDouble alpha, OptionalDouble sd, OptionalDouble sem,
                           boolean sameQuestions) {

    /**
     * Facility below this, in percent, marks an item as too hard: Moodle's "difficult" and below.
     * Moodle's "about right" band (35-64) suits a test that ranks learners; after a training most
     * learners should get most items right, so only the far ends are worth a trainer's look.
     */
    public static final double HARD_BELOW = 20;
    /** Facility of this or more marks an item as too easy: Moodle's "very easy" and above. */
    public static final double EASY_FROM = 90;
    /** Discrimination below this is weak. */
    public static final double WEAK_BELOW = 30;
    /** Attempts shown an item before it is called too hard or too easy. */
    public static final int FEW_FOR_FACILITY = 20;
    /** Attempts shown an item before its discrimination is called weak. */
    public static final int FEW_FOR_DISCRIMINATION = 50;
    /** Attempts before the test's reliability (alpha) is judged good or low. */
    public static final int FEW_FOR_RELIABILITY = 50;
    /** Moodle computes the coefficient of internal consistency from three attempts up. */
    static final int ALPHA_FROM = 3;

    public ItemAnalysis {
        items = List.copyOf(items);
        Objects.requireNonNull(alpha);
        Objects.requireNonNull(sd);
        Objects.requireNonNull(sem);
    }

    public enum Flag { TOO_HARD, TOO_EASY, WEAK_DISCRIMINATION }

    /** What a figure is too uncertain to judge with the attempts there are. */
    public enum Judgement { FACILITY, DISCRIMINATION }

    /**
     * @param n              the attempts that were shown the item
     * @param sd             SD of the item's marks, in percent of its maximum (empty under two attempts)
     * @param efficiency     discriminative efficiency, in percent
     * @param tooFew         what the item's attempts are too few to judge; it is never flagged for those
     */
    public record Item(String questionId, double max, int n, OptionalDouble facility, OptionalDouble sd,
                       OptionalDouble discrimination, OptionalDouble efficiency, Set<Flag> flags,
                       Set<Judgement> tooFew) {
        public Item {
            flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
            tooFew = tooFew.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(tooFew));
        }

        /** Moodle's wording of the facility index; empty with no attempt. */
        public java.util.Optional<Difficulty> difficulty() {
            return facility.isPresent() ? java.util.Optional.of(Difficulty.of(facility.getAsDouble()))
                    : java.util.Optional.empty();
        }
    }

    /** Whether there are attempts enough to call alpha good or low. */
    public boolean reliabilityJudged() {
        return n >= FEW_FOR_RELIABILITY;
    }

    public static ItemAnalysis of(List<Attempt> attempts) {
        Map<String, Double> maxima = new LinkedHashMap<>();
        for (Attempt a : attempts) {
            for (Attempt.Mark m : a.marks()) {
                maxima.merge(m.questionId(), m.max(), Math::max);
            }
        }
        List<String> ids = List.copyOf(maxima.keySet());
        int n = attempts.size();
        List<Map<String, Attempt.Mark>> shown = new ArrayList<>();
        for (Attempt a : attempts) {
            Map<String, Attempt.Mark> byId = new HashMap<>();
            a.marks().forEach(m -> byId.merge(m.questionId(), m,
                    (x, y) -> new Attempt.Mark(x.questionId(), x.mark() + y.mark(), x.max() + y.max())));
            shown.add(byId);
        }
        boolean same = shown.stream().allMatch(s -> s.keySet().equals(maxima.keySet())
                && s.values().stream().allMatch(m -> m.max() == maxima.get(m.questionId())));
        // each attempt's total and maximum once, not once per item: over thousands of attempts that is most of the work
        double[] totals = attempts.stream().mapToDouble(Attempt::total).toArray();
        double[] maxTotals = attempts.stream().mapToDouble(Attempt::maxTotal).toArray();
        List<Item> items = new ArrayList<>();
        double itemVariances = 0;
        for (String id : ids) {
            double[] x = new double[n];
            double[] rest = new double[n];
            int k = 0;
            for (int i = 0; i < n; i++) {
                Attempt.Mark m = shown.get(i).get(id);
                if (m != null) {
                    double restMax = maxTotals[i] - m.max();
                    x[k] = m.mark();
                    rest[k] = restMax > 0 ? (totals[i] - m.mark()) * 100 / restMax : 0;
                    k++;
                }
            }
            x = Arrays.copyOf(x, k);
            rest = Arrays.copyOf(rest, k);
            double max = maxima.get(id);
            OptionalDouble facility = Stats.map(Stats.mean(x), v -> v / max * 100);
            OptionalDouble variance = Stats.variance(x);
            itemVariances += variance.orElse(0);
            OptionalDouble sd = Stats.map(variance, v -> Math.sqrt(v) / max * 100);
            OptionalDouble discrimination = Stats.map(Stats.correlation(x, rest), r -> r * 100);
            OptionalDouble efficiency = Stats.map(Stats.efficiency(x, rest), e -> e * 100);
            Set<Judgement> tooFew = EnumSet.noneOf(Judgement.class);
            if (x.length < FEW_FOR_FACILITY) {
                tooFew.add(Judgement.FACILITY);
            }
            if (x.length < FEW_FOR_DISCRIMINATION) {
                tooFew.add(Judgement.DISCRIMINATION);
            }
            Set<Flag> flags = flags(tooFew.contains(Judgement.FACILITY) ? OptionalDouble.empty() : facility,
                    tooFew.contains(Judgement.DISCRIMINATION) ? OptionalDouble.empty() : discrimination);
            items.add(new Item(id, max, x.length, facility, sd, discrimination, efficiency, flags, tooFew));
        }
        double[] percents = attempts.stream().mapToDouble(Attempt::percent).toArray();
        OptionalDouble totalVariance = Stats.variance(totals);
        int k = ids.size();
        OptionalDouble alpha = !same || n < ALPHA_FROM || k < 2 || totalVariance.isEmpty()
                || Stats.zero(totalVariance.getAsDouble())
                ? OptionalDouble.empty()
                : OptionalDouble.of(k / (k - 1.0) * (1 - itemVariances / totalVariance.getAsDouble()));
        OptionalDouble sd = Stats.map(Stats.variance(percents), Math::sqrt);
        OptionalDouble sem = alpha.isPresent() && sd.isPresent()
                ? OptionalDouble.of(sd.getAsDouble() * Math.sqrt(1 - alpha.getAsDouble())) : OptionalDouble.empty();
        return new ItemAnalysis(n, items, alpha, sd, sem, same);
    }

    static Set<Flag> flags(OptionalDouble facility, OptionalDouble discrimination) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (facility.isPresent() && facility.getAsDouble() < HARD_BELOW) {
            flags.add(Flag.TOO_HARD);
        }
        if (facility.isPresent() && facility.getAsDouble() >= EASY_FROM) {
            flags.add(Flag.TOO_EASY);
        }
        if (discrimination.isPresent() && discrimination.getAsDouble() < WEAK_BELOW) {
            flags.add(Flag.WEAK_DISCRIMINATION);
        }
        return flags;
    }
}
