package id.serambi.account;

import id.serambi.db.Writes;
import org.jdbi.v3.core.Jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Accounts, failed logins, sign-up attempts and the audit log. SQL only: the rules live in
 * {@link Accounts}. Sessions have their own {@link SessionStore}; this store deletes them only in
 * one transaction with a change of its own (disabling an account, pruning).
 */
public final class AccountStore {
    private static final String USER_COLUMNS = "id, username, role, disabled, created_at";
    private final Jdbi jdbi;

    public AccountStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** An account with its password hash, for checking a login. */
    public record Credentials(User user, String passwordHash) {
    }

    /** Adds an account; false when the username is taken (checked and inserted in one transaction). */
    public boolean create(User user, String passwordHash) {
        return create(user, passwordHash, null);
    }

    /**
     * Adds an account with its learner id (null: given at its first login); false when the username
     * is taken (checked and inserted in one transaction).
     */
    public boolean create(User user, String passwordHash, String learnerId) {
        return Writes.inTransaction(jdbi, h -> {
            boolean taken = h.createQuery("select count(*) from users where username = :u")
                    .bind("u", user.username()).mapTo(Integer.class).one() > 0;
            if (taken) {
                return false;
            }
            h.createUpdate("""
                            insert into users (id, username, role, password_hash, disabled, created_at, learner_id)
                            values (:id, :username, :role, :hash, :disabled, :at, :learner)""")
                    .bind("id", user.id()).bind("username", user.username()).bind("role", user.role().code())
                    .bind("hash", passwordHash).bind("disabled", user.disabled() ? 1 : 0)
                    .bind("at", user.createdAt()).bind("learner", learnerId).execute();
            return true;
        });
    }

    /** The account's learner id; empty for an account made before accounts had one. */
    public Optional<String> learnerId(String userId) {
        return jdbi.withHandle(h -> h.createQuery("select learner_id from users where id = :id")
                .bind("id", userId).mapTo(String.class).findOne());
    }

    /** Gives an account without a learner id this one; returns the id the account has afterwards. */
    public String giveLearnerId(String userId, String learnerId) {
        return Writes.inTransaction(jdbi, h -> {
            h.createUpdate("update users set learner_id = :l where id = :id and learner_id is null")
                    .bind("l", learnerId).bind("id", userId).execute();
            return h.createQuery("select learner_id from users where id = :id").bind("id", userId)
                    .mapTo(String.class).one();
        });
    }

    /** Whether an account already has this learner id. */
    public boolean learnerIdTaken(String learnerId) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from users where learner_id = :l")
                .bind("l", learnerId).mapTo(Integer.class).one() > 0);
    }

    public void addSignUp(String ip, long at) {
        Writes.useTransaction(jdbi, h -> h.createUpdate("insert into signup_attempts (ip, at) values (:ip, :at)")
                .bind("ip", ip).bind("at", at).execute());
    }

    public int signUpsFromIp(String ip, long since) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select count(*) from signup_attempts where ip = :ip and at >= :since")
                .bind("ip", ip).bind("since", since).mapTo(Integer.class).one());
    }

    /** Adds the first account; false when there is already one (checked and inserted in one transaction). */
    public boolean createFirst(User user, String passwordHash, String learnerId) {
        return Writes.inTransaction(jdbi, h -> {
            if (h.createQuery("select count(*) from users").mapTo(Integer.class).one() > 0) {
                return false;
            }
            h.createUpdate("""
                            insert into users (id, username, role, password_hash, disabled, created_at, learner_id)
                            values (:id, :username, :role, :hash, 0, :at, :learner)""")
                    .bind("id", user.id()).bind("username", user.username()).bind("role", user.role().code())
                    .bind("hash", passwordHash).bind("at", user.createdAt()).bind("learner", learnerId).execute();
            return true;
        });
    }

    public Optional<Credentials> credentials(String username) {
        return jdbi.withHandle(h -> h.createQuery("select " + USER_COLUMNS + ", password_hash from users"
                        + " where username = :u")
                .bind("u", username)
                .map((rs, ctx) -> new Credentials(user(rs), rs.getString("password_hash"))).findOne());
    }

    public Optional<User> byId(String id) {
        return jdbi.withHandle(h -> h.createQuery("select " + USER_COLUMNS + " from users where id = :id")
                .bind("id", id).map((rs, ctx) -> user(rs)).findOne());
    }

    public List<User> all() {
        return jdbi.withHandle(h -> h.createQuery("select " + USER_COLUMNS + " from users order by username")
                .map((rs, ctx) -> user(rs)).list());
    }

    public int count() {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from users").mapTo(Integer.class).one());
    }

    public void setPassword(String userId, String passwordHash) {
        Writes.useTransaction(jdbi, h -> h.createUpdate("update users set password_hash = :hash where id = :id")
                .bind("hash", passwordHash).bind("id", userId).execute());
    }

    /** Disables or enables an account; disabling also ends its sessions. */
    public void setDisabled(String userId, boolean disabled) {
        Writes.useTransaction(jdbi, h -> {
            h.createUpdate("update users set disabled = :d where id = :id")
                    .bind("d", disabled ? 1 : 0).bind("id", userId).execute();
            if (disabled) {
                h.createUpdate("delete from sessions where user_id = :id").bind("id", userId).execute();
            }
        });
    }

    public void addFailure(String username, String ip, long at) {
        Writes.useTransaction(jdbi, h -> h.createUpdate("insert into login_failures (username, ip, at) values (:u, :ip, :at)")
                .bind("u", username).bind("ip", ip).bind("at", at).execute());
    }

    /** Failed logins since {@code since}: for the account, and from the address. */
    public int failuresForUsername(String username, long since) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select count(*) from login_failures where username = :u and at >= :since")
                .bind("u", username).bind("since", since).mapTo(Integer.class).one());
    }

    public int failuresFromIp(String ip, long since) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from login_failures where ip = :ip and at >= :since")
                .bind("ip", ip).bind("since", since).mapTo(Integer.class).one());
    }

    /** Forgets failures older than the throttle window, and expired sessions. */
    public void prune(long failuresBefore, long now) {
        Writes.useTransaction(jdbi, h -> {
            h.createUpdate("delete from login_failures where at < :b").bind("b", failuresBefore).execute();
            h.createUpdate("delete from signup_attempts where at < :b").bind("b", failuresBefore).execute();
            h.createUpdate("delete from sessions where expires_at <= :now").bind("now", now).execute();
        });
    }

    public void audit(String id, long at, String actorId, String action, String target, String detail) {
        Writes.useTransaction(jdbi, h -> h.createUpdate("""
                        insert into audit_log (id, at, actor_id, action, target, detail)
                        values (:id, :at, :actor, :action, :target, :detail)""")
                .bind("id", id).bind("at", at).bind("actor", actorId).bind("action", action)
                .bind("target", target).bind("detail", detail).execute());
    }

    /** The newest audit entries first. */
    public List<AuditEntry> auditLog(int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select a.at, coalesce(u.username, '') as actor, a.action, a.target, a.detail
                        from audit_log a left join users u on u.id = a.actor_id
                        order by a.at desc, a.id limit :limit""")
                .bind("limit", limit)
                .map((rs, ctx) -> new AuditEntry(rs.getLong("at"), rs.getString("actor"), rs.getString("action"),
                        rs.getString("target"), rs.getString("detail"))).list());
    }

    /** An account from a row with the columns of {@code USER_COLUMNS}; {@link SessionStore} reads them too. */
    static User user(ResultSet rs) throws SQLException {
        return new User(rs.getString("id"), rs.getString("username"),
                Role.fromCode(rs.getString("role")).orElseThrow(), rs.getInt("disabled") == 1,
                rs.getLong("created_at"));
    }
}
