package id.serambi.report.chart;

import id.serambi.report.table.Table;

import java.util.List;

/**
 * A chart drawn on the server: an {@code <svg>} element to put in a page as it is, and the same
 * figures as a table for screen readers and for printing.
 */
public record Chart(String svg, Table table) {

    /**
     * The words of a chart, already in the reader's language: its title (also the table's caption
     * and the image's accessible name), a one-sentence description, and the headings of its table
     * (each chart says how many it takes).
     */
    public record Words(String title, String description, List<String> headers) {
        public Words {
            headers = List.copyOf(headers);
        }

        void expect(int count, String chart) {
            if (headers.size() != count) {
                throw new IllegalArgumentException(chart + " takes " + count + " table headings, not " + headers.size());
            }
        }
    }
}
