package id.serambi.chat.engine;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Office hours and the away schedule written for people: the setup sheet and the poster. */
class OfficeHoursTest {
    private static final Locale ID = Locale.forLanguageTag("id");
    private static final Locale EN = Locale.forLanguageTag("en");

    @Test
    void consecutive_days_with_the_same_hours_share_a_line_and_closed_days_are_listed() {
        List<OfficeHours.Row> rows = OfficeHours.rows(MenuFixtures.officeHours());
        assertEquals(List.of("Senin–Jumat 08.00–16.00", "Sabtu–Minggu "), lines(rows, ID));
        assertEquals("Monday–Friday", rows.get(0).days(EN));
        assertTrue(rows.get(1).closed());
    }

    @Test
    void split_hours_a_half_day_and_all_day_each_get_their_line() {
        TimeRange morning = new TimeRange(LocalTime.of(8, 0), LocalTime.of(12, 0));
        TimeRange afternoon = new TimeRange(LocalTime.of(13, 0), LocalTime.of(16, 0));
        WeekHours hours = new WeekHours(Map.of(
                DayOfWeek.MONDAY, List.of(morning, afternoon), DayOfWeek.TUESDAY, List.of(morning, afternoon),
                DayOfWeek.WEDNESDAY, List.of(morning, afternoon), DayOfWeek.THURSDAY, List.of(morning, afternoon),
                DayOfWeek.FRIDAY, List.of(morning),
                DayOfWeek.SUNDAY, List.of(new TimeRange(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT))));
        assertEquals(List.of("Senin–Kamis 08.00–12.00, 13.00–16.00", "Jumat 08.00–12.00", "Sabtu ",
                "Minggu 00.00–24.00"), lines(OfficeHours.rows(hours), ID));
    }

    @Test
    void no_hours_at_all_gives_no_lines() {
        assertEquals(List.of(), OfficeHours.rows(WeekHours.NONE));
    }

    @Test
    void indonesian_time_zones_go_by_their_everyday_names() {
        assertEquals("WITA", OfficeHours.zoneLabel(ZoneId.of("Asia/Makassar")));
        assertEquals("WIB", OfficeHours.zoneLabel(ZoneId.of("Asia/Jakarta")));
        assertEquals("WIT", OfficeHours.zoneLabel(ZoneId.of("Asia/Jayapura")));
        assertEquals("Europe/Amsterdam", OfficeHours.zoneLabel(ZoneId.of("Europe/Amsterdam")));
    }

    @Test
    void a_custom_away_schedule_reads_as_dates_in_the_readers_language() {
        LocalDateTime from = LocalDateTime.parse("2025-04-01T16:00");
        assertEquals("1 April 2025 16.00", OfficeHours.dateTime(from, ID));
        assertTrue(OfficeHours.dateTime(from, EN).startsWith("April 1, 2025"), OfficeHours.dateTime(from, EN));
    }

    private static List<String> lines(List<OfficeHours.Row> rows, Locale locale) {
        return rows.stream().map(r -> r.days(locale) + " " + r.hours()).toList();
    }
}
