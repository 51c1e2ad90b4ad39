package id.serambi.quiz.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * How typed answers are compared: short answers as Moodle compares them, with numbers written in
 * words read as their digits; numbers as Indonesians and others write them.
 */
public final class AnswerText {
    /** Digits, with a decimal comma or point: "3,5", "3.5", ",5". */
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)");
    /** Thousands grouped with dots, as Indonesians write them, with an optional decimal comma: "1.500", "2.000.000,5". */
    private static final Pattern DOTTED = Pattern.compile("[+-]?[1-9]\\d{0,2}(\\.\\d{3})+(,\\d+)?");
    /** Thousands grouped with commas, as English writes them, with a decimal point: "1,500.25". */
    private static final Pattern COMMAED = Pattern.compile("[+-]?[1-9]\\d{0,2}(,\\d{3})+\\.\\d+");
    /** Thousands grouped with spaces: "1 500". */
    private static final Pattern SPACED = Pattern.compile("[+-]?[1-9]\\d{0,2}( \\d{3})+([.,]\\d+)?");
    /** Scientific notation: "1,5e3", "2.5E-4", "1,5 x 10^3", "1,5 × 10^-3". */
    private static final Pattern SCIENTIFIC = Pattern.compile(
            "(?<m>[^eE×x*]+?)\\s*(?:[eE](?<e>[+-]?\\d+)|[×x*]\\s*10\\s*\\^\\s*(?<p>[+-]?\\d+))");

    /** A run of stars not written as {@code \\*}: Moodle's wildcard. */
    private static final Pattern UNESCAPED_STARS = Pattern.compile("(?<!\\\\)\\*+");

    private AnswerText() {
    }

    /**
     * Whether the answer matches the accepted pattern as Moodle's short answer compares them
     * ({@code compare_string_with_wildcard}): both in Unicode NFC, the answer trimmed at its ends
     * only (its inner spaces count), without regard to case; a run of {@code *} stands for any
     * text, even none, and {@code \*} for a star. Numbers in words count as their digits on both
     * sides, so "lima belas kriteria" matches {@code 15 kriteria}.
     */
    public static boolean matches(String pattern, String answer) {
        StringBuilder regex = new StringBuilder();
        for (String part : UNESCAPED_STARS.split(nfc(trim(pattern)), -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(words(part.replace("\\*", "*"))));
        }
        if (regex.isEmpty()) {
            regex.append(Pattern.quote(""));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(words(nfc(trim(answer)))).matches();
    }

    /** Lower case, with every run of number words as its digits. */
    private static String words(String text) {
        return NumberWords.digits(text.toLowerCase(Locale.ROOT));
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

    /**
     * A typed number: digits with a decimal comma or point, thousands grouped with dots (the
     * Indonesian way, so "1.500" is fifteen hundred), with commas before a decimal point, or with
     * spaces; scientific notation; or a whole number in words ("lima belas"). A single dot before
     * exactly three digits is read as a thousands dot, as an Indonesian reader means it.
     */
    public static OptionalDouble number(String text) {
        String t = text.strip().replace('\u2212', '-').replace('\u00a0', ' ');
        java.util.regex.Matcher sci = SCIENTIFIC.matcher(t);
        if (sci.matches()) {
            OptionalDouble mantissa = plain(sci.group("m").strip());
            String exponent = sci.group("e") != null ? sci.group("e") : sci.group("p");
            if (mantissa.isPresent() && exponent.length() <= 4) {
                double value = mantissa.getAsDouble() * Math.pow(10, Integer.parseInt(exponent));
                return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
            }
            return OptionalDouble.empty();
        }
        OptionalDouble plain = plain(t);
        if (plain.isPresent()) {
            return plain;
        }
        java.util.OptionalLong words = NumberWords.number(t.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        return words.isPresent() ? OptionalDouble.of(words.getAsLong()) : OptionalDouble.empty();
    }

    private static OptionalDouble plain(String t) {
        String digits;
        if (DOTTED.matcher(t).matches()) {
            digits = t.replace(".", "").replace(',', '.');
        } else if (COMMAED.matcher(t).matches()) {
            digits = t.replace(",", "");
        } else if (SPACED.matcher(t).matches()) {
            digits = t.replace(" ", "").replace(',', '.');
        } else if (PLAIN.matcher(t).matches()) {
            digits = t.replace(',', '.');
        } else {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(digits));
    }
}
