package id.serambi.chat.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The simulator's clock, which a trainee moves forward to see the greeting and the away message
 * react: an hour on, the next morning, two weeks on (the greeting returns), or to the moment the
 * office next closes (the away message starts). Times are read in the menu's own zone.
 */
public final class SimClock {
    /** When the office opens in the morning, for "next morning". */
    static final LocalTime MORNING = LocalTime.of(8, 0);

    /** A button on the clock; {@code key} is what the form posts. */
    public enum Jump {
        HOUR("jam"), MORNING("besok"), FORTNIGHT("14-hari"), CLOSED("tutup");

        private final String key;

        Jump(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static Optional<Jump> of(String key) {
            for (Jump j : values()) {
                if (j.key.equals(key)) {
                    return Optional.of(j);
                }
            }
            return Optional.empty();
        }
    }

    private SimClock() {
    }

    /** The time after the jump; never earlier than {@code now}. */
    public static Instant jump(Jump jump, Instant now, ZoneId zone, WeekHours hours) {
        return switch (jump) {
            case HOUR -> now.plus(Duration.ofHours(1));
            case FORTNIGHT -> now.plus(ChatEngine.GREETING_AFTER);
            case MORNING -> LocalDate.ofInstant(now, zone).plusDays(1).atTime(MORNING).atZone(zone).toInstant();
            case CLOSED -> nextClose(LocalDateTime.ofInstant(now, zone), hours)
                    .map(t -> t.atZone(zone).toInstant()).orElse(now);
        };
    }

    /**
     * The next moment after {@code t} at which the office closes: today's closing time while it is
     * open, else the closing time after it next opens. Empty for an office with no hours.
     */
    static Optional<LocalDateTime> nextClose(LocalDateTime t, WeekHours hours) {
        for (int ahead = 0; ahead <= 8; ahead++) {
            LocalDateTime day = t.toLocalDate().plusDays(ahead).atStartOfDay();
            LocalDateTime best = null;
            for (TimeRange range : hours.on(day.getDayOfWeek())) {
                LocalDateTime close = range.close().equals(LocalTime.MIDNIGHT) ? day.plusDays(1) : day.with(range.close());
                if (close.isAfter(t) && !hours.isOpen(close) && (best == null || close.isBefore(best))) {
                    best = close;
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }
}
