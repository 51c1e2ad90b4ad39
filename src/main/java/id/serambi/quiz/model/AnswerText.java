package id.serambi.quiz.model;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * How typed answers are compared: short answers without regard to case, spacing or numbers written
 * in words; numbers as Indonesians and others write them.
 */
public final class AnswerText {
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
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

    private AnswerText() {
    }

    /** Case, spacing and numbers in words set aside: "Lima  Belas Kriteria" reads as "15 kriteria". */
    static String normalise(String text) {
        return NumberWords.digits(spaced(text));
    }

    private static String spaced(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** Whether the answer matches the accepted pattern, in which {@code *} stands for any text, even none. */
    public static boolean matches(String pattern, String answer) {
        StringBuilder regex = new StringBuilder();
        // numbers in words are read within each part, so "*lima belas*" still means "*15*"
        for (String part : spaced(pattern).split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(NumberWords.digits(part)));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(normalise(answer)).matches();
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
        java.util.OptionalLong words = NumberWords.number(spaced(t));
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
