package id.serambi.account;

import id.serambi.support.HandClock;
import id.serambi.db.Database;
import id.serambi.support.TempFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The account rules over a real SQLite file, with a cheap hash so the test stays quick. */
class AccountsTest {
    private static final String PASSWORD = "sandi-pelatih-01";
    private Path dir;
    private Database db;
    private final HandClock clock = new HandClock(Instant.parse("2026-11-28T08:00:00Z"));
    private Sessions sessions;
    private Accounts accounts;

    @BeforeEach
    void open() throws Exception {
        dir = Files.createTempDirectory("serambi-accounts");
        db = Database.open("jdbc:sqlite:" + dir.resolve("a.db"));
        sessions = new Sessions(new SessionStore(db.jdbi()), clock);
        accounts = new Accounts(new AccountStore(db.jdbi()), sessions, new PasswordHasher(1024, 1), Throttle.DEFAULT,
                clock);
    }

    @AfterEach
    void close() {
        db.close();
        TempFiles.delete(dir);
    }

    @Test
    void a_created_account_logs_in_and_its_session_finds_it() {
        User made = accounts.create(" Bu.Rina ", Role.TRAINER, PASSWORD, null);
        assertEquals("bu.rina", made.username());
        var ok = assertInstanceOf(LoginResult.Success.class, accounts.login("BU.RINA", PASSWORD, "10.0.0.1"));
        assertEquals(Optional.of(made), sessions.user(ok.token()));
        sessions.end(ok.token());
        assertEquals(Optional.empty(), sessions.user(ok.token()));
    }

    @Test
    void a_taken_username_a_bad_username_and_a_short_password_are_refused() {
        accounts.create("admin", Role.ADMIN, PASSWORD, null);
        assertEquals("account.username.taken",
                assertThrows(AccountProblem.class, () -> accounts.create("Admin", Role.TRAINER, PASSWORD, null)).key());
        assertEquals("account.username.invalid",
                assertThrows(AccountProblem.class, () -> accounts.create("a b", Role.TRAINER, PASSWORD, null)).key());
        assertEquals("account.password.short",
                assertThrows(AccountProblem.class, () -> accounts.create("pelatih", Role.TRAINER, "pendek", null)).key());
    }

    @Test
    void the_sixth_attempt_on_an_account_is_throttled_even_with_the_right_password_until_the_window_passes() {
        accounts.create("pelatih", Role.TRAINER, PASSWORD, null);
        for (int i = 0; i < 5; i++) {
            assertInstanceOf(LoginResult.Refused.class, accounts.login("pelatih", "salah-sekali-" + i, "10.0.0." + i));
        }
        // five failures from five addresses: the account is what is blocked, from a sixth address too
        assertInstanceOf(LoginResult.Throttled.class, accounts.login("pelatih", PASSWORD, "10.0.0.9"));
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertInstanceOf(LoginResult.Success.class, accounts.login("pelatih", PASSWORD, "10.0.0.9"));
    }

    @Test
    void thirty_failures_from_one_address_throttle_that_address_for_every_account() {
        accounts.create("pelatih", Role.TRAINER, PASSWORD, null);
        // a room behind one router: 29 typos spread over many accounts still let the next one in
        for (int i = 0; i < 29; i++) {
            assertInstanceOf(LoginResult.Refused.class, accounts.login("peserta-" + i, PASSWORD, "10.0.0.1"));
        }
        var ok = assertInstanceOf(LoginResult.Success.class, accounts.login("pelatih", PASSWORD, "10.0.0.1"));
        sessions.end(ok.token());
        accounts.login("peserta-29", PASSWORD, "10.0.0.1");
        assertInstanceOf(LoginResult.Throttled.class, accounts.login("pelatih", PASSWORD, "10.0.0.1"));
        assertInstanceOf(LoginResult.Success.class, accounts.login("pelatih", PASSWORD, "10.0.0.2"));
    }

    @Test
    void a_disabled_account_cannot_log_in_and_loses_its_sessions() {
        User made = accounts.create("pelatih", Role.TRAINER, PASSWORD, null);
        var ok = assertInstanceOf(LoginResult.Success.class, accounts.login("pelatih", PASSWORD, "10.0.0.1"));
        new AccountStore(db.jdbi()).setDisabled(made.id(), true);
        assertEquals(Optional.empty(), sessions.user(ok.token()));
        assertInstanceOf(LoginResult.Refused.class, accounts.login("pelatih", PASSWORD, "10.0.0.1"));
    }

    @Test
    void a_session_ends_after_seven_days() {
        accounts.create("pelatih", Role.TRAINER, PASSWORD, null);
        var ok = assertInstanceOf(LoginResult.Success.class, accounts.login("pelatih", PASSWORD, "10.0.0.1"));
        clock.advance(Duration.ofDays(7).minusSeconds(1));
        assertTrue(sessions.user(ok.token()).isPresent());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), sessions.user(ok.token()));
    }

    @Test
    void changing_the_password_needs_the_current_one_and_ends_the_other_sessions() {
        User made = accounts.create("pelatih", Role.TRAINER, PASSWORD, null);
        var here = assertInstanceOf(LoginResult.Success.class, accounts.login("pelatih", PASSWORD, "10.0.0.1"));
        var there = assertInstanceOf(LoginResult.Success.class, accounts.login("pelatih", PASSWORD, "10.0.0.2"));
        assertEquals("account.password.wrong", assertThrows(AccountProblem.class,
                () -> accounts.changePassword(made, here.token(), "bukan-sandinya", "sandi-baru-sekali")).key());
        clock.advance(Duration.ofMinutes(1));
        accounts.changePassword(made, here.token(), PASSWORD, "sandi-baru-sekali");
        assertTrue(sessions.user(here.token()).isPresent());
        assertEquals(Optional.empty(), sessions.user(there.token()));
        assertInstanceOf(LoginResult.Success.class, accounts.login("pelatih", "sandi-baru-sekali", "10.0.0.1"));
        assertEquals("password.change", accounts.auditLog(1).get(0).action());
    }
}
