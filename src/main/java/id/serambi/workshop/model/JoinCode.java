package id.serambi.workshop.model;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The code a participant types to join a workshop: six characters from {@link #ALPHABET}, read off a
 * projector or a whiteboard and typed on a phone.
 *
 * <p>The alphabet leaves out every character that has a look-alike in the other group: 0/O, 1/I/L,
 * 2/Z, 5/S and 8/B (and so both of each pair). Because both sides of each pair are missing, no typed
 * character is ever mapped to another: input is upper-cased and stripped of spaces and hyphens, and
 * anything else outside the alphabet makes it not a code, rather than silently becoming a different
 * code. 25 characters give 25^6 = 244,140,625 codes.
 */
public record JoinCode(String value) {
    public static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
    public static final int LENGTH = 6;
    /** Drawing again this many times finds a free code unless nearly all are taken. */
    static final int MAX_TRIES = 20;

    public JoinCode {
        if (value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("not a join code: " + value);
        }
    }

    /** A code as typed: lower case, spaces and hyphens are accepted; nothing else is guessed. */
    public static Optional<JoinCode> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String cleaned = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (cleaned.length() != LENGTH || !cleaned.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(new JoinCode(cleaned));
    }

    public static JoinCode random(SecureRandom random) {
        char[] chars = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            chars[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new JoinCode(new String(chars));
    }

    /** A random code that {@code taken} does not hold; fails after {@link #MAX_TRIES} draws. */
    public static JoinCode fresh(SecureRandom random, Predicate<JoinCode> taken) {
        for (int i = 0; i < MAX_TRIES; i++) {
            JoinCode code = random(random);
            if (!taken.test(code)) {
                return code;
            }
        }
        throw new IllegalStateException("no free join code after " + MAX_TRIES + " tries");
    }

    /** Two groups of three, easier to read aloud and copy ("ACD EFG"); {@link #parse} accepts it back. */
    public String shown() {
        return value.substring(0, 3) + " " + value.substring(3);
    }

    @Override
    public String toString() {
        return value;
    }
}
