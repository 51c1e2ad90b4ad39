package id.serambi.report.chart;

import id.serambi.i18n.Lang;
import id.serambi.report.summary.ChoiceSummary;
import id.serambi.report.summary.RatingSummary;
import id.serambi.report.table.Cell;
import id.serambi.report.table.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Horizontal bars, one per option, in the order given (a {@link ChoiceSummary} is most chosen
 * first), each under its option's text. Drawn 340 wide, the chart box of a 390 px phone.
 */
public final class CountBars {
    static final int WIDTH = 340;
    static final int LEFT = 4;
    /** The longest bar; the rest of the width holds its count and percent. */
    static final int BAR_AREA = 250;
    private static final int LINE = 15;
    private static final int BAR = 16;
    private static final int GAP = 8;
    private static final int TOP = 4;

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
        List<List<String>> labels = bars.stream().map(b -> Svg.wrap(b.label(), 52, 2)).toList();
        double height = TOP * 2;
        for (List<String> lines : labels) {
            height += lines.size() * LINE + BAR + GAP;
        }
        Svg svg = new Svg("bars", WIDTH, (int) Math.ceil(Math.max(height, TOP * 2 + BAR + GAP)), words.title(),
                words.description());
        List<List<Cell>> rows = new ArrayList<>();
        double y = TOP;
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            List<String> lines = labels.get(i);
            for (int k = 0; k < lines.size(); k++) {
                svg.text("label", LEFT, y + 11 + k * LINE, "start", lines.get(k));
            }
            double barTop = y + lines.size() * LINE;
            double w = BAR_AREA * b.count() / (double) most;
            String percent = Cell.of(b.percent(), 0).shown(locale) + "%";
            svg.rect("bar", LEFT, barTop, w, BAR, "#2b6cb0", b.label() + ": " + b.count() + " (" + percent + ")")
                    .text("value", LEFT + w + 6, barTop + BAR / 2.0 + 4, "start", b.count() + " (" + percent + ")");
            rows.add(List.of(Cell.of(b.label()), Cell.of(b.count()), Cell.of(b.percent(), 1)));
            y = barTop + BAR + GAP;
        }
        return new Chart(svg.end(), new Table(words.title(), words.headers(), rows));
    }
}
