package id.serambi.report.stats;

import id.serambi.quiz.result.Attempt;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Item analysis as Moodle's quiz statistics report computes it, over one attempt per participant.
 *
 * <ul>
 * <li>Facility index: the mean mark on the item divided by its maximum, in percent.</li>
 * <li>Discrimination index: 100 times Pearson's correlation between the mark on the item and the
 * mark on the rest of the test (total minus this item), so an item does not correlate with itself.</li>
 * <li>Cronbach's alpha: k/(k-1) x (1 - sum of item variances / variance of totals), with sample
 * variances (n - 1) as Moodle uses. Alpha is a ratio of variances, so the divisor cancels as long
 * as all of them use the same one.</li>
 * </ul>
 * A question an attempt did not reach counts as 0 marks. Anything not defined for the data (fewer
 * than two attempts, marks that do not vary) is empty, never NaN.
 */
public record ItemAnalysis(int n, List<Item> items, OptionalDouble alpha) {

    /** Facility below this, in percent, marks an item as hard. */
    public static final double HARD_BELOW = 35;
    /** Facility of this or more marks an item as easy: 35-64 is the range Moodle recommends. */
    public static final double EASY_FROM = 65;
    /** Discrimination below this is weak. */
    public static final double WEAK_BELOW = 30;

    public ItemAnalysis {
        items = List.copyOf(items);
    }

    public enum Flag { TOO_HARD, TOO_EASY, WEAK_DISCRIMINATION }

    /**
     * @param sd standard deviation of the item's marks, in percent of its maximum (sample; empty for
     *           fewer than two attempts)
     */
    public record Item(String questionId, double max, OptionalDouble facility, OptionalDouble sd,
                       OptionalDouble discrimination, Set<Flag> flags) {
        public Item {
            flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        }
    }

    public static ItemAnalysis of(List<Attempt> attempts) {
        Map<String, Double> maxima = new LinkedHashMap<>();
        for (Attempt a : attempts) {
            for (Attempt.Mark m : a.marks()) {
                maxima.merge(m.questionId(), m.max(), Math::max);
            }
        }
        List<String> ids = List.copyOf(maxima.keySet());
        Map<String, Integer> column = new HashMap<>();
        ids.forEach(id -> column.put(id, column.size()));
        int n = attempts.size();
        int k = ids.size();
        double[][] marks = new double[k][n];
        double[] totals = new double[n];
        for (int i = 0; i < n; i++) {
            for (Attempt.Mark m : attempts.get(i).marks()) {
                marks[column.get(m.questionId())][i] += m.mark();
                totals[i] += m.mark();
            }
        }
        List<Item> items = new ArrayList<>();
        double itemVariances = 0;
        for (int j = 0; j < k; j++) {
            double max = maxima.get(ids.get(j));
            double[] x = marks[j];
            double[] rest = new double[n];
            for (int i = 0; i < n; i++) {
                rest[i] = totals[i] - x[i];
            }
            OptionalDouble facility = Stats.map(Stats.mean(x), v -> v / max * 100);
            OptionalDouble variance = Stats.variance(x);
            itemVariances += variance.orElse(0);
            OptionalDouble sd = Stats.map(variance, v -> Math.sqrt(v) / max * 100);
            OptionalDouble discrimination = Stats.map(Stats.correlation(x, rest), r -> r * 100);
            items.add(new Item(ids.get(j), max, facility, sd, discrimination, flags(facility, discrimination)));
        }
        OptionalDouble totalVariance = Stats.variance(totals);
        OptionalDouble alpha = k < 2 || totalVariance.isEmpty() || Stats.zero(totalVariance.getAsDouble())
                ? OptionalDouble.empty()
                : OptionalDouble.of(k / (k - 1.0) * (1 - itemVariances / totalVariance.getAsDouble()));
        return new ItemAnalysis(n, items, alpha);
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
