package id.serambi.workshop.model;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Counts events per key (an address) within a sliding window, in this process's memory: enough to
 * make guessing join codes slow, as a code is only worth guessing while its workshop is open.
 * Keys whose events have all left the window are dropped, so memory follows current traffic.
 */
public final class RateLimit {
    /** Past this many keys, the idle ones are swept out before another is added. */
    private static final int SWEEP_AT = 10_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> events = new HashMap<>();

    public RateLimit(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Twenty wrong codes in ten minutes: far more than a room mistypes, far too few to guess one. */
    public static RateLimit wrongCodes(Clock clock) {
        return new RateLimit(20, Duration.ofMinutes(10), clock);
    }

    /** How long {@code key} must wait before it may try again; empty when it may now. */
    public synchronized Optional<Duration> wait(String key) {
        Instant now = clock.instant();
        Deque<Instant> mine = events.get(key);
        if (mine == null || prune(mine, now) < limit) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, mine.peekFirst().plus(window));
        return Optional.of(left.isNegative() ? Duration.ZERO : left);
    }

    public synchronized void note(String key) {
        Instant now = clock.instant();
        if (events.size() >= SWEEP_AT && !events.containsKey(key)) {
            sweep(now);
        }
        events.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(now);
    }

    private int prune(Deque<Instant> mine, Instant now) {
        Instant since = now.minus(window);
        while (!mine.isEmpty() && !mine.peekFirst().isAfter(since)) {
            mine.pollFirst();
        }
        return mine.size();
    }

    private void sweep(Instant now) {
        for (Iterator<Deque<Instant>> it = events.values().iterator(); it.hasNext(); ) {
            if (prune(it.next(), now) == 0) {
                it.remove();
            }
        }
    }
}
