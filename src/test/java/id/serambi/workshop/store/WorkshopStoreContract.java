package id.serambi.workshop.store;

import id.serambi.db.Database;
import id.serambi.quiz.take.AttemptRow;
import id.serambi.quiz.take.QuizStore;
import id.serambi.workshop.model.Item;
import id.serambi.workshop.model.JoinCode;
import id.serambi.workshop.model.Participant;
import id.serambi.workshop.model.Roster;
import id.serambi.workshop.model.Workshop;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the workshop store does, on whichever database a subclass opens. */
public abstract class WorkshopStoreContract {
    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    /** The learner id of the phone a seat is taken or found from. */
    public static final String PHONE = "pelajar-di-telepon";

    /** Owners unique to each test, as the PostgreSQL tests share one database. */
    private final String trainer = "trainer-" + System.nanoTime();
    private final String other = trainer + "-other";

    abstract Database database();

    private WorkshopStore store() {
        return new WorkshopStore(database().jdbi(), new SecureRandom());
    }

    public static Workshop draft(String owner, int capacity) {
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
                store.join(w.id(), "Siti", Participant.Group.WARGA, token, PHONE, T0));
        Participant seat = store.seat(token, PHONE, T0.plusSeconds(5)).orElseThrow();
        assertEquals(joined.participant().id(), seat.id());
        assertEquals(T0.plusSeconds(5), seat.lastSeen());
        assertEquals(SeatToken.hash(token), seat.tokenHash());
        assertEquals(Optional.empty(), store.seat(SeatToken.random(new SecureRandom()), PHONE, T0));
        assertEquals(Optional.empty(), store.seat("not-a-token", PHONE, T0));
    }

    @Test
    void a_seat_seen_lately_is_only_read_and_noted_again_once_its_sight_is_stale() {
        WorkshopStore store = store();
        Workshop w = store.open(store.create(draft(trainer, 30), T0).id(), T0);
        String token = SeatToken.random(new SecureRandom());
        store.join(w.id(), "Siti", Participant.Group.WARGA, token, PHONE, T0);
        store.seat(token, PHONE, T0.plusSeconds(4));
        assertEquals(T0, store.roster(w.id()).entries().get(0).participant().lastSeen(),
                "seen at joining, four seconds before: not written again");
        store.seat(token, PHONE, T0.plus(WorkshopStore.SEEN_EVERY));
        assertEquals(T0.plus(WorkshopStore.SEEN_EVERY), store.roster(w.id()).entries().get(0).participant().lastSeen());
        store.seat(token, "another-phone", T0.plus(WorkshopStore.SEEN_EVERY).plusSeconds(1));
        assertEquals(T0.plus(WorkshopStore.SEEN_EVERY).plusSeconds(1),
                store.roster(w.id()).entries().get(0).participant().lastSeen(),
                "a phone not noted yet is noted at once, with the sight");
    }

    @Test
    void a_join_with_a_key_that_took_a_seat_returns_that_seat_even_when_the_room_is_full() {
        WorkshopStore store = store();
        Workshop w = store.open(store.create(draft(trainer, 1), T0).id(), T0);
        SecureRandom random = new SecureRandom();
        Optional<String> key = Optional.of(SeatToken.hash(SeatToken.random(random)));
        String first = SeatToken.random(random);
        String again = SeatToken.random(random);
        var joined = assertInstanceOf(WorkshopStore.Joining.Joined.class,
                store.join(w.id(), "Siti", Participant.Group.WARGA, first, key, PHONE, T0));
        var rejoined = assertInstanceOf(WorkshopStore.Joining.Joined.class,
                store.join(w.id(), "Siti", Participant.Group.WARGA, again, key, PHONE, T0.plusSeconds(3)));
        assertEquals(joined.participant().id(), rejoined.participant().id());
        assertEquals(1, store.roster(w.id()).size());
        assertEquals(joined.participant().id(), store.seat(first, PHONE, T0).orElseThrow().id());
        assertEquals(joined.participant().id(), store.seat(again, PHONE, T0).orElseThrow().id());
        assertInstanceOf(WorkshopStore.Joining.Full.class, store.join(w.id(), "Budi", Participant.Group.WARGA,
                SeatToken.random(random), Optional.of(SeatToken.hash(SeatToken.random(random))), PHONE, T0));
    }

    @Test
    void the_roster_lists_participants_in_joining_order_with_duplicates_numbered() {
        WorkshopStore store = store();
        Workshop w = store.open(store.create(draft(trainer, 30), T0).id(), T0);
        SecureRandom random = new SecureRandom();
        store.join(w.id(), "Siti", Participant.Group.WARGA, SeatToken.random(random), PHONE, T0);
        store.join(w.id(), "Pak Andi", Participant.Group.APARAT, SeatToken.random(random), PHONE, T0.plusSeconds(1));
        store.join(w.id(), "Siti", Participant.Group.APARAT, SeatToken.random(random), PHONE, T0.plusSeconds(2));
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
                store.join(draft.id(), "Siti", Participant.Group.WARGA, SeatToken.random(random), PHONE, T0));
        store.open(draft.id(), T0);
        store.join(draft.id(), "A", Participant.Group.WARGA, SeatToken.random(random), PHONE, T0);
        store.join(draft.id(), "B", Participant.Group.WARGA, SeatToken.random(random), PHONE, T0);
        assertInstanceOf(WorkshopStore.Joining.Full.class,
                store.join(draft.id(), "C", Participant.Group.WARGA, SeatToken.random(random), PHONE, T0));
        store.close(draft.id(), T0);
        assertInstanceOf(WorkshopStore.Joining.NotOpen.class,
                store.join(draft.id(), "D", Participant.Group.WARGA, SeatToken.random(random), PHONE, T0));
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

    @Test
    void opening_an_item_closes_the_one_open_and_the_history_shows_both() {
        WorkshopStore store = store();
        RoomStore room = new RoomStore(database().jdbi());
        Workshop w = store.open(store.create(draft(trainer, 30), T0).id(), T0);
        assertEquals(RoomStore.Change.DONE, room.open(w.id(), Item.quiz("tes-awal"), T0));
        assertEquals(RoomStore.Change.DONE, room.open(w.id(), Item.quiz("tes-awal"), T0.plusSeconds(5)));
        assertEquals(RoomStore.Change.DONE, room.open(w.id(), Item.module("media-sosial"), T0.plusSeconds(60)));
        assertEquals(Optional.of("modul:media-sosial"), store.find(w.id()).orElseThrow().openItem());
        assertEquals(List.of(
                        new RoomStore.Opened("kuis:tes-awal", T0, Optional.of(T0.plusSeconds(60))),
                        new RoomStore.Opened("modul:media-sosial", T0.plusSeconds(60), Optional.empty())),
                room.history(w.id()), "a second click on the open item adds no row");
        assertTrue(room.wasOpened(w.id(), Item.quiz("tes-awal")));
        assertFalse(room.wasOpened(w.id(), Item.quiz("tes-akhir")));
    }

    @Test
    void closing_an_item_that_is_not_open_changes_nothing_and_closing_the_workshop_closes_the_open_one() {
        WorkshopStore store = store();
        RoomStore room = new RoomStore(database().jdbi());
        Workshop w = store.open(store.create(draft(trainer, 30), T0).id(), T0);
        room.open(w.id(), Item.quiz("tes-awal"), T0);
        assertEquals(RoomStore.Change.DONE, room.close(w.id(), Item.quiz("tes-akhir"), T0.plusSeconds(1)));
        assertEquals(Optional.of("kuis:tes-awal"), store.find(w.id()).orElseThrow().openItem());
        store.close(w.id(), T0.plusSeconds(9));
        assertEquals(List.of(new RoomStore.Opened("kuis:tes-awal", T0, Optional.of(T0.plusSeconds(9)))),
                room.history(w.id()));
        assertEquals(RoomStore.Change.NOT_OPEN, room.open(w.id(), Item.quiz("tes-akhir"), T0.plusSeconds(10)));
        assertEquals(RoomStore.Change.NOT_OPEN, room.close(w.id(), Item.quiz("tes-awal"), T0.plusSeconds(10)));
        assertEquals(Optional.empty(), store.find(w.id()).orElseThrow().openItem());
        assertEquals(1, room.history(w.id()).size());
    }

    @Test
    void progress_gives_each_seat_answering_or_sent_per_quiz_of_the_workshop_only() {
        WorkshopStore store = store();
        RoomStore room = new RoomStore(database().jdbi());
        QuizStore quizzes = new QuizStore(database().jdbi());
        Workshop w = store.open(store.create(draft(trainer, 30), T0).id(), T0);
        SecureRandom random = new SecureRandom();
        Participant siti = ((WorkshopStore.Joining.Joined) store.join(w.id(), "Siti", Participant.Group.WARGA,
                SeatToken.random(random), PHONE, T0)).participant();
        Participant budi = ((WorkshopStore.Joining.Joined) store.join(w.id(), "Budi", Participant.Group.APARAT,
                SeatToken.random(random), PHONE, T0)).participant();
        AttemptRow sent = quizzes.start(attempt(siti.learnerId(), "tes-awal", 1, Optional.of(w.id())), 1);
        quizzes.submit(sent.id(), Map.of(), Optional.of(1.0), Optional.of(2.0), false, 2);
        quizzes.start(attempt(siti.learnerId(), "tes-awal", 2, Optional.of(w.id())), 3);
        quizzes.start(attempt(budi.learnerId(), "tes-awal", 1, Optional.of(w.id())), 4);
        quizzes.start(attempt(budi.learnerId(), "kuis-media-sosial", 1, Optional.empty()), 5);
        Map<String, Map<String, RoomStore.Status>> progress = room.progress(w.id());
        assertEquals(Map.of(siti.learnerId(), Map.of("tes-awal", RoomStore.Status.SENT),
                budi.learnerId(), Map.of("tes-awal", RoomStore.Status.ANSWERING)), progress,
                "a sent attempt counts though a second is open; an attempt outside the workshop does not");
    }

    /** Marks a lesson read and a task reached under a learner id, as the course and simulator do. */
    private void read(String learner, String lesson) {
        database().jdbi().useHandle(h -> {
            h.execute("insert into learner (id, created_at) values (?, 0) on conflict (id) do nothing", learner);
            h.execute("insert into lesson_done (learner_id, lesson, done_at) values (?, ?, 1)", learner, lesson);
        });
    }

    private void reached(String learner, String menuTask, long at) {
        String[] parts = menuTask.split("/");
        database().jdbi().useHandle(h -> {
            h.execute("insert into learner (id, created_at) values (?, 0) on conflict (id) do nothing", learner);
            h.execute("insert into task_result (learner_id, menu, task, messages, par, reached_at) values (?, ?, ?, 3, 3, ?)",
                    learner, parts[0], parts[1], at);
        });
    }

    @Test
    void practice_follows_every_phone_of_a_seat_and_no_seat_of_another_workshop() {
        WorkshopStore store = store();
        RoomStore room = new RoomStore(database().jdbi());
        RejoinStore rejoins = new RejoinStore(database().jdbi(), new SecureRandom());
        Workshop w = store.open(store.create(draft(trainer, 30), T0).id(), T0);
        Workshop elsewhere = store.open(store.create(draft(other, 30), T0).id(), T0);
        SecureRandom random = new SecureRandom();
        String sitiPhone = trainer + "-hp-siti";
        String sitiTablet = trainer + "-tablet-siti";
        String budiPhone = trainer + "-hp-budi";
        String budiAccount = trainer + "-akun-budi";
        String aniPhone = trainer + "-hp-ani";
        Participant siti = ((WorkshopStore.Joining.Joined) store.join(w.id(), "Siti", Participant.Group.WARGA,
                SeatToken.random(random), sitiPhone, T0)).participant();
        String budiToken = SeatToken.random(random);
        Participant budi = ((WorkshopStore.Joining.Joined) store.join(w.id(), "Budi", Participant.Group.APARAT,
                budiToken, budiPhone, T0)).participant();
        store.join(elsewhere.id(), "Ani", Participant.Group.WARGA, SeatToken.random(random), aniPhone, T0);
        String tablet = SeatToken.random(random);
        RejoinStore.Request asked = rejoins.ask(w.id(), "Siti", tablet, "10.0.0.1", T0.plusSeconds(1));
        assertTrue(rejoins.approve(w.id(), asked.id(), siti.id(), T0.plusSeconds(2)));
        assertEquals(siti.id(), store.seat(tablet, sitiTablet, T0.plusSeconds(3)).orElseThrow().id());
        // Budi logs in on his phone: its learner id changes, and the seat keeps both
        assertEquals(budi.id(), store.seat(budiToken, budiAccount, T0.plusSeconds(4)).orElseThrow().id());
        assertEquals(budi.id(), store.seat(budiToken, budiAccount, T0.plusSeconds(5)).orElseThrow().id());

        read(sitiPhone, "media-sosial/01");
        read(sitiTablet, "media-sosial/02");
        read(sitiTablet, "media-sosial/01");
        read(budiAccount, "media-sosial/03");
        read(aniPhone, "media-sosial/04");
        reached(budiPhone, "madatte/cari-alamat", 1);
        reached(budiPhone, "madatte/cari-alamat", 2);
        reached(sitiTablet, "madatte/domisili", 3);
        reached(aniPhone, "madatte/domisili", 4);
        reached(trainer + "-nobody", "madatte/jam-buka", 5);

        RoomStore.Practice practice = room.practice(w.id());
        assertEquals(Map.of(siti.id(), Set.of("media-sosial/01", "media-sosial/02"), budi.id(), Set.of("media-sosial/03")),
                practice.lessons(), "what any phone of the seat read, once; Ani's workshop is another");
        assertEquals(Map.of(siti.id(), Set.of("madatte/domisili"), budi.id(), Set.of("madatte/cari-alamat")),
                practice.tasks(), "reached twice is one task; before logging in still counts");
        assertEquals(Set.of(), room.practice(store.create(draft(trainer, 30), T0).id()).lessons(siti.id()));
    }

    @Test
    void an_approved_request_lets_its_phone_into_the_seat_a_refused_one_does_not() {
        WorkshopStore store = store();
        RejoinStore rejoins = new RejoinStore(database().jdbi(), new SecureRandom());
        Workshop w = store.open(store.create(draft(trainer, 30), T0).id(), T0);
        SecureRandom random = new SecureRandom();
        Participant siti = ((WorkshopStore.Joining.Joined) store.join(w.id(), "Siti", Participant.Group.WARGA,
                SeatToken.random(random), PHONE, T0)).participant();
        String phone = SeatToken.random(random);
        String other = SeatToken.random(random);
        RejoinStore.Request asked = rejoins.ask(w.id(), "siti", phone, "10.0.0.1", T0.plusSeconds(1));
        RejoinStore.Request refused = rejoins.ask(w.id(), "Siti", other, "10.0.0.1", T0.plusSeconds(2));
        assertEquals(List.of(asked.id(), refused.id()), rejoins.pending(w.id()).stream().map(RejoinStore.Request::id).toList());
        assertEquals(2, rejoins.madeSince(w.id(), "10.0.0.1", T0));
        assertEquals(0, rejoins.madeSince(w.id(), "10.0.0.2", T0));
        assertEquals(Optional.empty(), store.seat(phone, PHONE, T0.plusSeconds(3)));
        assertFalse(rejoins.approve(w.id(), asked.id(), "no-such-seat", T0.plusSeconds(3)));
        assertTrue(rejoins.approve(w.id(), asked.id(), siti.id(), T0.plusSeconds(4)));
        assertFalse(rejoins.approve(w.id(), asked.id(), siti.id(), T0.plusSeconds(4)), "answered once");
        assertTrue(rejoins.refuse(w.id(), refused.id(), T0.plusSeconds(5)));
        Participant seat = store.seat(phone, PHONE, T0.plusSeconds(6)).orElseThrow();
        assertEquals(siti.id(), seat.id());
        assertEquals(T0.plusSeconds(6), seat.lastSeen());
        assertEquals(Optional.empty(), store.seat(other, PHONE, T0.plusSeconds(6)));
        assertEquals(RejoinStore.State.REFUSED, rejoins.byToken(other).orElseThrow().state());
        assertEquals(List.of(), rejoins.pending(w.id()));
        assertEquals(1, store.roster(w.id()).size());
    }

    private static AttemptRow attempt(String learner, String quiz, int number, Optional<String> workshop) {
        return new AttemptRow(WorkshopStore.Ids.random(new SecureRandom()), quiz, learner, number,
                List.of("s1"), 0, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                AttemptRow.Respondent.NONE, workshop);
    }
}
