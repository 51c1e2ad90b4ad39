package id.serambi.account;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordsTest {
    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void a_hash_is_argon2id_at_the_product_cost_and_matches_only_its_password() {
        String hash = hasher.hash("sandi-rahasia-123");
        assertTrue(hash.startsWith("$argon2id$v=19$m=32768,t=4,p=1$"), hash);
        assertTrue(hasher.matches("sandi-rahasia-123", hash));
        assertFalse(hasher.matches("sandi-rahasia-124", hash));
    }

    @Test
    void the_same_password_hashes_differently_each_time() {
        PasswordHasher cheap = new PasswordHasher(1024, 1);
        String a = cheap.hash("sama-sama-saja");
        String b = cheap.hash("sama-sama-saja");
        assertNotEquals(a, b, "each hash has its own salt");
        assertTrue(cheap.matches("sama-sama-saja", a) && cheap.matches("sama-sama-saja", b));
    }

    @Test
    void a_hash_made_at_another_cost_still_verifies() {
        String cheapHash = new PasswordHasher(1024, 1).hash("sandi-lama-sekali");
        assertTrue(hasher.matches("sandi-lama-sekali", cheapHash));
    }

    @Test
    void a_malformed_hash_matches_nothing() {
        assertFalse(hasher.matches("apa-saja-boleh", "bukan-hash"));
        assertFalse(hasher.matches("apa-saja-boleh", ""));
    }

    @Test
    void passwords_shorter_than_ten_characters_are_refused() {
        assertEquals(Optional.of("account.password.short"), PasswordPolicy.problem("123456789"));
        assertEquals(Optional.of("account.password.short"), PasswordPolicy.problem(""));
        assertEquals(Optional.of("account.password.short"), PasswordPolicy.problem(null));
        assertEquals(Optional.empty(), PasswordPolicy.problem("1234567890"));
    }

    @Test
    void length_counts_characters_not_utf16_units() {
        // nine emoji are eighteen UTF-16 units but nine characters: still too short
        assertEquals(Optional.of("account.password.short"), PasswordPolicy.problem("😀".repeat(9)));
        assertEquals(Optional.empty(), PasswordPolicy.problem("😀".repeat(10)));
    }

    @Test
    void passwords_over_two_hundred_characters_are_refused() {
        assertEquals(Optional.empty(), PasswordPolicy.problem("a".repeat(200)));
        assertEquals(Optional.of("account.password.long"), PasswordPolicy.problem("a".repeat(201)));
    }
}
