package id.serambi.report.summary;

import id.serambi.content.Text;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.result.TextAnswer;

import java.util.List;
import java.util.Optional;

/**
 * A single or multiple choice question: each option's count, most chosen first (ties in the order
 * of the question), then the "Lainnya" row when the question allows it. "Lainnya" stays last
 * whatever its count: it gathers different answers, which are listed in {@code others}. For a
 * multiple choice the percentages are of respondents and may add up to more than 100.
 */
public record ChoiceSummary(Question question, int n, List<Count> counts, List<TextAnswer> others)
        implements Summary {

    public ChoiceSummary {
        counts = List.copyOf(counts);
        others = List.copyOf(others);
    }

    /** One bar: an option (with its text) or, with no text, the "Lainnya" row. */
    public record Count(String optionId, Optional<Text> label, int count, double percent) {
        public static final String OTHER = "";

        public boolean other() {
            return label.isEmpty();
        }
    }

    public List<TextAnswer> visibleOthers() {
        return others.stream().filter(t -> !t.hidden()).toList();
    }
}
