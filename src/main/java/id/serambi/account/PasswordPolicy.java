package id.serambi.account;

import java.util.Optional;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters (counted as a person counts
 * them, so an emoji is one), and not absurdly long, since every character is hashed.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;

    private PasswordPolicy() {
    }

    /** The message key of what is wrong with {@code password}, or empty when it is acceptable. */
    public static Optional<String> problem(String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("account.password.short");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("account.password.long");
        }
        return Optional.empty();
    }
}
