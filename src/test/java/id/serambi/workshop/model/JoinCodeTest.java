package id.serambi.workshop.model;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JoinCodeTest {
    private final SecureRandom random = new SecureRandom();

    @Test
    void the_alphabet_has_no_look_alikes_and_no_repeats() {
        for (char c : "0O1IL2Z5S8Bol".toCharArray()) {
            assertTrue(JoinCode.ALPHABET.indexOf(c) < 0, "look-alike in the alphabet: " + c);
        }
        assertEquals(JoinCode.ALPHABET.length(), JoinCode.ALPHABET.chars().distinct().count());
        assertEquals(25, JoinCode.ALPHABET.length());
    }

    @Test
    void generated_codes_are_six_characters_of_the_alphabet_and_use_all_of_it() {
        Set<Character> used = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = JoinCode.random(random).value();
            assertEquals(6, code.length());
            for (char c : code.toCharArray()) {
                assertTrue(JoinCode.ALPHABET.indexOf(c) >= 0, code);
                used.add(c);
            }
        }
        // 12,000 draws over 25 characters: a character never drawn would mean a broken generator
        assertEquals(25, used.size());
    }

    @Test
    void typed_codes_are_upper_cased_and_stripped_of_spaces_and_hyphens() {
        assertEquals(Optional.of(new JoinCode("ACD467")), JoinCode.parse("acd467"));
        assertEquals(Optional.of(new JoinCode("ACD467")), JoinCode.parse(" ACD 467 "));
        assertEquals(Optional.of(new JoinCode("ACD467")), JoinCode.parse("acd-467"));
        assertEquals(Optional.of(new JoinCode("ACD467")), JoinCode.parse(new JoinCode("ACD467").shown()));
    }

    @Test
    void a_look_alike_is_not_guessed_into_another_character() {
        // O could be 0 and both are missing from the alphabet: the code is refused, not changed
        assertEquals(Optional.empty(), JoinCode.parse("ACDO67"));
        assertEquals(Optional.empty(), JoinCode.parse("ACD067"));
        assertEquals(Optional.empty(), JoinCode.parse("acdl67"));
        assertEquals(Optional.empty(), JoinCode.parse("ACD5S7"));
    }

    @Test
    void a_code_of_the_wrong_length_or_nothing_is_no_code() {
        assertEquals(Optional.empty(), JoinCode.parse("ACD46"));
        assertEquals(Optional.empty(), JoinCode.parse("ACD4677"));
        assertEquals(Optional.empty(), JoinCode.parse(""));
        assertEquals(Optional.empty(), JoinCode.parse(null));
        assertThrows(IllegalArgumentException.class, () -> new JoinCode("acd467"));
    }

    @Test
    void a_taken_code_is_drawn_again() {
        List<JoinCode> drawn = new java.util.ArrayList<>();
        AtomicInteger asked = new AtomicInteger();
        JoinCode fresh = JoinCode.fresh(random, code -> {
            drawn.add(code);
            return asked.incrementAndGet() <= 3;
        });
        assertEquals(4, drawn.size());
        assertEquals(drawn.get(3), fresh);
    }

    @Test
    void drawing_gives_up_when_every_code_is_taken() {
        AtomicInteger asked = new AtomicInteger();
        assertThrows(IllegalStateException.class, () -> JoinCode.fresh(random, code -> {
            asked.incrementAndGet();
            return true;
        }));
        assertEquals(JoinCode.MAX_TRIES, asked.get());
    }

    @Test
    void two_codes_drawn_in_a_row_differ() {
        assertNotEquals(JoinCode.random(random), JoinCode.random(random));
        assertFalse(JoinCode.random(random).shown().isBlank());
    }
}
