package id.serambi.report.chart;

import id.serambi.i18n.Lang;
import id.serambi.report.summary.ChoiceSummary;
import id.serambi.report.summary.RatingSummary;
import id.serambi.report.table.Cell;
import id.serambi.report.table.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Horizontal bars, one per option, in the order given (a {@link ChoiceSummary} is most chosen first). */
public final class CountBars {
    static final int WIDTH = 640;
    private static final int LABELS = 220;
    private static final int BAR_AREA = 340;
    private static final int ROW = 28;
    private static final int TOP = 8;

    private CountBars() {
    }

    /** One bar: its label, count and percent of respondents. */
    public record Bar(String label, int count, double percent) {
    }

    /** The bars of a choice question, the "Lainnya" row named {@code otherLabel}. */
    public static List<Bar> of(ChoiceSummary summary, Lang lang, String otherLabel) {
        return summary.counts().stream()
                .map(c -> new Bar(c.label().map(t -> t.in(lang)).orElse(otherLabel), c.count(), c.percent()))
                .toList();
    }

    /** The bars of a rating, one per value from 1 up, in that order: a distribution, not a ranking. */
    public static List<Bar> of(RatingSummary summary) {
        List<Bar> bars = new ArrayList<>();
        for (int value = 1; value <= summary.counts().size(); value++) {
            bars.add(new Bar(Integer.toString(value), summary.counts().get(value - 1), summary.percent(value)));
        }
        return bars;
    }

    /** @param words three table headings: option, count, percent */
    public static Chart draw(Chart.Words words, List<Bar> bars, Locale locale) {
        words.expect(3, "a bar chart");
        int most = Math.max(1, bars.stream().mapToInt(Bar::count).max().orElse(0));
        int height = TOP * 2 + ROW * Math.max(1, bars.size());
        Svg svg = new Svg("bars", WIDTH, height, words.title(), words.description());
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double y = TOP + i * ROW;
            double w = BAR_AREA * b.count() / (double) most;
            String percent = Cell.of(b.percent(), 0).shown(locale) + "%";
            svg.text("label", LABELS - 8, y + ROW / 2.0 + 4, "end", Svg.cut(b.label(), 32))
                    .rect("bar", LABELS, y + 4, w, ROW - 8, "#2b6cb0", b.label() + ": " + b.count() + " (" + percent + ")")
                    .text("value", LABELS + w + 6, y + ROW / 2.0 + 4, "start", b.count() + " (" + percent + ")");
            rows.add(List.of(Cell.of(b.label()), Cell.of(b.count()), Cell.of(b.percent(), 1)));
        }
        svg.line("axis", LABELS, TOP, LABELS, height - TOP, "#444", false);
        return new Chart(svg.end(), new Table(words.title(), words.headers(), rows));
    }
}
