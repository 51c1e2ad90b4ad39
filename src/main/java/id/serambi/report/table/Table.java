package id.serambi.report.table;

import java.util.List;
import java.util.Locale;

/**
 * A table of figures: the data behind a chart (which a page renders for screen readers), a
 * summary sheet, or the raw responses of an export. Every row has as many cells as the header.
 */
public record Table(String caption, List<String> header, List<List<Cell>> rows) {

    public Table {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<Cell> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells under " + header.size() + " headings");
            }
        }
    }

    /** The rows as a page shows them, numbers in the reader's locale. */
    public List<List<String>> shown(Locale locale) {
        return rows.stream().map(r -> r.stream().map(c -> c.shown(locale)).toList()).toList();
    }
}
