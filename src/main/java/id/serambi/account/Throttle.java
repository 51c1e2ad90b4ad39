package id.serambi.account;

import java.time.Duration;

/**
 * When logins and sign-ups are refused, counted within {@code window}: logins after
 * {@code perAccount} failures for the account, or {@code perAddress} failures from the address
 * they came from; sign-ups after {@code signUpsPerAddress} from one address.
 *
 * <p>The address limit is the looser one because a training room reaches the server through one
 * router: thirty staff share an address, and a few typos each must not lock the whole room out.
 */
public record Throttle(int perAccount, int perAddress, int signUpsPerAddress, Duration window) {
    public static final Throttle DEFAULT = new Throttle(5, 30, 10, Duration.ofMinutes(15));

    /** True when this many failures on one account within the window block its next login. */
    public boolean blocksAccount(int failuresInWindow) {
        return failuresInWindow >= perAccount;
    }

    /** True when this many failures from one address within the window block its next login. */
    public boolean blocksAddress(int failuresInWindow) {
        return failuresInWindow >= perAddress;
    }

    /** True when this many sign-ups from one address within the window block the next. */
    public boolean blocksSignUp(int signUpsInWindow) {
        return signUpsInWindow >= signUpsPerAddress;
    }
}
