package id.serambi.workshop;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProgressTest {
    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    private static Participant seat(String id, String name, Instant lastSeen) {
        return new Participant(id, "w", name, Participant.Group.WARGA, "h" + id, NOW.minusSeconds(3600), lastSeen);
    }

    @Test
    void each_seat_shows_its_step_in_every_quiz_and_the_counts_add_up_by_hand() {
        // Siti was seen 10 s ago, Budi exactly 30 s ago (still connected), Ani 31 s ago (gone).
        Roster roster = Roster.of(List.of(seat("1", "Siti", NOW.minusSeconds(10)),
                seat("2", "Budi", NOW.minusSeconds(30)), seat("3", "Ani", NOW.minusSeconds(31))));
        Map<String, Map<String, RoomStore.Status>> progress = Map.of(
                "peserta-1", Map.of("tes-awal", RoomStore.Status.SENT, "tes-akhir", RoomStore.Status.ANSWERING),
                "peserta-3", Map.of("tes-awal", RoomStore.Status.ANSWERING));
        Progress p = Progress.of(roster, List.of("tes-awal", "tes-akhir"), progress, Optional.of(Item.quiz("tes-awal")), NOW);
        assertEquals(3, p.joined());
        assertEquals(2, p.connected());
        assertEquals(Optional.of(1), p.sentOpen(), "only Siti sent the open pre-test; Ani is still answering it");
        assertEquals(List.of(Progress.Step.SENT, Progress.Step.ANSWERING), p.rows().get(0).steps());
        assertEquals(List.of(Progress.Step.NOT_STARTED, Progress.Step.NOT_STARTED), p.rows().get(1).steps());
        assertEquals(List.of(Progress.Step.ANSWERING, Progress.Step.NOT_STARTED), p.rows().get(2).steps());
        assertEquals(List.of(true, true, false), p.rows().stream().map(Progress.Row::connected).toList());
    }

    @Test
    void no_sent_count_while_a_module_or_nothing_is_open() {
        Roster roster = Roster.of(List.of(seat("1", "Siti", NOW)));
        Map<String, Map<String, RoomStore.Status>> progress = Map.of("peserta-1", Map.of("tes-awal", RoomStore.Status.SENT));
        assertEquals(Optional.empty(), Progress.of(roster, List.of("tes-awal"), progress,
                Optional.of(Item.module("media-sosial")), NOW).sentOpen());
        assertEquals(Optional.empty(), Progress.of(roster, List.of("tes-awal"), progress, Optional.empty(), NOW).sentOpen());
    }
}
