package id.serambi.report.stats;

import id.serambi.quiz.result.Attempt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Hake's normalised gain between a pre-test and a post-test, over the participants who took both
 * (paired); a participant who took only one is left out of every figure here.
 *
 * @param pairs          participants with both tests
 * @param preMean        class mean of the pre-test, percent
 * @param postMean       class mean of the post-test, percent
 * @param classGain      &lt;g&gt; = (post% - pre%) / (100 - pre%) from the class means; empty when
 *                       there are no pairs or the class mean before was already 100
 * @param individual     each pair's own gain, in participant order
 * @param meanIndividual mean of the defined individual gains
 * @param undefined      pairs whose individual gain is undefined (a pre-test of 100: nothing left
 *                       to gain), which the mean of individual gains leaves out
 */
public record Gain(int pairs, OptionalDouble preMean, OptionalDouble postMean, OptionalDouble classGain,
                   List<Individual> individual, OptionalDouble meanIndividual, int undefined) {

    public Gain {
        individual = List.copyOf(individual);
    }

    public enum Band {
        LOW, MEDIUM, HIGH;

        /**
         * Hake's bands: low below 0.3, medium 0.3 to 0.7, high above 0.7. The gain is rounded to the
         * two decimals a page shows first, so a gain shown as 0.30 is never called low.
         */
        public static Band of(double g) {
            BigDecimal r = BigDecimal.valueOf(g).setScale(2, RoundingMode.HALF_UP);
            if (r.compareTo(new BigDecimal("0.30")) < 0) {
                return LOW;
            }
            return r.compareTo(new BigDecimal("0.70")) > 0 ? HIGH : MEDIUM;
        }
    }

    /** One participant's scores (percent) and gain, empty when the pre-test was 100. */
    public record Individual(String participantId, double pre, double post, OptionalDouble gain) {
        public Optional<Band> band() {
            return gain.isPresent() ? Optional.of(Band.of(gain.getAsDouble())) : Optional.empty();
        }
    }

    public Optional<Band> classBand() {
        return classGain.isPresent() ? Optional.of(Band.of(classGain.getAsDouble())) : Optional.empty();
    }

    public Optional<Band> meanIndividualBand() {
        return meanIndividual.isPresent() ? Optional.of(Band.of(meanIndividual.getAsDouble())) : Optional.empty();
    }

    /**
     * Pairs pre- and post-test attempts by participant id. Should a participant have several
     * attempts at one test, the latest submitted is the one that counts.
     */
    public static Gain of(List<Attempt> pre, List<Attempt> post) {
        Map<String, Attempt> before = latest(pre);
        Map<String, Attempt> after = latest(post);
        List<Individual> individual = new ArrayList<>();
        before.keySet().stream().filter(after::containsKey).sorted().forEach(id -> {
            double p = QuizStats.clean(before.get(id).percent());
            double q = QuizStats.clean(after.get(id).percent());
            individual.add(new Individual(id, p, q, gain(p, q)));
        });
        double[] pres = individual.stream().mapToDouble(Individual::pre).toArray();
        double[] posts = individual.stream().mapToDouble(Individual::post).toArray();
        OptionalDouble preMean = Stats.mean(pres);
        OptionalDouble postMean = Stats.mean(posts);
        OptionalDouble classGain = preMean.isPresent()
                ? gain(preMean.getAsDouble(), postMean.getAsDouble()) : OptionalDouble.empty();
        double[] gains = individual.stream().filter(i -> i.gain().isPresent())
                .mapToDouble(i -> i.gain().getAsDouble()).toArray();
        return new Gain(individual.size(), preMean, postMean, classGain, individual, Stats.mean(gains),
                individual.size() - gains.length);
    }

    static OptionalDouble gain(double pre, double post) {
        return pre >= 100 - 1e-9 ? OptionalDouble.empty() : OptionalDouble.of((post - pre) / (100 - pre));
    }

    private static Map<String, Attempt> latest(List<Attempt> attempts) {
        return attempts.stream().collect(Collectors.toMap(Attempt::participantId, Function.identity(),
                (a, b) -> b.submittedAt().isAfter(a.submittedAt()) ? b : a));
    }
}
