package id.serambi.report.chart;

import id.serambi.report.summary.LikertSummary;
import id.serambi.report.table.Cell;
import id.serambi.report.table.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Likert items as diverging stacked bars: one bar per item, the levels stacked from the lowest, and
 * the bar shifted so that the centre line runs through the middle of the neutral level (or between
 * disagree and agree on an even scale). Agreement grows to the right, disagreement to the left; the
 * share that agrees is written at the end of each row, the statement above it.
 */
public final class LikertChart {
    /**
     * Drawn 340 wide, the chart box of a 390 px phone, so that there it is read at its own size and
     * on a wider screen it grows only as far as the stylesheet lets it: each statement on its own
     * line(s) above its bar, the legend wrapped into as many lines as it needs.
     */
    static final int WIDTH = 340;
    private static final int LEFT = 4;
    /** Room at the right end of a bar's row for the share that agrees. */
    private static final int VALUE = 40;
    static final double PER_PERCENT = (WIDTH - LEFT - VALUE - 4) / 200.0;
    static final double CENTRE = LEFT + 100 * PER_PERCENT;
    private static final int LINE = 15;
    private static final int BAR = 18;
    private static final int GAP = 10;
    /** Characters of a statement per line (about 6.3 px each at 12 px). */
    static final int LABEL_CHARS = 52;
    /** Disagreeing levels, the strongest first; agreeing levels, the weakest first (BrBG, colour-blind safe). */
    private static final String[] DISAGREE = {"#a6611a", "#d8b365", "#f6e8c3"};
    private static final String[] AGREE = {"#c7eae5", "#5ab4ac", "#01665e"};
    private static final String NEUTRAL = "#d9d9d9";

    private LikertChart() {
    }

    /** One item: its statement and what its answers add up to. */
    public record Row(String label, LikertSummary summary) {
    }

    /**
     * @param levels the scale's level labels, lowest first; every row must use this scale
     * @param words  three table headings: item, n, and % agree (the level labels head the columns between)
     */
    public static Chart draw(Chart.Words words, List<String> levels, List<Row> rows, Locale locale) {
        words.expect(3, "a Likert chart");
        int l = levels.size();
        for (Row r : rows) {
            if (r.summary().levels() != l) {
                throw new IllegalArgumentException("item " + r.label() + " has " + r.summary().levels() + " levels, not " + l);
            }
        }
        // the legend flows over as many lines as it needs
        List<double[]> swatches = new ArrayList<>();
        List<String> legend = new ArrayList<>();
        double x = LEFT;
        double y = 4;
        for (int level = 1; level <= l; level++) {
            String label = Svg.cut(levels.get(level - 1), 30);
            double w = 18 + label.length() * 6.3 + 10;
            if (x > LEFT && x + w > WIDTH) {
                x = LEFT;
                y += 18;
            }
            swatches.add(new double[]{x, y});
            legend.add(label);
            x += w;
        }
        double top = y + 24;
        List<List<String>> labels = rows.stream().map(r -> Svg.wrap(r.label(), LABEL_CHARS, 2)).toList();
        double bottom = top;
        for (List<String> lines : labels) {
            bottom += lines.size() * LINE + BAR + GAP;
        }
        if (rows.isEmpty()) {
            bottom += BAR + GAP;
        }
        Svg svg = new Svg("likert", WIDTH, (int) Math.ceil(bottom) + 16, words.title(), words.description());
        for (int level = 1; level <= l; level++) {
            double[] at = swatches.get(level - 1);
            svg.rect("swatch lv-" + level, at[0], at[1], 12, 12, colour(level, l), null)
                    .text("legend", at[0] + 16, at[1] + 10, "start", legend.get(level - 1));
        }
        for (int p = -100; p <= 100; p += 50) {
            double gx = CENTRE + p * PER_PERCENT;
            svg.line("grid", gx, top, gx, bottom, "#eee", false)
                    .text("tick", gx, bottom + 12, p == -100 ? "start" : p == 100 ? "end" : "middle", Math.abs(p) + "%");
        }
        List<List<Cell>> table = new ArrayList<>();
        double rowTop = top;
        for (int i = 0; i < rows.size(); i++) {
            LikertSummary s = rows.get(i).summary();
            String label = rows.get(i).label();
            List<String> lines = labels.get(i);
            for (int k = 0; k < lines.size(); k++) {
                svg.text("label", LEFT, rowTop + 11 + k * LINE, "start", lines.get(k));
            }
            double barTop = rowTop + lines.size() * LINE;
            for (LikertSummary.Segment seg : s.segments()) {
                svg.rect("seg lv-" + seg.level(), CENTRE + seg.start() * PER_PERCENT, barTop, seg.percent() * PER_PERCENT,
                        BAR, colour(seg.level(), l), label + " \u2013 " + levels.get(seg.level() - 1) + ": "
                                + s.counts().get(seg.level() - 1) + " (" + Cell.of(seg.percent(), 0).shown(locale) + "%)");
            }
            svg.text("value", WIDTH - 2, barTop + BAR / 2.0 + 4, "end", Cell.of(s.agree(), 0).shown(locale) + "%");
            rowTop = barTop + BAR + GAP;
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.of(label));
            s.counts().forEach(c -> cells.add(Cell.of(c)));
            cells.add(Cell.of(s.n()));
            cells.add(Cell.of(s.agree(), 1));
            table.add(cells);
        }
        svg.line("centre", CENTRE, top, CENTRE, bottom, "#444", true);
        List<String> header = new ArrayList<>();
        header.add(words.headers().get(0));
        header.addAll(levels);
        header.addAll(words.headers().subList(1, 3));
        return new Chart(svg.end(), new Table(words.title(), header, table));
    }

    /** Level colours: the lower half brown, the middle grey, the upper half teal, darker towards the ends. */
    static String colour(int level, int levels) {
        int half = levels / 2;
        if (level <= half) {
            return DISAGREE[Math.min(level - 1, DISAGREE.length - 1)];
        }
        if (level > levels - half) {
            int fromTop = levels - level;
            return AGREE[Math.max(0, AGREE.length - 1 - fromTop)];
        }
        return NEUTRAL;
    }
}
