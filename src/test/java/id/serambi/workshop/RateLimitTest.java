package id.serambi.workshop;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RateLimitTest {
    /** A clock moved on by hand. */
    private static final class Hand extends Clock {
        private Instant now = Instant.parse("2026-03-02T01:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Test
    void the_twenty_first_wrong_code_in_ten_minutes_waits_until_the_first_leaves_the_window() {
        Hand clock = new Hand();
        RateLimit limit = RateLimit.wrongCodes(clock);
        limit.note("10.0.0.1");
        clock.now = clock.now.plusSeconds(60);
        for (int i = 0; i < 18; i++) {
            limit.note("10.0.0.1");
        }
        assertEquals(Optional.empty(), limit.wait("10.0.0.1"), "19 wrong codes still pass");
        limit.note("10.0.0.1");
        // The first was at 0 s; it is now 60 s: it leaves the 600 s window in 540 s.
        assertEquals(Optional.of(Duration.ofSeconds(540)), limit.wait("10.0.0.1"));
        assertEquals(Optional.empty(), limit.wait("10.0.0.2"), "another address is not held back");
        clock.now = clock.now.plusSeconds(540);
        assertEquals(Optional.empty(), limit.wait("10.0.0.1"), "19 left in the window");
    }
}
