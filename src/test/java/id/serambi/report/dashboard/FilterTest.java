package id.serambi.report.dashboard;

import id.serambi.quiz.result.Group;
import id.serambi.quiz.result.Response;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FilterTest {
    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    private static Response at(String id, Group group, String instant, String workshop) {
        return new Response(id, Optional.ofNullable(group), Instant.parse(instant), Optional.ofNullable(workshop), Map.of());
    }

    @Test
    void days_are_whole_and_inclusive_in_the_given_zone() {
        // 1 March 23:30 WITA is 15:30 UTC; 2 March 00:30 WITA is 1 March 16:30 UTC.
        Response lateFirst = at("a", Group.WARGA, "2025-03-01T15:30:00Z", null);
        Response earlySecond = at("b", Group.WARGA, "2025-03-01T16:30:00Z", null);
        Response feb28 = at("c", Group.WARGA, "2025-02-28T15:59:59Z", null);
        Filter first = Filter.all(WITA).withDates(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1));
        assertEquals(List.of(lateFirst), first.apply(List.of(lateFirst, earlySecond, feb28)));
        Filter fromSecond = Filter.all(WITA).withDates(LocalDate.of(2025, 3, 2), null);
        assertEquals(List.of(earlySecond), fromSecond.apply(List.of(lateFirst, earlySecond, feb28)));
        Filter inUtc = Filter.all(ZoneId.of("UTC")).withDates(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1));
        assertEquals(List.of(lateFirst, earlySecond), inUtc.apply(List.of(lateFirst, earlySecond, feb28)));
    }

    @Test
    void a_group_filter_leaves_out_the_other_group_and_those_who_gave_none() {
        Response warga = at("a", Group.WARGA, "2025-03-01T01:00:00Z", null);
        Response aparat = at("b", Group.APARAT, "2025-03-01T01:00:00Z", null);
        Response unknown = at("c", null, "2025-03-01T01:00:00Z", null);
        assertEquals(List.of(aparat), Filter.all(WITA).withGroup(Group.APARAT).apply(List.of(warga, aparat, unknown)));
        assertEquals(3, Filter.all(WITA).apply(List.of(warga, aparat, unknown)).size());
    }

    @Test
    void a_workshop_filter_keeps_that_workshops_submissions_only() {
        Response inW1 = at("a", Group.WARGA, "2025-03-01T01:00:00Z", "w1");
        Response inW2 = at("b", Group.WARGA, "2025-03-01T01:00:00Z", "w2");
        Response selfStudy = at("c", Group.WARGA, "2025-03-01T01:00:00Z", null);
        Filter f = Filter.all(WITA).withWorkshop("w1");
        assertTrue(f.test(inW1));
        assertFalse(f.test(inW2));
        assertFalse(f.test(selfStudy));
    }

    @Test
    void a_trainers_scope_passes_self_study_and_their_workshops_whatever_else_is_asked() {
        Response inW1 = at("a", Group.WARGA, "2025-03-01T01:00:00Z", "w1");
        Response inW2 = at("b", Group.WARGA, "2025-03-01T01:00:00Z", "w2");
        Response selfStudy = at("c", Group.WARGA, "2025-03-01T01:00:00Z", null);
        Filter trainer = Filter.all(WITA).within(Scope.own(java.util.Set.of("w1")));
        assertEquals(List.of(inW1, selfStudy), trainer.apply(List.of(inW1, inW2, selfStudy)));
        assertEquals(List.of(), trainer.withWorkshop("w2").apply(List.of(inW1, inW2, selfStudy)));
        Filter admin = Filter.all(WITA).within(Scope.everything(java.util.Set.of("w1")));
        assertEquals(3, admin.apply(List.of(inW1, inW2, selfStudy)).size());
        assertTrue(Scope.own(java.util.Set.of("w1")).knows("w1"));
        assertFalse(Scope.own(java.util.Set.of("w1")).knows("w2"));
    }

    @Test
    void groups_are_read_from_their_codes() {
        assertEquals(Optional.of(Group.APARAT), Group.fromCode(" Aparat "));
        assertEquals(Optional.empty(), Group.fromCode("semua"));
        assertEquals("warga", Group.WARGA.code());
    }
}
