package id.serambi.workshop.store;

import id.serambi.db.Writes;
import id.serambi.workshop.model.JoinCode;
import id.serambi.workshop.model.Participant;
import id.serambi.workshop.model.Roster;
import id.serambi.workshop.model.Workshop;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Workshops and their participants in the database. SQL only: which code is valid, how names are
 * shown and what a trainer may do are decided elsewhere. Ids and codes come from one
 * {@link SecureRandom}, as join codes and seats must not be guessable.
 */
public final class WorkshopStore {
    private static final String COLUMNS = """
            id, code, title, kelurahan, place, held_on, owner, modules, pre_test, module_quizzes, post_test,
            evaluation, skm, tasks, state, open_item, capacity""";

    private final Jdbi jdbi;
    private final SecureRandom random;

    public WorkshopStore(Jdbi jdbi, SecureRandom random) {
        this.jdbi = jdbi;
        this.random = random;
    }

    /** Stores a new draft from {@code w} (its id, code and state are ignored) and returns it. */
    public Workshop create(Workshop w, Instant now) {
        String id = Ids.random(random);
        Writes.useTransaction(jdbi, h -> bind(h.createUpdate("insert into workshop (" + COLUMNS + ", created_at, updated_at)"
                        + " values (:id, null, :title, :kelurahan, :place, :heldOn, :owner, :modules, :preTest,"
                        + " :moduleQuizzes, :postTest, :evaluation, :skm, :tasks, 'DRAFT', null, :capacity, :now, :now)"),
                w, now).bind("id", id).execute());
        return find(id).orElseThrow();
    }

    /** Writes what the trainer set up; the code, state and open item are left as they are. */
    public void update(Workshop w, Instant now) {
        Writes.useTransaction(jdbi, h -> bind(h.createUpdate("""
                        update workshop set title = :title, kelurahan = :kelurahan, place = :place, held_on = :heldOn,
                            modules = :modules, pre_test = :preTest, module_quizzes = :moduleQuizzes,
                            post_test = :postTest, evaluation = :evaluation, skm = :skm, tasks = :tasks,
                            capacity = :capacity, updated_at = :now
                        where id = :id"""), w, now).bind("id", w.id()).execute());
    }

    public Optional<Workshop> find(String id) {
        return jdbi.withHandle(h -> h.createQuery("select " + COLUMNS + " from workshop where id = :id")
                .bind("id", id).map(WorkshopStore::workshop).findOne());
    }

    public Optional<Workshop> findByCode(JoinCode code) {
        return jdbi.withHandle(h -> h.createQuery("select " + COLUMNS + " from workshop where code = :code")
                .bind("code", code.value()).map(WorkshopStore::workshop).findOne());
    }

    /** The workshops {@code owner} created, newest first. */
    public List<Workshop> ownedBy(String owner) {
        return jdbi.withHandle(h -> h.createQuery("select " + COLUMNS
                        + " from workshop where owner = :owner order by created_at desc, id")
                .bind("owner", owner).map(WorkshopStore::workshop).list());
    }

    /** Every workshop, newest first: what an admin sees. */
    public List<Workshop> all() {
        return jdbi.withHandle(h -> h.createQuery("select " + COLUMNS + " from workshop order by created_at desc, id")
                .map(WorkshopStore::workshop).list());
    }

    /**
     * Opens the workshop for joining, giving it a code the first time. Two workshops never share a
     * code: one drawn twice is drawn again, and the unique column refuses a race between two opens.
     */
    public Workshop open(String id, Instant now) {
        Writes.useTransaction(jdbi, h -> {
            h.createUpdate("update workshop set state = 'OPEN', updated_at = :now where id = :id")
                    .bind("id", id).bind("now", now.toEpochMilli()).execute();
            boolean hasCode = h.createQuery("select code from workshop where id = :id").bind("id", id)
                    .mapTo(String.class).findOne().isPresent();
            if (!hasCode) {
                JoinCode code = JoinCode.fresh(random, c -> codeTaken(h, c));
                h.createUpdate("update workshop set code = :code where id = :id")
                        .bind("code", code.value()).bind("id", id).execute();
            }
        });
        return find(id).orElseThrow();
    }

    /** Closes the workshop and whatever the room had open. */
    public void close(String id, Instant now) {
        Writes.useTransaction(jdbi, h -> {
            h.createUpdate("update workshop set state = 'CLOSED', open_item = null, updated_at = :now, closed_at = :now "
                            + "where id = :id")
                    .bind("id", id).bind("now", now.toEpochMilli()).execute();
            RoomStore.closeHistory(h, id, now);
        });
    }

    /** When the workshop was closed; empty while it is not. */
    public Optional<Instant> closedAt(String id) {
        return jdbi.withHandle(h -> h.createQuery("select closed_at from workshop where id = :id and state = 'CLOSED'")
                .bind("id", id).mapTo(Long.class).findOne().map(Instant::ofEpochMilli));
    }

    /**
     * Opens a closed workshop again, as it was before closing but with no step open; false, changing
     * nothing, when it is not closed.
     */
    public boolean reopen(String id, Instant now) {
        return Writes.inTransaction(jdbi, h -> h.createUpdate(
                        "update workshop set state = 'OPEN', closed_at = null, updated_at = :now where id = :id "
                                + "and state = 'CLOSED'")
                .bind("id", id).bind("now", now.toEpochMilli()).execute() == 1);
    }

    /** What the room is shown now: an item of the workshop, or nothing. */
    public void openItem(String id, Optional<String> item, Instant now) {
        Writes.useTransaction(jdbi, h -> h.createUpdate("update workshop set open_item = :item, updated_at = :now where id = :id")
                .bind("item", item.orElse(null)).bind("id", id).bind("now", now.toEpochMilli()).execute());
    }

    /** Why a join was refused, or the seat it gave. */
    public sealed interface Joining {
        record Joined(Participant participant) implements Joining {
        }

        record NotOpen() implements Joining {
        }

        record Full() implements Joining {
        }
    }

    /** As {@link #join(String, String, Participant.Group, String, Optional, String, Instant)}, from a form with no join key. */
    public Joining join(String workshopId, String name, Participant.Group group, String token, String phoneLearner,
                        Instant now) {
        return join(workshopId, name, group, token, Optional.empty(), phoneLearner, now);
    }

    /**
     * Seats a new participant holding {@code token}, on a phone whose learner id is {@code phoneLearner}.
     * The workshop row is written first, which makes joins to one workshop wait for each other, so
     * the capacity is never passed by two at once. A join whose form key ({@code joinKey}, its hash)
     * already took a seat of this workshop returns that seat, and {@code token} holds it too: the
     * phone re-sent a join whose answer it never got.
     */
    public Joining join(String workshopId, String name, Participant.Group group, String token,
                        Optional<String> joinKey, String phoneLearner, Instant now) {
        return Writes.inTransaction(jdbi, h -> {
            h.createUpdate("update workshop set updated_at = updated_at where id = :id").bind("id", workshopId).execute();
            Optional<Workshop> w = h.createQuery("select " + COLUMNS + " from workshop where id = :id")
                    .bind("id", workshopId).map(WorkshopStore::workshop).findOne();
            if (w.isEmpty() || !w.get().isOpen()) {
                return new Joining.NotOpen();
            }
            Optional<Participant> taken = joinKey.flatMap(key -> h.createQuery(
                            "select * from workshop_participant where workshop_id = :workshop and join_key = :key")
                    .bind("workshop", workshopId).bind("key", key).map(WorkshopStore::participant).findOne());
            if (taken.isPresent()) {
                h.createUpdate("insert into workshop_device (token_hash, participant_id, added_at) "
                                + "values (:hash, :participant, :now)")
                        .bind("hash", SeatToken.hash(token)).bind("participant", taken.get().id())
                        .bind("now", now.toEpochMilli()).execute();
                notePhone(h, taken.get().id(), phoneLearner);
                return new Joining.Joined(taken.get());
            }
            if (seated(h, workshopId) >= w.get().capacity()) {
                return new Joining.Full();
            }
            Participant p = new Participant(Ids.random(random), workshopId, name, group, SeatToken.hash(token),
                    now, now);
            h.createUpdate("""
                            insert into workshop_participant (id, workshop_id, name, participant_group, token_hash,
                                joined_at, last_seen, join_key)
                            values (:id, :workshop, :name, :group, :hash, :now, :now, :key)""")
                    .bind("id", p.id()).bind("workshop", workshopId).bind("name", name).bind("group", group.name())
                    .bind("hash", p.tokenHash()).bind("now", now.toEpochMilli()).bind("key", joinKey.orElse(null))
                    .execute();
            notePhone(h, p.id(), phoneLearner);
            return new Joining.Joined(p);
        });
    }

    /** How stale a seat's last sight may be before a request of its phone notes it again. */
    public static final java.time.Duration SEEN_EVERY = java.time.Duration.ofSeconds(10);

    /**
     * The seat a phone's token holds, noting that it was seen and under which learner id the phone
     * reads and practises; nothing for a malformed or unknown token. The token is the one the seat
     * was taken with, or another phone's the trainer let in. A seat seen within {@link #SEEN_EVERY}
     * whose phone is already noted is only read: a phone answering a quiz does not write at every
     * request.
     */
    public Optional<Participant> seat(String token, String phoneLearner, Instant now) {
        if (!SeatToken.wellFormed(token)) {
            return Optional.empty();
        }
        String hash = SeatToken.hash(token);
        record Found(Participant seat, boolean noted) {
        }
        Optional<Found> found = jdbi.withHandle(h -> h.createQuery("select p.*, exists (select 1 from "
                        + "workshop_seat_learner l where l.participant_id = p.id and l.learner_id = :learner) as noted "
                        + "from workshop_participant p where " + SeatToken.SEAT_OF_HASH)
                .bind("hash", hash).bind("learner", phoneLearner)
                .map((rs, ctx) -> new Found(participant(rs, ctx), rs.getBoolean("noted"))).findOne());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Participant seat = found.get().seat();
        if (found.get().noted() && now.isBefore(seat.lastSeen().plus(SEEN_EVERY))) {
            return Optional.of(seat.seenAt(now));
        }
        Writes.useTransaction(jdbi, h -> {
            h.createUpdate("update workshop_participant set last_seen = :now where id = :id")
                    .bind("now", now.toEpochMilli()).bind("id", seat.id()).execute();
            notePhone(h, seat.id(), phoneLearner);
        });
        return Optional.of(seat.seenAt(now));
    }

    /** Notes that the seat's phone reads and practises as {@code learnerId}; once per learner id. */
    private static void notePhone(Handle h, String participantId, String learnerId) {
        h.createUpdate("""
                        insert into workshop_seat_learner (participant_id, learner_id) values (:seat, :learner)
                        on conflict (participant_id, learner_id) do nothing""")
                .bind("seat", participantId).bind("learner", learnerId).execute();
    }

    /** How many have joined the workshop. */
    public int seated(String workshopId) {
        return jdbi.withHandle(h -> seated(h, workshopId));
    }

    private static int seated(Handle h, String workshopId) {
        return h.createQuery("select count(*) from workshop_participant where workshop_id = :id")
                .bind("id", workshopId).mapTo(Integer.class).one();
    }

    /** The participants in joining order, each shown distinctly. */
    public Roster roster(String workshopId) {
        return Roster.of(jdbi.withHandle(h -> h.createQuery(
                        "select * from workshop_participant where workshop_id = :id order by joined_at, id")
                .bind("id", workshopId).map(WorkshopStore::participant).list()));
    }

    private static boolean codeTaken(Handle h, JoinCode code) {
        return h.createQuery("select count(*) from workshop where code = :code").bind("code", code.value())
                .mapTo(Integer.class).one() > 0;
    }

    private static <S extends SqlStatement<S>> S bind(S s, Workshop w, Instant now) {
        Workshop.Quizzes q = w.quizzes();
        return s.bind("title", w.title()).bind("kelurahan", w.kelurahan()).bind("place", w.place())
                .bind("heldOn", w.date().toString()).bind("owner", w.owner())
                .bind("modules", String.join(",", w.modules())).bind("preTest", q.preTest().orElse(null))
                .bind("moduleQuizzes", String.join(",", q.moduleQuizzes())).bind("postTest", q.postTest().orElse(null))
                .bind("evaluation", q.evaluation().orElse(null)).bind("skm", q.skm().orElse(null))
                .bind("tasks", String.join(",", w.tasks())).bind("capacity", w.capacity())
                .bind("now", now.toEpochMilli());
    }

    private static Workshop workshop(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Workshop(rs.getString("id"), Optional.ofNullable(rs.getString("code")).map(JoinCode::new),
                rs.getString("title"), rs.getString("kelurahan"), rs.getString("place"),
                LocalDate.parse(rs.getString("held_on")), rs.getString("owner"), list(rs.getString("modules")),
                new Workshop.Quizzes(Optional.ofNullable(rs.getString("pre_test")), list(rs.getString("module_quizzes")),
                        Optional.ofNullable(rs.getString("post_test")), Optional.ofNullable(rs.getString("evaluation")),
                        Optional.ofNullable(rs.getString("skm"))),
                list(rs.getString("tasks")), Workshop.State.valueOf(rs.getString("state")),
                Optional.ofNullable(rs.getString("open_item")), rs.getInt("capacity"));
    }

    private static Participant participant(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Participant(rs.getString("id"), rs.getString("workshop_id"), rs.getString("name"),
                Participant.Group.valueOf(rs.getString("participant_group")), rs.getString("token_hash"),
                Instant.ofEpochMilli(rs.getLong("joined_at")), Instant.ofEpochMilli(rs.getLong("last_seen")));
    }

    private static List<String> list(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split(","));
    }

    /** Random ids: 16 hex digits are plenty for the rows of one server and say nothing about order. */
    static final class Ids {
        private Ids() {
        }

        static String random(SecureRandom random) {
            byte[] bytes = new byte[8];
            random.nextBytes(bytes);
            return java.util.HexFormat.of().formatHex(bytes);
        }
    }
}
