package id.serambi.workshop.store;

import id.serambi.db.Writes;
import id.serambi.workshop.model.JoinCode;
import id.serambi.workshop.model.Workshop;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The few figures the live room needs, read straight from the workshop tables and the quiz
 * attempts, with no side effect but {@link #touch}: a snapshot is read every half second for each
 * workshop that has listeners, so each read is one small query on indexed columns.
 */
public final class RoomReads {
    private final Jdbi jdbi;

    public RoomReads(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A workshop's state, what it shows, how many joined and how many were seen since {@code since}. */
    public record Room(Workshop.State state, Optional<String> openItem, int joined, int connected) {
    }

    public Optional<Room> room(String workshopId, Instant since) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select w.state, w.open_item, count(p.id) as joined,
                            coalesce(sum(case when p.last_seen >= :since then 1 else 0 end), 0) as connected
                        from workshop w left join workshop_participant p on p.workshop_id = w.id
                        where w.id = :id
                        group by w.state, w.open_item""")
                .bind("id", workshopId).bind("since", since.toEpochMilli())
                .map((rs, ctx) -> new Room(Workshop.State.valueOf(rs.getString("state")),
                        Optional.ofNullable(rs.getString("open_item")), rs.getInt("joined"), rs.getInt("connected")))
                .findOne());
    }

    /** Seats that sent a quiz in this workshop, and seats with a draft of it that have not sent it yet. */
    public record Answers(int sent, int answering) {
    }

    public Answers answers(String workshopId, String quiz) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select coalesce(sum(sent), 0) as sent,
                            coalesce(sum(case when sent = 0 then drafting else 0 end), 0) as answering
                        from (select learner_id,
                                  max(case when submitted_at is not null then 1 else 0 end) as sent,
                                  max(case when submitted_at is null then 1 else 0 end) as drafting
                              from quiz_attempt where quiz = :quiz and workshop = :workshop
                              group by learner_id) seats""")
                .bind("quiz", quiz).bind("workshop", workshopId)
                .map((rs, ctx) -> new Answers(rs.getInt("sent"), rs.getInt("answering"))).one());
    }

    /**
     * Seats that read every one of {@code lessons} (as "sent") and seats that read some of them (as
     * "answering"), on any of their phones.
     */
    public Answers reading(String workshopId, List<String> lessons) {
        if (lessons.isEmpty()) {
            return new Answers(0, 0);
        }
        return jdbi.withHandle(h -> h.createQuery("""
                        select coalesce(sum(case when n = :total then 1 else 0 end), 0) as all_read,
                            coalesce(sum(case when n < :total then 1 else 0 end), 0) as some_read
                        from (select l.participant_id, count(distinct d.lesson) as n
                              from workshop_participant p
                              join workshop_seat_learner l on l.participant_id = p.id
                              join lesson_done d on d.learner_id = l.learner_id
                              where p.workshop_id = :workshop and d.lesson in (<lessons>)
                              group by l.participant_id) seats""")
                .bind("workshop", workshopId).bind("total", lessons.size()).bindList("lessons", lessons)
                .map((rs, ctx) -> new Answers(rs.getInt("all_read"), rs.getInt("some_read"))).one());
    }

    /** Seats that reached the practice task {@code menu/task} on any of their phones. */
    public int reached(String workshopId, String menu, String task) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select count(distinct l.participant_id)
                        from workshop_participant p
                        join workshop_seat_learner l on l.participant_id = p.id
                        join task_result t on t.learner_id = l.learner_id
                        where p.workshop_id = :workshop and t.menu = :menu and t.task = :task""")
                .bind("workshop", workshopId).bind("menu", menu).bind("task", task).mapTo(Integer.class).one());
    }

    /** A phone's seat with what the live pages need of its workshop. */
    public record Seat(String participantId, String workshopId, Instant lastSeen, Workshop.State state,
                Optional<JoinCode> code, Optional<String> openItem) {
    }

    /**
     * The seat a token holds (the one it was taken with, or another phone's the trainer let in),
     * without noting it as seen; nothing for a malformed or unknown token.
     */
    public Optional<Seat> seat(String token) {
        if (!SeatToken.wellFormed(token)) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> h.createQuery("""
                        select p.id, p.workshop_id, p.last_seen, w.state, w.code, w.open_item
                        from workshop_participant p join workshop w on w.id = p.workshop_id""" + " where "
                        + SeatToken.SEAT_OF_HASH)
                .bind("hash", SeatToken.hash(token))
                .map((rs, ctx) -> new Seat(rs.getString("id"), rs.getString("workshop_id"),
                        Instant.ofEpochMilli(rs.getLong("last_seen")), Workshop.State.valueOf(rs.getString("state")),
                        Optional.ofNullable(rs.getString("code")).map(JoinCode::new),
                        Optional.ofNullable(rs.getString("open_item"))))
                .findOne());
    }

    /**
     * Notes the seats as seen, in one statement: a room of listening phones costs one write every
     * few seconds, not one per phone.
     */
    public void touch(Collection<String> participantIds, Instant now) {
        if (participantIds.isEmpty()) {
            return;
        }
        Writes.useTransaction(jdbi, h -> h.createUpdate("update workshop_participant set last_seen = :now where id in (<ids>)")
                .bind("now", now.toEpochMilli()).bindList("ids", participantIds).execute());
    }
}
