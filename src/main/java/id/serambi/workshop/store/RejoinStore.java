package id.serambi.workshop.store;

import id.serambi.db.Writes;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Requests to rejoin a seat from another phone, and the phones a trainer let in. The new phone's
 * token is stored as a hash only, as a seat's own token is; once approved it opens that seat.
 */
public final class RejoinStore {
    private final Jdbi jdbi;
    private final SecureRandom random;

    public RejoinStore(Jdbi jdbi, SecureRandom random) {
        this.jdbi = jdbi;
        this.random = random;
    }

    public enum State { PENDING, APPROVED, REFUSED }

    public record Request(String id, String workshopId, String name, State state, Instant requestedAt) {
    }

    /** Notes that the phone holding {@code token} asks to rejoin as {@code name}. */
    public Request ask(String workshopId, String name, String token, String ip, Instant now) {
        Request r = new Request(WorkshopStore.Ids.random(random), workshopId, name, State.PENDING, now);
        Writes.useTransaction(jdbi, h -> h.createUpdate("""
                        insert into workshop_rejoin (id, workshop_id, name, token_hash, ip, state, requested_at)
                        values (:id, :workshop, :name, :hash, :ip, 'PENDING', :now)""")
                .bind("id", r.id()).bind("workshop", workshopId).bind("name", name)
                .bind("hash", SeatToken.hash(token)).bind("ip", ip).bind("now", now.toEpochMilli()).execute());
        return r;
    }

    /** The request the phone holding {@code token} made; nothing for a malformed or unknown token. */
    public Optional<Request> byToken(String token) {
        if (!SeatToken.wellFormed(token)) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> h.createQuery("select * from workshop_rejoin where token_hash = :hash")
                .bind("hash", SeatToken.hash(token)).map(RejoinStore::request).findOne());
    }

    /** The requests the trainer has yet to answer, oldest first. */
    public List<Request> pending(String workshopId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select * from workshop_rejoin where workshop_id = :id and state = 'PENDING'
                        order by requested_at, id""")
                .bind("id", workshopId).map(RejoinStore::request).list());
    }

    /** How many requests {@code ip} made to the workshop since {@code since}. */
    public int madeSince(String workshopId, String ip, Instant since) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select count(*) from workshop_rejoin
                        where workshop_id = :id and ip = :ip and requested_at >= :since""")
                .bind("id", workshopId).bind("ip", ip).bind("since", since.toEpochMilli())
                .mapTo(Integer.class).one());
    }

    /** How many requests of the workshop wait for the trainer. */
    public int pendingCount(String workshopId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select count(*) from workshop_rejoin where workshop_id = :id and state = 'PENDING'")
                .bind("id", workshopId).mapTo(Integer.class).one());
    }

    /**
     * Lets the phone of a pending request into {@code participantId}'s seat. False, changing
     * nothing, unless the request is pending in this workshop and the seat is one of its own.
     */
    public boolean approve(String workshopId, String requestId, String participantId, Instant now) {
        return Writes.inTransaction(jdbi, h -> {
            int decided = h.createUpdate("""
                            update workshop_rejoin set state = 'APPROVED', participant_id = :participant, decided_at = :now
                            where id = :id and workshop_id = :workshop and state = 'PENDING'
                              and exists (select 1 from workshop_participant p
                                          where p.id = :participant and p.workshop_id = :workshop)""")
                    .bind("participant", participantId).bind("now", now.toEpochMilli()).bind("id", requestId)
                    .bind("workshop", workshopId).execute();
            if (decided == 0) {
                return false;
            }
            h.createUpdate("""
                            insert into workshop_device (token_hash, participant_id, added_at)
                            select token_hash, :participant, :now from workshop_rejoin where id = :id""")
                    .bind("participant", participantId).bind("now", now.toEpochMilli()).bind("id", requestId).execute();
            return true;
        });
    }

    /** Refuses a pending request; false, changing nothing, when there is none such in this workshop. */
    public boolean refuse(String workshopId, String requestId, Instant now) {
        return Writes.inTransaction(jdbi, h -> h.createUpdate("""
                        update workshop_rejoin set state = 'REFUSED', decided_at = :now
                        where id = :id and workshop_id = :workshop and state = 'PENDING'""")
                .bind("now", now.toEpochMilli()).bind("id", requestId).bind("workshop", workshopId).execute()) == 1;
    }

    private static Request request(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Request(rs.getString("id"), rs.getString("workshop_id"), rs.getString("name"),
                State.valueOf(rs.getString("state")), Instant.ofEpochMilli(rs.getLong("requested_at")));
    }
}
