package id.serambi.report.stats;

import id.serambi.quiz.result.Attempt;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The overview of a quiz's attempts: how scores spread over percent bands, how many passed, mean
 * and median score (all in percent). Each attempt given counts once; the store passes the attempt
 * that counts for each participant under the quiz's grading (highest or last).
 */
public record QuizStats(int n, List<Bucket> distribution, OptionalDouble passRate, OptionalDouble mean,
                        OptionalDouble median) {

    public QuizStats {
        distribution = List.copyOf(distribution);
    }

    /**
     * Scores from {@code from} (included) to {@code to} (excluded, except that the last band also
     * holds 100).
     */
    public record Bucket(int from, int to, int count) {
    }

    /**
     * @param passPercent the quiz's pass mark, in percent
     * @param buckets     how many equal bands to cut 0-100 into; must divide 100 (10 gives Moodle's
     *                    bands of ten)
     */
    public static QuizStats of(List<Attempt> attempts, int passPercent, int buckets) {
        if (buckets < 1 || 100 % buckets != 0) {
            throw new IllegalArgumentException("bands must divide 100: " + buckets);
        }
        double[] scores = attempts.stream().mapToDouble(a -> clean(a.percent())).toArray();
        int width = 100 / buckets;
        int[] counts = new int[buckets];
        int passed = 0;
        for (double s : scores) {
            counts[Math.min(buckets - 1, Math.max(0, (int) Math.floor(s / width)))]++;
            if (s >= passPercent) {
                passed++;
            }
        }
        List<Bucket> distribution = new ArrayList<>();
        for (int i = 0; i < buckets; i++) {
            distribution.add(new Bucket(i * width, (i + 1) * width, counts[i]));
        }
        OptionalDouble passRate = scores.length == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(passed * 100.0 / scores.length);
        return new QuizStats(scores.length, distribution, passRate, Stats.mean(scores), Stats.median(scores));
    }

    /**
     * Scores rounded to a millionth of a percent: partial credit such as thirds adds up to 69.99999999
     * where the learner earned 70, and must not fall into the band below or miss the pass mark.
     */
    public static double clean(double percent) {
        return Math.round(percent * 1e6) / 1e6;
    }
}
