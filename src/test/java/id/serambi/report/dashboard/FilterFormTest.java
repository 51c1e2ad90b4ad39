package id.serambi.report.dashboard;

import id.serambi.quiz.result.Group;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FilterFormTest {
    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    private static FilterForm read(Map<String, String> params) {
        return FilterForm.read(params::get, WITA);
    }

    @Test
    void a_group_and_a_date_range_narrow_the_filter_and_come_back_as_a_query() {
        FilterForm f = read(Map.of("kelompok", "warga", "dari", "2025-03-01", "sampai", " 2025-03-03 ", "lokakarya", "w1"));
        assertTrue(f.ok());
        assertEquals(Optional.of(Group.WARGA), f.filter().group());
        assertEquals(Optional.of(LocalDate.of(2025, 3, 3)), f.filter().to());
        assertEquals(Optional.of("w1"), f.filter().workshopId());
        assertEquals("?kelompok=warga&dari=2025-03-01&sampai=2025-03-03&lokakarya=w1", f.query());
    }

    @Test
    void nothing_given_means_everyone_on_every_day() {
        FilterForm f = read(Map.of());
        assertTrue(f.ok());
        assertFalse(f.narrowed());
        assertEquals("", f.query());
        assertEquals("semua", f.group());
    }

    @Test
    void an_impossible_date_is_named_and_left_out_of_the_filter_and_the_date_field() {
        FilterForm f = read(Map.of("dari", "2025-02-30", "sampai", "2025-03-01"));
        assertEquals(List.of("report.filter.date.invalid"), f.problems().stream().map(FilterForm.Problem::key).toList());
        assertEquals(List.of("2025-02-30"), f.problems().get(0).args());
        assertEquals("", f.fromField(), "a date field cannot show it");
        assertEquals("2025-03-01", f.toField());
    }

    @Test
    void dates_the_wrong_way_round_and_an_unknown_group_are_refused() {
        FilterForm f = read(Map.of("dari", "2025-03-05", "sampai", "2025-03-01", "kelompok", "tamu"));
        assertEquals(List.of("report.filter.group.unknown", "report.filter.date.order"),
                f.problems().stream().map(FilterForm.Problem::key).toList());
        assertEquals("2025-03-01", f.toField(), "both dates stay in their fields to be swapped");
        assertEquals(Optional.empty(), f.filter().from());
    }
}
