package id.serambi.workshop;

import id.serambi.db.Database;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the workshop store does, on whichever database a subclass opens. */
abstract class WorkshopStoreContract {
    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    /** Owners unique to each test, as the PostgreSQL tests share one database. */
    private final String trainer = "trainer-" + System.nanoTime();
    private final String other = trainer + "-other";

    abstract Database database();

    private WorkshopStore store() {
        return new WorkshopStore(database().jdbi(), new SecureRandom());
    }

    static Workshop draft(String owner, int capacity) {
        return new Workshop("", Optional.empty(), "Pelatihan Media Sosial", "Madatte", "Aula kelurahan",
                LocalDate.of(2026, 3, 2), owner, List.of("media-sosial"),
                new Workshop.Quizzes(Optional.of("tes-awal"), List.of("kuis-media-sosial"), Optional.of("tes-akhir"),
                        Optional.of("evaluasi-pelatihan"), Optional.of("skm")),
                List.of("madatte/domisili"), Workshop.State.DRAFT, Optional.empty(), capacity);
    }

    @Test
    void a_created_workshop_is_a_draft_without_a_code_and_reads_back_whole() {
        WorkshopStore store = store();
        Workshop created = store.create(draft(trainer, 30), T0);
        assertEquals(Workshop.State.DRAFT, created.state());
        assertEquals(Optional.empty(), created.code());
        Workshop expected = draft(trainer, 30);
        assertEquals(expected.quizzes(), created.quizzes());
        assertEquals(expected.modules(), created.modules());
        assertEquals(expected.tasks(), created.tasks());
        assertEquals(expected.date(), created.date());
        assertEquals(List.of(created), store.ownedBy(trainer));
        assertEquals(List.of(), store.ownedBy(other));
    }

    @Test
    void an_update_changes_the_set_up_but_not_the_state() {
        WorkshopStore store = store();
        Workshop opened = store.open(store.create(draft(trainer, 30), T0).id(), T0);
        Workshop changed = new Workshop(opened.id(), Optional.empty(), "Pelatihan Lanjutan", "Lette", "Balai",
                LocalDate.of(2026, 4, 1), trainer, List.of(), Workshop.Quizzes.none(), List.of(),
                Workshop.State.DRAFT, Optional.empty(), 5);
        store.update(changed, T0.plusSeconds(60));
        Workshop read = store.find(opened.id()).orElseThrow();
        assertEquals("Pelatihan Lanjutan", read.title());
        assertEquals(Workshop.Quizzes.none(), read.quizzes());
        assertEquals(5, read.capacity());
        assertEquals(Workshop.State.OPEN, read.state());
        assertEquals(opened.code(), read.code());
    }

    @Test
    void opening_gives_a_code_that_finds_the_workshop_and_reopening_keeps_it() {
        WorkshopStore store = store();
        Workshop w = store.create(draft(trainer, 30), T0);
        Workshop opened = store.open(w.id(), T0);
        JoinCode code = opened.code().orElseThrow();
        assertEquals(Workshop.State.OPEN, opened.state());
        assertEquals(opened, store.findByCode(code).orElseThrow());
        store.close(w.id(), T0);
        assertEquals(Workshop.State.CLOSED, store.findByCode(code).orElseThrow().state());
        assertEquals(Optional.of(code), store.open(w.id(), T0).code());
        Workshop other = store.open(store.create(draft(trainer, 30), T0).id(), T0);
        assertNotEquals(code, other.code().orElseThrow());
    }

    @Test
    void joining_seats_a_participant_whose_token_finds_the_seat_again() {
        WorkshopStore store = store();
        Workshop w = store.open(store.create(draft(trainer, 30), T0).id(), T0);
        String token = SeatToken.random(new SecureRandom());
        var joined = assertInstanceOf(WorkshopStore.Joining.Joined.class,
                store.join(w.id(), "Siti", Participant.Group.WARGA, token, T0));
        Participant seat = store.seat(token, T0.plusSeconds(5)).orElseThrow();
        assertEquals(joined.participant().id(), seat.id());
        assertEquals(T0.plusSeconds(5), seat.lastSeen());
        assertEquals(SeatToken.hash(token), seat.tokenHash());
        assertEquals(Optional.empty(), store.seat(SeatToken.random(new SecureRandom()), T0));
        assertEquals(Optional.empty(), store.seat("not-a-token", T0));
    }

    @Test
    void the_roster_lists_participants_in_joining_order_with_duplicates_numbered() {
        WorkshopStore store = store();
        Workshop w = store.open(store.create(draft(trainer, 30), T0).id(), T0);
        SecureRandom random = new SecureRandom();
        store.join(w.id(), "Siti", Participant.Group.WARGA, SeatToken.random(random), T0);
        store.join(w.id(), "Pak Andi", Participant.Group.APARAT, SeatToken.random(random), T0.plusSeconds(1));
        store.join(w.id(), "Siti", Participant.Group.APARAT, SeatToken.random(random), T0.plusSeconds(2));
        Roster roster = store.roster(w.id());
        assertEquals(List.of("Siti", "Pak Andi", "Siti (2)"),
                roster.entries().stream().map(Roster.Entry::shownName).toList());
        assertEquals(Participant.Group.APARAT, roster.entries().get(2).participant().group());
    }

    @Test
    void a_closed_draft_or_full_workshop_takes_no_one() {
        WorkshopStore store = store();
        SecureRandom random = new SecureRandom();
        Workshop draft = store.create(draft(trainer, 2), T0);
        assertInstanceOf(WorkshopStore.Joining.NotOpen.class,
                store.join(draft.id(), "Siti", Participant.Group.WARGA, SeatToken.random(random), T0));
        store.open(draft.id(), T0);
        store.join(draft.id(), "A", Participant.Group.WARGA, SeatToken.random(random), T0);
        store.join(draft.id(), "B", Participant.Group.WARGA, SeatToken.random(random), T0);
        assertInstanceOf(WorkshopStore.Joining.Full.class,
                store.join(draft.id(), "C", Participant.Group.WARGA, SeatToken.random(random), T0));
        store.close(draft.id(), T0);
        assertInstanceOf(WorkshopStore.Joining.NotOpen.class,
                store.join(draft.id(), "D", Participant.Group.WARGA, SeatToken.random(random), T0));
        assertEquals(2, store.roster(draft.id()).size());
    }

    @Test
    void the_open_item_is_set_and_cleared_by_closing() {
        WorkshopStore store = store();
        Workshop w = store.open(store.create(draft(trainer, 30), T0).id(), T0);
        store.openItem(w.id(), Optional.of("tes-awal"), T0);
        assertEquals(Optional.of("tes-awal"), store.find(w.id()).orElseThrow().openItem());
        store.close(w.id(), T0);
        assertTrue(store.find(w.id()).orElseThrow().openItem().isEmpty());
    }
}
