package id.serambi.account;

import id.serambi.db.Writes;
import org.jdbi.v3.core.Jdbi;

import java.util.Optional;

/**
 * The sessions table, apart from the accounts it points to: a session is looked up on every
 * request, an account only at login and by admins. SQL only: the rules live in {@link Sessions}.
 * Expired sessions are pruned with the failed logins by {@link AccountStore#prune}, and a disabled
 * account loses its sessions in the same transaction by {@link AccountStore#setDisabled}.
 */
public final class SessionStore {
    private final Jdbi jdbi;

    public SessionStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void addSession(String tokenHash, String userId, long now, long expiresAt) {
        Writes.useTransaction(jdbi, h -> h.createUpdate("""
                        insert into sessions (token_hash, user_id, created_at, expires_at, last_seen)
                        values (:t, :u, :now, :exp, :now)""")
                .bind("t", tokenHash).bind("u", userId).bind("now", now).bind("exp", expiresAt).execute());
    }

    /** The enabled account of a session that has not expired. */
    public Optional<User> sessionUser(String tokenHash, long now) {
        return jdbi.withHandle(h -> h.createQuery("select u.id, u.username, u.role, u.disabled, u.created_at"
                        + " from sessions s join users u on u.id = s.user_id"
                        + " where s.token_hash = :t and s.expires_at > :now and u.disabled = 0")
                .bind("t", tokenHash).bind("now", now).map((rs, ctx) -> AccountStore.user(rs)).findOne());
    }

    /** Moves a session's expiry on; returns false when it no longer exists. */
    public boolean touchSession(String tokenHash, long now, long expiresAt) {
        return Writes.inTransaction(jdbi, h -> h.createUpdate(
                        "update sessions set last_seen = :now, expires_at = :exp where token_hash = :t")
                .bind("now", now).bind("exp", expiresAt).bind("t", tokenHash).execute()) > 0;
    }

    public void deleteSession(String tokenHash) {
        Writes.useTransaction(jdbi, h -> h.createUpdate("delete from sessions where token_hash = :t").bind("t", tokenHash)
                .execute());
    }

    /** Ends every session of an account but one (after a password change, the one that changed it). */
    public void deleteOtherSessions(String userId, String keepTokenHash) {
        Writes.useTransaction(jdbi, h -> h.createUpdate("delete from sessions where user_id = :u and token_hash <> :t")
                .bind("u", userId).bind("t", keepTokenHash).execute());
    }
}
