package id.serambi.account;

import id.serambi.db.Database;
import id.serambi.support.TempFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The accounts migration, {@link AccountStore} and {@link SessionStore} on a real SQLite file;
 * {@link AccountStorePostgresTest} on PostgreSQL.
 */
class AccountStoreTest {
    @Test
    void accounts_sessions_failures_and_audit_round_trip_on_sqlite() throws Exception {
        Path dir = Files.createTempDirectory("serambi-accounts");
        try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("a.db"))) {
            roundTrip(db);
        } finally {
            TempFiles.delete(dir);
        }
    }

    static void roundTrip(Database db) {
        AccountStore store = new AccountStore(db.jdbi());
        User admin = new User("u1", "admin", Role.ADMIN, false, 1_000);
        assertTrue(store.create(admin, "hash-1"));
        assertFalse(store.create(new User("u2", "admin", Role.TRAINER, false, 2_000), "hash-2"),
                "a taken username is refused");
        assertEquals("hash-1", store.credentials("admin").orElseThrow().passwordHash());
        assertEquals(Optional.of(admin), store.byId("u1"));

        SessionStore sessions = new SessionStore(db.jdbi());
        sessions.addSession("t1", "u1", 5_000, 10_000);
        assertEquals(Optional.of(admin), sessions.sessionUser("t1", 9_999));
        assertEquals(Optional.empty(), sessions.sessionUser("t1", 10_000), "an expired session is refused");
        assertTrue(sessions.touchSession("t1", 9_000, 20_000));
        assertEquals(Optional.of(admin), sessions.sessionUser("t1", 10_000));

        store.setDisabled("u1", true);
        assertEquals(Optional.empty(), sessions.sessionUser("t1", 10_000), "disabling ends the sessions");
        assertTrue(store.byId("u1").orElseThrow().disabled());

        store.addFailure("admin", "10.0.0.1", 100);
        store.addFailure("admin", "10.0.0.2", 200);
        store.addFailure("lain", "10.0.0.1", 300);
        assertEquals(1, store.failuresForUsername("admin", 150));
        assertEquals(2, store.failuresFromIp("10.0.0.1", 0));
        store.prune(250, 0);
        assertEquals(0, store.failuresForUsername("admin", 0));

        store.audit("a1", 50, "u1", "user.create", "pelatih", "");
        store.audit("a2", 60, null, "user.create", "admin", "create-admin");
        List<AuditEntry> log = store.auditLog(10);
        assertEquals(List.of(new AuditEntry(60, "", "user.create", "admin", "create-admin"),
                new AuditEntry(50, "admin", "user.create", "pelatih", "")), log);

        assertThrows(RuntimeException.class, () -> db.jdbi().useHandle(h -> h.execute(
                "insert into users (id, username, role, password_hash, created_at) values ('x', 'x', 'tamu', 'h', 1)")),
                "only the three roles are stored");
        learnerIds(store);
    }

    /** An account's learner id, given once and never twice; and sign-ups counted by address. */
    private static void learnerIds(AccountStore store) {
        assertEquals(Optional.empty(), store.learnerId("u1"), "made without one");
        assertEquals("pelajar-1", store.giveLearnerId("u1", "pelajar-1"));
        assertEquals("pelajar-1", store.giveLearnerId("u1", "pelajar-2"), "an account keeps the one it has");
        assertTrue(store.create(new User("u3", "siti", Role.LEARNER, false, 3_000), "hash-3", "perangkat-siti"));
        assertEquals(Optional.of("perangkat-siti"), store.learnerId("u3"));
        assertTrue(store.learnerIdTaken("perangkat-siti"));
        assertFalse(store.learnerIdTaken("perangkat-lain"));
        assertThrows(RuntimeException.class, () -> store.create(new User("u4", "budi", Role.LEARNER, false, 4_000),
                "hash-4", "perangkat-siti"), "two accounts never share a learner id");

        store.addSignUp("10.0.0.1", 100);
        store.addSignUp("10.0.0.1", 200);
        store.addSignUp("10.0.0.2", 300);
        assertEquals(1, store.signUpsFromIp("10.0.0.1", 150));
        store.prune(250, 0);
        assertEquals(0, store.signUpsFromIp("10.0.0.1", 0), "older than the window: forgotten");
    }
}
