package id.serambi.chat.engine;

import java.time.LocalTime;

/**
 * Opening hours within one day, {@code open} inclusive and {@code close} exclusive. A close of
 * midnight means the end of the day, so "00.00-24.00" is open all day.
 */
public record TimeRange(LocalTime open, LocalTime close) {

    public TimeRange {
        if (!close.equals(LocalTime.MIDNIGHT) && !open.isBefore(close)) {
            throw new IllegalArgumentException("opening " + open + " is not before closing " + close);
        }
    }

    public boolean contains(LocalTime t) {
        return !t.isBefore(open) && (close.equals(LocalTime.MIDNIGHT) || t.isBefore(close));
    }

    /** As authors write it: {@code 08.00-16.00}. */
    @Override
    public String toString() {
        return format(open, false) + "-" + format(close, true);
    }

    private static String format(LocalTime t, boolean isClose) {
        if (isClose && t.equals(LocalTime.MIDNIGHT)) {
            return "24.00";
        }
        return String.format("%02d.%02d", t.getHour(), t.getMinute());
    }
}
