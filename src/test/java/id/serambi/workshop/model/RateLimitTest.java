package id.serambi.workshop.model;

import id.serambi.support.HandClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RateLimitTest {
    @Test
    void the_twenty_first_wrong_code_in_ten_minutes_waits_until_the_first_leaves_the_window() {
        HandClock clock = new HandClock(Instant.parse("2026-03-02T01:00:00Z"));
        RateLimit limit = RateLimit.wrongCodes(clock);
        limit.note("10.0.0.1");
        clock.advance(Duration.ofSeconds(60));
        for (int i = 0; i < 18; i++) {
            limit.note("10.0.0.1");
        }
        assertEquals(Optional.empty(), limit.wait("10.0.0.1"), "19 wrong codes still pass");
        limit.note("10.0.0.1");
        // The first was at 0 s; it is now 60 s: it leaves the 600 s window in 540 s.
        assertEquals(Optional.of(Duration.ofSeconds(540)), limit.wait("10.0.0.1"));
        assertEquals(Optional.empty(), limit.wait("10.0.0.2"), "another address is not held back");
        clock.advance(Duration.ofSeconds(540));
        assertEquals(Optional.empty(), limit.wait("10.0.0.1"), "19 left in the window");
    }
}
