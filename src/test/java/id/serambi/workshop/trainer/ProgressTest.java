package id.serambi.workshop.trainer;

import id.serambi.workshop.model.Item;
import id.serambi.workshop.model.Participant;
import id.serambi.workshop.model.Roster;
import id.serambi.workshop.store.RoomStore;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProgressTest {
    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final Item PRE = Item.quiz("tes-awal");
    private static final Item POST = Item.quiz("tes-akhir");
    private static final Item MODULE = Item.module("media-sosial");
    private static final Item TASK = Item.task("madatte", "cari-alamat");
    private static final List<String> LESSONS = List.of("media-sosial/01", "media-sosial/02", "media-sosial/03");

    private static Participant seat(String id, String name, Instant lastSeen) {
        return new Participant(id, "w", name, Participant.Group.WARGA, "h" + id, NOW.minusSeconds(3600), lastSeen);
    }

    private static Progress.Step quiz(Progress.Stage stage) {
        return new Progress.Step(Item.Kind.QUIZ, stage, 0, 0);
    }

    private static Progress of(Roster roster, List<Item> items, Progress.Done done, Optional<Item> open) {
        return Progress.of(roster, items, m -> m.equals("media-sosial") ? LESSONS : List.of(), done, open, NOW);
    }

    @Test
    void each_seat_shows_its_step_in_every_quiz_and_the_counts_add_up_by_hand() {
        // Siti was seen 10 s ago, Budi exactly 30 s ago (still connected), Ani 31 s ago (gone).
        Roster roster = Roster.of(List.of(seat("1", "Siti", NOW.minusSeconds(10)),
                seat("2", "Budi", NOW.minusSeconds(30)), seat("3", "Ani", NOW.minusSeconds(31))));
        Map<String, Map<String, RoomStore.Status>> quizzes = Map.of(
                "peserta-1", Map.of("tes-awal", RoomStore.Status.SENT, "tes-akhir", RoomStore.Status.ANSWERING),
                "peserta-3", Map.of("tes-awal", RoomStore.Status.ANSWERING));
        Progress p = of(roster, List.of(PRE, POST), new Progress.Done(quizzes, RoomStore.Practice.NONE), Optional.of(PRE));
        assertEquals(3, p.joined());
        assertEquals(2, p.connected());
        assertEquals(Optional.of(new Progress.DoneOpen(Item.Kind.QUIZ, 1)), p.doneOpen(),
                "only Siti sent the open pre-test; Ani is still answering it");
        assertEquals(List.of(quiz(Progress.Stage.DONE), quiz(Progress.Stage.UNDER_WAY)), p.rows().get(0).steps());
        assertEquals(List.of(quiz(Progress.Stage.NOT_STARTED), quiz(Progress.Stage.NOT_STARTED)), p.rows().get(1).steps());
        assertEquals(List.of(quiz(Progress.Stage.UNDER_WAY), quiz(Progress.Stage.NOT_STARTED)), p.rows().get(2).steps());
        assertEquals(List.of(true, true, false), p.rows().stream().map(Progress.Row::connected).toList());
    }

    @Test
    void a_module_counts_the_lessons_read_of_its_own_and_a_task_is_done_once_reached() {
        Roster roster = Roster.of(List.of(seat("1", "Siti", NOW), seat("2", "Budi", NOW), seat("3", "Ani", NOW)));
        RoomStore.Practice practice = new RoomStore.Practice(
                Map.of("1", Set.of("media-sosial/01", "media-sosial/03", "lain/01"),
                        "2", Set.of("media-sosial/01", "media-sosial/02", "media-sosial/03")),
                Map.of("1", Set.of("madatte/cari-alamat"), "3", Set.of("madatte/jam-buka")));
        Progress p = of(roster, List.of(PRE, MODULE, TASK), new Progress.Done(Map.of(), practice), Optional.of(MODULE));
        assertEquals(List.of(quiz(Progress.Stage.NOT_STARTED),
                new Progress.Step(Item.Kind.MODULE, Progress.Stage.UNDER_WAY, 2, 3),
                new Progress.Step(Item.Kind.TASK, Progress.Stage.DONE, 0, 0)), p.rows().get(0).steps(),
                "a lesson of another module does not count");
        assertEquals(new Progress.Step(Item.Kind.MODULE, Progress.Stage.DONE, 3, 3), p.rows().get(1).steps().get(1));
        assertEquals(List.of(new Progress.Step(Item.Kind.MODULE, Progress.Stage.NOT_STARTED, 0, 3),
                new Progress.Step(Item.Kind.TASK, Progress.Stage.NOT_STARTED, 0, 0)), p.rows().get(2).steps().subList(1, 3),
                "another task reached is not this one");
        assertEquals(Optional.of(new Progress.DoneOpen(Item.Kind.MODULE, 1)), p.doneOpen(), "Budi read all three");
        assertEquals(Optional.of(new Progress.DoneOpen(Item.Kind.TASK, 1)),
                of(roster, List.of(PRE, MODULE, TASK), new Progress.Done(Map.of(), practice), Optional.of(TASK)).doneOpen());
    }

    @Test
    void a_module_no_longer_in_the_course_shows_nothing_read() {
        Roster roster = Roster.of(List.of(seat("1", "Siti", NOW)));
        RoomStore.Practice practice = new RoomStore.Practice(Map.of("1", Set.of("lama/01")), Map.of());
        Progress p = of(roster, List.of(Item.module("lama")), new Progress.Done(Map.of(), practice), Optional.empty());
        assertEquals(List.of(new Progress.Step(Item.Kind.MODULE, Progress.Stage.NOT_STARTED, 0, 0)), p.rows().get(0).steps());
        assertEquals(Optional.empty(), p.doneOpen(), "nothing open");
        assertEquals(Optional.empty(), of(roster, List.of(PRE), new Progress.Done(Map.of(), practice), Optional.of(POST))
                .doneOpen(), "an item not on the agenda counts nothing");
    }
}
