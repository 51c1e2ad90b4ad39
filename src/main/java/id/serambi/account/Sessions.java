package id.serambi.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Login sessions, apart from the account rules because every request asks about one. The cookie
 * holds a long random token and the database only its hash, so a copy of the database opens no
 * session.
 */
public final class Sessions {
    public static final Duration LIFETIME = Duration.ofDays(7);

    private final SessionStore store;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Sessions(SessionStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Starts a session for an account that has proved who it is; returns the token for the cookie. */
    String start(User user) {
        return start(user, clock.millis());
    }

    /** As {@link #start(User)}, from {@code now}: a login counts from when it was asked for. */
    String start(User user, long now) {
        String token = token();
        store.addSession(hashOf(token), user.id(), now, now + LIFETIME.toMillis());
        return token;
    }

    /** The account of a session token from a cookie, while the session lasts and the account is enabled. */
    public Optional<User> user(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        return store.sessionUser(hashOf(token), clock.millis());
    }

    public void end(String token) {
        if (token != null && !token.isEmpty()) {
            store.deleteSession(hashOf(token));
        }
    }

    /** Ends every session of the account but the one with {@code keepToken}. */
    void endOthers(User user, String keepToken) {
        store.deleteOtherSessions(user.id(), hashOf(keepToken));
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Tokens are long and random, so a plain SHA-256 (no salt, no cost) is enough to hide them. */
    static String hashOf(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
