package id.serambi.workshop.model;

import id.serambi.workshop.store.SeatToken;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParticipantTest {
    private static Participant joined(String id, String name) {
        return new Participant(id, "w1", name, Participant.Group.WARGA, "h" + id, Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void duplicate_names_are_numbered_in_joining_order_and_the_first_keeps_hers() {
        Roster roster = Roster.of(List.of(joined("a", "Siti"), joined("b", "Budi"), joined("c", "siti"),
                joined("d", "Siti")));
        assertEquals(List.of("Siti", "Budi", "siti (2)", "Siti (3)"),
                roster.entries().stream().map(Roster.Entry::shownName).toList());
        assertEquals("Siti (3)", roster.shownName("d"));
    }

    @Test
    void names_are_trimmed_and_empty_or_overlong_ones_refused() {
        assertEquals(Optional.of("Siti Aminah"), Participant.cleanName("  Siti   Aminah "));
        assertEquals(Optional.empty(), Participant.cleanName("   "));
        assertEquals(Optional.empty(), Participant.cleanName(null));
        assertEquals(Optional.empty(), Participant.cleanName("x".repeat(Participant.MAX_NAME + 1)));
        assertEquals(Optional.of("<b>Budi</b>"), Participant.cleanName("<b>Budi</b>"));
    }

    @Test
    void groups_are_read_from_their_form_values_only() {
        assertEquals(Optional.of(Participant.Group.APARAT), Participant.Group.parse("aparat"));
        assertEquals(Optional.of(Participant.Group.WARGA), Participant.Group.parse("warga"));
        assertEquals(Optional.empty(), Participant.Group.parse("WARGA"));
        assertEquals(Optional.empty(), Participant.Group.parse(null));
    }

    @Test
    void seat_tokens_are_random_well_formed_and_stored_only_as_a_hash() {
        SecureRandom random = new SecureRandom();
        String token = SeatToken.random(random);
        assertTrue(SeatToken.wellFormed(token));
        assertNotEquals(token, SeatToken.random(random));
        assertEquals(64, SeatToken.hash(token).length());
        assertFalse(SeatToken.hash(token).contains(token));
        assertEquals(SeatToken.hash(token), SeatToken.hash(token));
        assertFalse(SeatToken.wellFormed("forged"));
        assertFalse(SeatToken.wellFormed(null));
    }
}
