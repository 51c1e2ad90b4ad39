package id.serambi.report.dashboard;

import id.serambi.i18n.Lang;
import id.serambi.report.summary.ChoiceSummary;
import id.serambi.report.summary.LikertSummary;
import id.serambi.report.summary.RatingSummary;
import id.serambi.report.summary.Summary;
import id.serambi.report.summary.TextSummary;
import id.serambi.report.table.Cell;
import id.serambi.report.table.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * A question's summary as a table, captioned with its prompt: one sheet of the spreadsheet export
 * and the printable report's table. Hidden answers are left out.
 */
public final class SummaryTables {
    private SummaryTables() {
    }

    public static Table of(Summary summary, Lang lang, ExportWords words) {
        String caption = summary.question().prompt().in(lang);
        List<String> counted = List.of(words.option(), words.count(), words.percent());
        List<List<Cell>> rows = new ArrayList<>();
        if (summary instanceof ChoiceSummary c) {
            c.counts().forEach(k -> rows.add(row(k.label().map(t -> t.in(lang)).orElse(words.other()), k.count(), k.percent())));
            rows.add(total(c.n()));
            c.visibleOthers().forEach(t -> rows.add(List.of(Cell.of(words.other() + ": " + t.text()), Cell.of(""), Cell.of(""))));
            return new Table(caption, counted, rows);
        } else if (summary instanceof LikertSummary l) {
            for (int level = 1; level <= l.levels(); level++) {
                rows.add(row(l.question().labels().get(level - 1).in(lang), l.counts().get(level - 1), l.percent(level)));
            }
            rows.add(total(l.n()));
            rows.add(List.of(Cell.of(words.disagree()), Cell.of(""), Cell.of(l.disagree(), 1)));
            if (l.levels() % 2 == 1) {
                rows.add(List.of(Cell.of(words.neutral()), Cell.of(""), Cell.of(l.neutral(), 1)));
            }
            rows.add(List.of(Cell.of(words.agree()), Cell.of(""), Cell.of(l.agree(), 1)));
            return new Table(caption, counted, rows);
        } else if (summary instanceof RatingSummary r) {
            for (int value = 1; value <= r.counts().size(); value++) {
                rows.add(row(Integer.toString(value), r.counts().get(value - 1), r.percent(value)));
            }
            rows.add(total(r.n()));
            rows.add(List.of(Cell.of(words.mean()), r.mean().isPresent() ? Cell.of(r.mean().getAsDouble(), 2) : Cell.of(""),
                    Cell.of("")));
            return new Table(caption, counted, rows);
        } else if (summary instanceof TextSummary t) {
            t.visible().forEach(a -> rows.add(List.of(Cell.of(a.text()))));
            return new Table(caption, List.of(words.answer()), rows);
        }
        throw new IllegalArgumentException("unknown summary " + summary);
    }

    private static List<Cell> total(int n) {
        return List.of(Cell.of("n"), Cell.of(n), Cell.of(""));
    }

    private static List<Cell> row(String label, int count, double percent) {
        return List.of(Cell.of(label), Cell.of(count), Cell.of(percent, 1));
    }
}
