package id.serambi.report.summary;

import id.serambi.quiz.model.Question;

import java.util.List;
import java.util.OptionalDouble;

/** A rating: how many gave each value from 1 (index 0) to the maximum, and the mean rating. */
public record RatingSummary(Question.Rating question, int n, List<Integer> counts, OptionalDouble mean)
        implements Summary {

    public RatingSummary {
        counts = List.copyOf(counts);
    }

    public double percent(int value) {
        return Summary.percent(counts.get(value - 1), n);
    }
}
