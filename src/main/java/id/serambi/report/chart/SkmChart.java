package id.serambi.report.chart;

import id.serambi.report.stats.Skm;
import id.serambi.report.table.Cell;
import id.serambi.report.table.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The SKM: one column per element U1-U9, its height the element's NRR on the 1-4 scale, and a
 * dashed line across at the IKM, named above the columns. Element names go in the tooltips and the
 * table; under the columns only the codes fit. Drawn 340 wide, the chart box of a 390 px phone.
 */
public final class SkmChart {
    static final int WIDTH = 340;
    static final int HEIGHT = 250;
    private static final int LEFT = 24;
    private static final int RIGHT = 336;
    /** Room above the columns for the IKM's label, clear of the columns' values. */
    private static final int TOP = 40;
    private static final int BOTTOM = 224;

    private SkmChart() {
    }

    /**
     * @param names    the nine element names, U1 first
     * @param ikmLabel what to call the index (the line's label and the table's last row)
     * @param words    two table headings: element, NRR
     */
    public static Chart draw(Chart.Words words, Skm skm, List<String> names, String ikmLabel, Locale locale) {
        words.expect(2, "an SKM chart");
        if (names.size() != Skm.CODES.size()) {
            throw new IllegalArgumentException("the SKM has " + Skm.CODES.size() + " elements, not " + names.size());
        }
        Svg svg = new Svg("skm", WIDTH, HEIGHT, words.title(), words.description());
        for (int level = 1; level <= Skm.LEVELS; level++) {
            double y = y(level);
            svg.line("grid", LEFT, y, RIGHT, y, "#ddd", false)
                    .text("tick", LEFT - 6, y + 4, "end", Integer.toString(level));
        }
        svg.line("axis", LEFT, BOTTOM, RIGHT, BOTTOM, "#444", false);
        double slot = (RIGHT - LEFT) / (double) Skm.CODES.size();
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < Skm.CODES.size(); i++) {
            Skm.Element e = skm.elements().get(i);
            String name = e.code() + " " + names.get(i);
            Optional<BigDecimal> nrr = e.nrr();
            double x = LEFT + i * slot;
            double top = y(nrr.map(BigDecimal::doubleValue).orElse(0.0));
            String shown = nrr.map(v -> Cell.of(v.doubleValue(), 2).shown(locale)).orElse("\u2013");
            svg.rect("bar", x + 4, top, slot - 8, BOTTOM - top, "#2b6cb0", name + ": " + shown)
                    .text("value", x + slot / 2, top - 4, "middle", shown)
                    .text("tick", x + slot / 2, BOTTOM + 16, "middle", e.code());
            rows.add(List.of(Cell.of(name), nrr.<Cell>map(v -> Cell.of(v.doubleValue(), 2)).orElse(Cell.of("\u2013"))));
        }
        Optional<Skm.Index> index = skm.index();
        if (index.isPresent()) {
            double raw = index.get().raw().doubleValue();
            String shown = Cell.of(raw, 2).shown(locale);
            String label = ikmLabel + " " + shown;
            double key = RIGHT - label.length() * 7 - 30;
            svg.line("ikm", LEFT, y(raw), RIGHT, y(raw), "#c05621", true)
                    .line("ikm-key", key, 12, key + 24, 12, "#c05621", true)
                    .text("ikm-label", RIGHT, 16, "end", label);
            rows.add(List.of(Cell.of(ikmLabel), Cell.of(raw, 3)));
        } else {
            rows.add(List.of(Cell.of(ikmLabel), Cell.of("\u2013")));
        }
        return new Chart(svg.end(), new Table(words.title(), words.headers(), rows));
    }

    /** The vertical position of a score: 0 at the axis, 4 at the top. */
    private static double y(double score) {
        return BOTTOM - (BOTTOM - TOP) * score / Skm.LEVELS;
    }
}
