package id.serambi.workshop.store;

import id.serambi.db.Writes;
import id.serambi.workshop.model.Agenda;
import id.serambi.workshop.model.Item;
import id.serambi.workshop.model.Workshop;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the trainer opens for the room, with its history, and how far each seat has got in the
 * workshop's quizzes, lessons and practice tasks. SQL only; which items belong to a workshop is decided by {@link Agenda}.
 */
public final class RoomStore {
    private final Jdbi jdbi;

    public RoomStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Whether a change to the room was made, or refused because the workshop is not open. */
    public enum Change { DONE, NOT_OPEN }

    /** One time an item was opened for the room; {@code closedAt} is empty while it is open. */
    public record Opened(String item, Instant openedAt, Optional<Instant> closedAt) {
    }

    /** A seat's furthest step in one quiz: an attempt being answered, or one sent. */
    public enum Status { ANSWERING, SENT }

    /**
     * Opens {@code item} for the room, closing whatever was open: one item at a time. The workshop
     * row is written first, so two clicks at once leave one item open and one history row open.
     */
    public Change open(String workshopId, Item item, Instant now) {
        return Writes.inTransaction(jdbi, h -> {
            Optional<Optional<String>> current = lockOpen(h, workshopId);
            if (current.isEmpty()) {
                return Change.NOT_OPEN;
            }
            if (current.get().equals(Optional.of(item.code()))) {
                return Change.DONE;
            }
            closeHistory(h, workshopId, now);
            h.createUpdate("update workshop set open_item = :item, updated_at = :now where id = :id")
                    .bind("item", item.code()).bind("now", now.toEpochMilli()).bind("id", workshopId).execute();
            h.createUpdate("insert into workshop_item (workshop_id, item, opened_at) values (:id, :item, :now)")
                    .bind("id", workshopId).bind("item", item.code()).bind("now", now.toEpochMilli()).execute();
            return Change.DONE;
        });
    }

    /** Closes {@code item} if it is the one open; closing one that is not open changes nothing. */
    public Change close(String workshopId, Item item, Instant now) {
        return Writes.inTransaction(jdbi, h -> {
            Optional<Optional<String>> current = lockOpen(h, workshopId);
            if (current.isEmpty()) {
                return Change.NOT_OPEN;
            }
            if (current.get().equals(Optional.of(item.code()))) {
                closeHistory(h, workshopId, now);
                h.createUpdate("update workshop set open_item = null, updated_at = :now where id = :id")
                        .bind("now", now.toEpochMilli()).bind("id", workshopId).execute();
            }
            return Change.DONE;
        });
    }

    /** Every time an item was opened, oldest first. */
    public List<Opened> history(String workshopId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select item, opened_at, closed_at from workshop_item where workshop_id = :id
                        order by opened_at, item""")
                .bind("id", workshopId)
                .map((rs, ctx) -> {
                    long closed = rs.getLong("closed_at");
                    Optional<Instant> closedAt = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(closed));
                    return new Opened(rs.getString("item"), Instant.ofEpochMilli(rs.getLong("opened_at")), closedAt);
                })
                .list());
    }

    /** Whether {@code item} was ever opened for the room. */
    public boolean wasOpened(String workshopId, Item item) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select count(*) from workshop_item where workshop_id = :id and item = :item")
                .bind("id", workshopId).bind("item", item.code()).mapTo(Integer.class).one() > 0);
    }

    /**
     * How far every seat has got in each quiz of the workshop, by learner id then quiz id, in one
     * query however large the room: a seat absent from a quiz has not started it.
     */
    public Map<String, Map<String, Status>> progress(String workshopId) {
        Map<String, Map<String, Status>> progress = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                        select learner_id, quiz, max(case when submitted_at is null then 0 else 1 end) as sent
                        from quiz_attempt where workshop = :id group by learner_id, quiz""")
                .bind("id", workshopId)
                .map((rs, ctx) -> new Object[]{rs.getString("learner_id"), rs.getString("quiz"), rs.getInt("sent")})
                .forEach(r -> progress.computeIfAbsent((String) r[0], k -> new HashMap<>())
                        .put((String) r[1], (Integer) r[2] == 1 ? Status.SENT : Status.ANSWERING)));
        return progress;
    }

    /**
     * The lessons each seat has read and the practice tasks it has reached, on any of its phones,
     * by participant id; tasks as {@code menu/task}. Two queries however large the room.
     */
    public Practice practice(String workshopId) {
        return jdbi.withHandle(h -> {
            Map<String, Set<String>> lessons = new HashMap<>();
            h.createQuery("select distinct s.participant_id, d.lesson from " + PHONES
                            + " join lesson_done d on d.learner_id = s.learner_id")
                    .bind("id", workshopId)
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                    .forEach(e -> lessons.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
            Map<String, Set<String>> tasks = new HashMap<>();
            h.createQuery("select distinct s.participant_id, t.menu, t.task from " + PHONES
                            + " join task_result t on t.learner_id = s.learner_id")
                    .bind("id", workshopId)
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2) + "/" + rs.getString(3)))
                    .forEach(e -> tasks.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
            return new Practice(lessons, tasks);
        });
    }

    /** The learner ids of the workshop's seats' phones: participant_id, learner_id. */
    private static final String PHONES = """
            (select l.participant_id, l.learner_id from workshop_seat_learner l
                 join workshop_participant p on p.id = l.participant_id
                 where p.workshop_id = :id) s""";

    /** From {@link #practice}: lesson keys and {@code menu/task} ids by participant id. */
    public record Practice(Map<String, Set<String>> lessons, Map<String, Set<String>> tasks) {
        public static final Practice NONE = new Practice(Map.of(), Map.of());

        public Set<String> lessons(String participantId) {
            return lessons.getOrDefault(participantId, Set.of());
        }

        public Set<String> tasks(String participantId) {
            return tasks.getOrDefault(participantId, Set.of());
        }
    }

    /** Closes the history row of whatever is open; used when an item changes and when the workshop closes. */
    static void closeHistory(Handle h, String workshopId, Instant now) {
        h.createUpdate("update workshop_item set closed_at = :now where workshop_id = :id and closed_at is null")
                .bind("now", now.toEpochMilli()).bind("id", workshopId).execute();
    }

    /** Locks the workshop row and gives its open item, if any; empty when the workshop is not open. */
    private static Optional<Optional<String>> lockOpen(Handle h, String workshopId) {
        h.createUpdate("update workshop set updated_at = updated_at where id = :id").bind("id", workshopId).execute();
        record Row(String state, String item) {
        }
        Optional<Row> row = h.createQuery("select state, open_item from workshop where id = :id")
                .bind("id", workshopId).map((rs, ctx) -> new Row(rs.getString("state"), rs.getString("open_item")))
                .findOne();
        return row.filter(r -> r.state().equals(Workshop.State.OPEN.name())).map(r -> Optional.ofNullable(r.item()));
    }
}
