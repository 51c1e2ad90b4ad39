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
 * share that agrees is written at the end of each row.
 */
public final class LikertChart {
    static final int WIDTH = 640;
    private static final int LABELS = 180;
    private static final double PER_PERCENT = 1.8;
    private static final double CENTRE = LABELS + 10 + 100 * PER_PERCENT;
    private static final int LEGEND = 28;
    private static final int ROW = 30;
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
        double bottom = LEGEND + ROW * Math.max(1, rows.size());
        Svg svg = new Svg("likert", WIDTH, (int) bottom + 20, words.title(), words.description());
        double slot = (WIDTH - 8) / (double) l;
        for (int level = 1; level <= l; level++) {
            double x = 4 + (level - 1) * slot;
            svg.rect("swatch lv-" + level, x, 6, 12, 12, colour(level, l), null)
                    .text("legend", x + 16, 16, "start", Svg.cut(levels.get(level - 1), (int) ((slot - 18) / 5.6)));
        }
        for (int p = -100; p <= 100; p += 50) {
            double x = CENTRE + p * PER_PERCENT;
            svg.line("grid", x, LEGEND, x, bottom, "#eee", false)
                    .text("tick", x, bottom + 14, "middle", Math.abs(p) + "%");
        }
        List<List<Cell>> table = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            LikertSummary s = rows.get(i).summary();
            String label = rows.get(i).label();
            double y = LEGEND + i * ROW;
            svg.text("label", LABELS - 8, y + ROW / 2.0 + 4, "end", Svg.cut(label, 28));
            for (LikertSummary.Segment seg : s.segments()) {
                svg.rect("seg lv-" + seg.level(), CENTRE + seg.start() * PER_PERCENT, y + 5, seg.percent() * PER_PERCENT,
                        ROW - 10, colour(seg.level(), l), label + " \u2013 " + levels.get(seg.level() - 1) + ": "
                                + s.counts().get(seg.level() - 1) + " (" + Cell.of(seg.percent(), 0).shown(locale) + "%)");
            }
            svg.text("value", WIDTH - 4, y + ROW / 2.0 + 4, "end", Cell.of(s.agree(), 0).shown(locale) + "%");
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.of(label));
            s.counts().forEach(c -> cells.add(Cell.of(c)));
            cells.add(Cell.of(s.n()));
            cells.add(Cell.of(s.agree(), 1));
            table.add(cells);
        }
        svg.line("centre", CENTRE, LEGEND, CENTRE, bottom, "#444", true);
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
