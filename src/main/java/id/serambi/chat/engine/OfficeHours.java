package id.serambi.chat.engine;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Business hours written for people, as a poster or the app's settings list them: the week from
 * Monday, consecutive days with the same hours on one line ("Senin–Jumat 08.00–16.00").
 */
public final class OfficeHours {
    private static final Map<String, String> INDONESIAN_ZONES = Map.of(
            "Asia/Jakarta", "WIB", "Asia/Pontianak", "WIB",
            "Asia/Makassar", "WITA", "Asia/Jayapura", "WIT");

    private OfficeHours() {
    }

    /** One line: a day or a run of days, and their opening hours (none when closed). */
    public record Row(DayOfWeek first, DayOfWeek last, List<TimeRange> ranges) {
        public Row {
            ranges = List.copyOf(ranges);
        }

        public boolean closed() {
            return ranges.isEmpty();
        }

        /** "Senin–Jumat", or one day's name, in the reader's language. */
        public String days(Locale locale) {
            String from = first.getDisplayName(TextStyle.FULL, locale);
            return first == last ? from : from + "–" + last.getDisplayName(TextStyle.FULL, locale);
        }

        /** "08.00–12.00, 13.00–16.00"; empty when closed. */
        public String hours() {
            return ranges.stream().map(r -> r.toString().replace('-', '–')).collect(Collectors.joining(", "));
        }
    }

    /** The week from Monday to Sunday, closed days included; empty when no hours are set at all. */
    public static List<Row> rows(WeekHours hours) {
        List<Row> rows = new ArrayList<>();
        if (hours.isEmpty()) {
            return rows;
        }
        DayOfWeek first = DayOfWeek.MONDAY;
        for (DayOfWeek day : DayOfWeek.values()) {
            boolean lastOfRun = day == DayOfWeek.SUNDAY || !hours.on(day).equals(hours.on(day.plus(1)));
            if (lastOfRun) {
                rows.add(new Row(first, day, hours.on(day)));
                first = day.plus(1);
            }
        }
        return rows;
    }

    /** Indonesia's zones by their everyday names (WIB, WITA, WIT); any other zone by its id. */
    public static String zoneLabel(ZoneId zone) {
        return INDONESIAN_ZONES.getOrDefault(zone.getId(), zone.getId());
    }

    /** A date and time of a custom away schedule: "1 April 2025 16.00", "April 1, 2025, 4:00 PM". */
    public static String dateTime(LocalDateTime t, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale).format(t);
    }
}
