package id.serambi.workshop.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret a participant's phone keeps to return to the same seat. Only its SHA-256 is stored: the
 * token is 32 random bytes, so a plain hash cannot be guessed back, and a leaked table lets no one
 * take a seat. Anything that is not shaped like a token is not looked up at all.
 */
public final class SeatToken {
    /** The cookie a phone keeps its seat's token in. */
    public static final String COOKIE = "serambi_peserta";
    /** A workshop lasts a day or two; a week covers a session continued after a weekend. */
    public static final int COOKIE_SECONDS = 7 * 24 * 3600;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private SeatToken() {
    }

    public static String random(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static boolean wellFormed(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }

    /**
     * Where a seat's row matches the token's hash (bound as {@code :hash}): the token the seat was
     * taken with, or another phone's the trainer let in. For a query on {@code workshop_participant p}.
     */
    static final String SEAT_OF_HASH = "(p.token_hash = :hash or p.id = "
            + "(select d.participant_id from workshop_device d where d.token_hash = :hash))";

    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
