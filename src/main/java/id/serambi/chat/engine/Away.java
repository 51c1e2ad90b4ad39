package id.serambi.chat.engine;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The away message and when it applies, as the WhatsApp Business app offers it: always, on a
 * custom schedule (from a date and time to another), or outside business hours.
 */
public record Away(String text, Schedule schedule) {

    public sealed interface Schedule permits Always, Custom, OutsideHours {
        String key();
    }

    public record Always() implements Schedule {
        @Override
        public String key() {
            return "always";
        }
    }

    public record OutsideHours() implements Schedule {
        @Override
        public String key() {
            return "outside-hours";
        }
    }

    /** From {@code from} (inclusive) to {@code to} (exclusive), local times in the menu's zone. */
    public record Custom(LocalDateTime from, LocalDateTime to) implements Schedule {
        @Override
        public String key() {
            return "custom";
        }
    }

    public boolean appliesAt(LocalDateTime local, WeekHours hours) {
        if (schedule instanceof Custom c) {
            return !local.isBefore(c.from()) && local.isBefore(c.to());
        }
        return schedule instanceof Always || !hours.isOpen(local);
    }

    /**
     * When the away stretch containing {@code local} began; empty when it has no start (always,
     * or an office that never opens). An away message sent before this start is from an earlier
     * stretch, so a new one is due.
     */
    public Optional<Instant> periodStart(LocalDateTime local, WeekHours hours, ZoneId zone) {
        if (schedule instanceof Custom c) {
            return Optional.of(c.from().atZone(zone).toInstant());
        }
        if (schedule instanceof OutsideHours) {
            return hours.lastClose(local).map(t -> t.atZone(zone).toInstant());
        }
        return Optional.empty();
    }
}
