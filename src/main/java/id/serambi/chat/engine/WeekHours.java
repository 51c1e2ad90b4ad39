package id.serambi.chat.engine;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Business hours per weekday, in the menu's time zone; a day without ranges is closed. */
public record WeekHours(Map<DayOfWeek, List<TimeRange>> days) {

    public static final WeekHours NONE = new WeekHours(Map.of());

    public WeekHours {
        Map<DayOfWeek, List<TimeRange>> copy = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, ranges) -> {
            if (!ranges.isEmpty()) {
                copy.put(day, List.copyOf(ranges));
            }
        });
        days = java.util.Collections.unmodifiableMap(copy);
    }

    public boolean isEmpty() {
        return days.isEmpty();
    }

    public List<TimeRange> on(DayOfWeek day) {
        return days.getOrDefault(day, List.of());
    }

    public boolean isOpen(LocalDateTime t) {
        for (TimeRange range : on(t.getDayOfWeek())) {
            if (range.contains(t.toLocalTime())) {
                return true;
            }
        }
        return false;
    }

    /**
     * When the office last closed at or before {@code t}, looking back one week: the start of the
     * closed stretch that {@code t} falls in. Empty when it never opens.
     */
    public Optional<LocalDateTime> lastClose(LocalDateTime t) {
        Optional<LocalDateTime> best = Optional.empty();
        for (int back = 0; back <= 7; back++) {
            LocalDateTime dayStart = t.toLocalDate().minusDays(back).atStartOfDay();
            for (TimeRange range : on(dayStart.getDayOfWeek())) {
                LocalDateTime close = range.close().equals(LocalTime.MIDNIGHT)
                        ? dayStart.plusDays(1) : dayStart.with(range.close());
                if (!close.isAfter(t) && (best.isEmpty() || close.isAfter(best.get()))) {
                    best = Optional.of(close);
                }
            }
            if (best.isPresent()) {
                return best;
            }
        }
        return best;
    }
}
