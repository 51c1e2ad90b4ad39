package id.serambi.report.dashboard;

import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.report.chart.Chart;
import id.serambi.report.table.Cell;
import id.serambi.report.table.Table;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.OptionalDouble;

/** The dashboards' words and numbers in one reader's language, from the {@code report.} messages. */
final class ReportText {
    private final Messages messages;
    final Lang lang;

    ReportText(Messages messages, Lang lang) {
        this.messages = messages;
        this.lang = lang;
    }

    String get(String key, Object... args) {
        return messages.get(lang, key, args);
    }

    /** A number in the reader's locale ("72,5" in Indonesian), or the dash for one not defined. */
    String number(OptionalDouble value, int decimals) {
        return value.isPresent() ? number(value.getAsDouble(), decimals) : "\u2013";
    }

    String number(double value, int decimals) {
        return Cell.of(value, decimals).shown(lang.locale());
    }

    String percent(OptionalDouble value) {
        return value.isPresent() ? number(value.getAsDouble(), 1) + "%" : "\u2013";
    }

    String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(lang.locale()).format(day);
    }

    Chart.Words chart(String key, String title, Object... descriptionArgs) {
        List<String> headers = List.of(get("report.chart." + key + ".headers").split("\\|"));
        return new Chart.Words(title, get("report.chart." + key + ".description", descriptionArgs), headers);
    }

    /** A chart as a page shows it: the drawing, and its table with numbers in the reader's locale. */
    record ChartView(String svg, String caption, List<String> header, List<List<String>> rows) {
    }

    ChartView view(Chart chart) {
        Table t = chart.table();
        return new ChartView(chart.svg(), t.caption(), t.header(), t.shown(lang.locale()));
    }

    /** A plain table (summary sheets, item analysis) as a page shows it. */
    ChartView view(Table t) {
        return new ChartView(null, t.caption(), t.header(), t.shown(lang.locale()));
    }

    ExportWords export() {
        return new ExportWords(get("report.col.response"), get("report.col.participant"), get("report.col.group"),
                get("report.col.submitted"), get("report.col.workshop"), get("report.col.score"),
                get("report.group.warga"), get("report.group.aparat"), get("report.other"), get("report.yes"),
                get("report.no"), get("report.col.option"), get("report.col.count"), get("report.col.percent"),
                get("report.agree"), get("report.neutral"), get("report.disagree"), get("report.mean"),
                get("report.col.answer"));
    }

    /** What the filter shows, in one line: "Warga · 1 Mar 2025 – 3 Mar 2025". */
    String describe(Filter filter) {
        StringBuilder s = new StringBuilder(filter.group().map(g -> get("report.group." + g.code()))
                .orElse(get("report.group.all")));
        if (filter.from().isPresent() || filter.to().isPresent()) {
            s.append(" \u00b7 ").append(filter.from().map(this::date).orElse("\u2026")).append(" \u2013 ")
                    .append(filter.to().map(this::date).orElse("\u2026"));
        }
        filter.workshopId().ifPresent(w -> s.append(" \u00b7 ").append(get("report.filter.workshop.named",
                workshop(w, filter.scope()))));
        return s.toString();
    }

    /** A workshop as the reader knows it: "Pelatihan Media Sosial (2 Maret 2026)", else its id. */
    String workshop(String id, Scope scope) {
        return ExportTables.workshop(java.util.Optional.of(id), scope, lang);
    }
}
