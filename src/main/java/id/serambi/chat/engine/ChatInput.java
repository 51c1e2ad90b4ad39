package id.serambi.chat.engine;

import java.util.Locale;
import java.util.Map;

/**
 * Reads what a citizen typed the way a forgiving person would: "menu", " MENU." and "Menu!" are
 * the same word, and "1", "1.", " 1 " and "satu" the same choice. Hand-written loops rather than
 * regular expressions, because this runs on every message.
 */
public final class ChatInput {
    /** What a choice resolves to when the text is not a number. */
    public static final int NONE = -1;
    public static final int BACK = 0;

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("nol", 0), Map.entry("kembali", 0),
            Map.entry("satu", 1), Map.entry("dua", 2), Map.entry("tiga", 3), Map.entry("empat", 4),
            Map.entry("lima", 5), Map.entry("enam", 6), Map.entry("tujuh", 7), Map.entry("delapan", 8),
            Map.entry("sembilan", 9), Map.entry("sepuluh", 10));

    private ChatInput() {
    }

    /** Lower case, without surrounding spaces or trailing punctuation. */
    public static String normalize(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && (isSpace(text.charAt(end - 1)) || isTrailingMark(text.charAt(end - 1)))) {
            end--;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** The option number in a normalized text: digits or an Indonesian number word; {@link #NONE} otherwise. */
    public static int number(String normalized) {
        int n = normalized.length();
        if (n == 0) {
            return NONE;
        }
        if (n <= 3) {
            int value = 0;
            boolean digits = true;
            for (int i = 0; i < n && digits; i++) {
                char c = normalized.charAt(i);
                digits = c >= '0' && c <= '9';
                value = value * 10 + (c - '0');
            }
            if (digits) {
                return value;
            }
        }
        return WORDS.getOrDefault(normalized, NONE);
    }

    public static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\uFEFF';
    }

    private static boolean isTrailingMark(char c) {
        return c == '.' || c == '!' || c == '?' || c == ',' || c == ';' || c == ':' || c == ')' || c == '\u2026';
    }
}
