package id.serambi.report.stats;

import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;

/**
 * The few statistics the dashboards need. Each answers empty rather than NaN or infinity when it is
 * not defined for the data, so no page ever shows "NaN". Variances are sample variances (divided by
 * n - 1), as Moodle's quiz statistics use.
 */
final class Stats {
    private Stats() {
    }

    static OptionalDouble mean(double[] xs) {
        return xs.length == 0 ? OptionalDouble.empty() : OptionalDouble.of(Arrays.stream(xs).sum() / xs.length);
    }

    static OptionalDouble median(double[] xs) {
        if (xs.length == 0) {
            return OptionalDouble.empty();
        }
        double[] s = xs.clone();
        Arrays.sort(s);
        int mid = s.length / 2;
        return OptionalDouble.of(s.length % 2 == 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2);
    }

    /** Sum of squared deviations from the mean. */
    static double squares(double[] xs) {
        double m = Arrays.stream(xs).sum() / xs.length;
        return Arrays.stream(xs).map(x -> (x - m) * (x - m)).sum();
    }

    /** Sample variance; empty for fewer than two values. */
    static OptionalDouble variance(double[] xs) {
        return xs.length < 2 ? OptionalDouble.empty() : OptionalDouble.of(squares(xs) / (xs.length - 1));
    }

    /**
     * Pearson's correlation; empty for fewer than two pairs or when either side does not vary (then
     * the correlation has no meaning, rather than being 0).
     */
    static OptionalDouble correlation(double[] xs, double[] ys) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("unpaired values");
        }
        if (xs.length < 2) {
            return OptionalDouble.empty();
        }
        double mx = Arrays.stream(xs).sum() / xs.length;
        double my = Arrays.stream(ys).sum() / ys.length;
        double sxy = 0;
        for (int i = 0; i < xs.length; i++) {
            sxy += (xs[i] - mx) * (ys[i] - my);
        }
        double sxx = squares(xs);
        double syy = squares(ys);
        if (zero(sxx) || zero(syy)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(sxy / Math.sqrt(sxx * syy));
    }

    /**
     * Moodle's discriminative efficiency as a fraction: the covariance of the pairs over the largest
     * covariance the same two lists could have, which pairs them each sorted from low to high (by the
     * rearrangement inequality no pairing gives more). Empty for fewer than two pairs or when that
     * largest covariance is 0 (either side does not vary).
     */
    static OptionalDouble efficiency(double[] xs, double[] ys) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("unpaired values");
        }
        if (xs.length < 2) {
            return OptionalDouble.empty();
        }
        double mx = Arrays.stream(xs).sum() / xs.length;
        double my = Arrays.stream(ys).sum() / ys.length;
        double[] sx = xs.clone();
        double[] sy = ys.clone();
        Arrays.sort(sx);
        Arrays.sort(sy);
        double sxy = 0;
        double most = 0;
        for (int i = 0; i < xs.length; i++) {
            sxy += (xs[i] - mx) * (ys[i] - my);
            most += (sx[i] - mx) * (sy[i] - my);
        }
        return zero(most) ? OptionalDouble.empty() : OptionalDouble.of(sxy / most);
    }

    /** Sums of squares of marks that are all equal come out as 0 or within rounding noise of it. */
    static boolean zero(double sumOfSquares) {
        return Math.abs(sumOfSquares) < 1e-12;
    }

    static OptionalDouble map(OptionalDouble v, DoubleUnaryOperator f) {
        return v.isPresent() ? OptionalDouble.of(f.applyAsDouble(v.getAsDouble())) : OptionalDouble.empty();
    }
}
