package id.serambi.quiz.model;

import java.text.Normalizer;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/** How typed answers are compared: short answers as Moodle compares them, numbers with either decimal mark. */
public final class AnswerText {
    /**
     * A plain decimal with a comma or a point. Grouping marks are not read: "1.000" is one, as a
     * calculator shows it, never a thousand.
     */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)");

    /** A run of stars not written as {@code \*}: Moodle's wildcard. */
    private static final Pattern UNESCAPED_STARS = Pattern.compile("(?<!\\\\)\\*+");

    private AnswerText() {
    }

    /**
     * Whether the answer matches the accepted pattern as Moodle's short answer compares them
     * ({@code compare_string_with_wildcard}): both in Unicode NFC, the answer trimmed at its ends
     * only (its inner spaces count), without regard to case; a run of {@code *} stands for any
     * text, even none, and {@code \*} for a star.
     */
    public static boolean matches(String pattern, String answer) {
        StringBuilder regex = new StringBuilder();
        for (String part : UNESCAPED_STARS.split(nfc(trim(pattern)), -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part.replace("\\*", "*")));
        }
        if (regex.isEmpty()) {
            regex.append(Pattern.quote(""));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(nfc(trim(answer))).matches();
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** PHP's trim: spaces, tabs, line ends, NUL and vertical tab at either end, nothing inside. */
    static String trim(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && " \t\n\r\0\u000B".indexOf(text.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && " \t\n\r\0\u000B".indexOf(text.charAt(to - 1)) >= 0) {
            to--;
        }
        return text.substring(from, to);
    }

    public static OptionalDouble number(String text) {
        String t = text.strip().replace('\u2212', '-');
        if (!NUMBER.matcher(t).matches()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(t.replace(',', '.')));
    }
}
