package id.serambi.report.summary;

import id.serambi.quiz.model.Question;

import java.util.ArrayList;
import java.util.List;

/**
 * A Likert item: how many chose each level (index 0 is level 1), and the shares that agree (the
 * upper half of the scale: 4-5 of 5, 3-4 of 4), disagree (the lower half: 1-2) and stay neutral
 * (the middle level of an odd scale; none on a 4-point scale).
 */
public record LikertSummary(Question.Likert question, int n, List<Integer> counts) implements Summary {

    public LikertSummary {
        counts = List.copyOf(counts);
    }

    public int levels() {
        return counts.size();
    }

    public double percent(int level) {
        return Summary.percent(counts.get(level - 1), n);
    }

    public double disagree() {
        return share(1, levels() / 2);
    }

    public double neutral() {
        return share(levels() / 2 + 1, levels() - levels() / 2);
    }

    public double agree() {
        return share(levels() - levels() / 2 + 1, levels());
    }

    private double share(int fromLevel, int toLevel) {
        int c = 0;
        for (int level = fromLevel; level <= toLevel; level++) {
            c += counts.get(level - 1);
        }
        return Summary.percent(c, n);
    }

    /**
     * The bar of a diverging stacked chart: one segment per level, lowest first, each starting at
     * {@code start} percent from the centre line (negative to the left). The centre is the middle of
     * the neutral segment, or the boundary between disagree and agree on an even scale, so agreement
     * reads to the right and disagreement to the left.
     */
    public List<Segment> segments() {
        double x = -(disagree() + neutral() / 2);
        List<Segment> segments = new ArrayList<>();
        for (int level = 1; level <= levels(); level++) {
            double p = percent(level);
            segments.add(new Segment(level, x, p));
            x += p;
        }
        return segments;
    }

    public record Segment(int level, double start, double percent) {
    }
}
