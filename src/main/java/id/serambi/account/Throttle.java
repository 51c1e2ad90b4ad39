package id.serambi.account;

import java.time.Duration;

/**
 * When logins are refused without checking the password: after {@code limit} failures within
 * {@code window}, counted for the account and, separately, for the address they came from.
 */
public record Throttle(int limit, Duration window) {
    public static final Throttle DEFAULT = new Throttle(5, Duration.ofMinutes(15));

    /** True when this many failures within the window block the next attempt. */
    public boolean blocks(int failuresInWindow) {
        return failuresInWindow >= limit;
    }
}
