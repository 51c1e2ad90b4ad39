package id.serambi.report.chart;

import id.serambi.report.stats.QuizStats;
import id.serambi.report.table.Cell;
import id.serambi.report.table.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The score distribution of a quiz: one column per percent band, its height the number of attempts. */
public final class ScoreHistogram {
    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    private static final int LEFT = 40;
    private static final int RIGHT = 620;
    private static final int TOP = 24;
    private static final int BOTTOM = 220;

    private ScoreHistogram() {
    }

    /** @param words two table headings: the score band, and the number of attempts */
    public static Chart draw(Chart.Words words, QuizStats stats, Locale locale) {
        words.expect(2, "a score histogram");
        List<QuizStats.Bucket> buckets = stats.distribution();
        int most = Math.max(1, buckets.stream().mapToInt(QuizStats.Bucket::count).max().orElse(0));
        double slot = (RIGHT - LEFT) / (double) buckets.size();
        Svg svg = new Svg("histogram", WIDTH, HEIGHT, words.title(), words.description());
        svg.line("axis", LEFT, BOTTOM, RIGHT, BOTTOM, "#444", false);
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < buckets.size(); i++) {
            QuizStats.Bucket b = buckets.get(i);
            String band = band(b, i == buckets.size() - 1);
            double h = (BOTTOM - TOP) * b.count() / (double) most;
            double x = LEFT + i * slot;
            svg.rect("bar", x + 3, BOTTOM - h, slot - 6, h, "#2b6cb0", band + ": " + b.count())
                    .text("value", x + slot / 2, BOTTOM - h - 4, "middle", Integer.toString(b.count()))
                    .text("tick", x + slot / 2, BOTTOM + 16, "middle", band);
            rows.add(List.of(Cell.of(band), Cell.of(b.count())));
        }
        svg.text("axis-label", (LEFT + RIGHT) / 2.0, HEIGHT - 8, "middle", words.headers().get(0));
        return new Chart(svg.end(), new Table(words.title(), words.headers(), rows));
    }

    /** "0–9", ..., "90–100": whole percents, the last band holding 100. */
    static String band(QuizStats.Bucket b, boolean last) {
        return b.from() + "\u2013" + (last ? b.to() : b.to() - 1);
    }
}
