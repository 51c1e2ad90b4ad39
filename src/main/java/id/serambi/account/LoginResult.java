package id.serambi.account;

/** What a login attempt gave. */
public sealed interface LoginResult {
    /** Logged in: the session token goes in the cookie; only its hash is stored. */
    record Success(User user, String token) implements LoginResult {
    }

    /** Unknown username, wrong password or a disabled account: the visitor is not told which. */
    record Refused() implements LoginResult {
    }

    /** Too many failures lately for this account or from this address: try again later. */
    record Throttled(long retryAfterSeconds) implements LoginResult {
    }
}
