package id.serambi.quiz.model;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/** How typed answers are compared: short answers without regard to case and spacing, numbers with either decimal mark. */
public final class AnswerText {
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * A plain decimal with a comma or a point. Grouping marks are not read: "1.000" is one, as a
     * calculator shows it, never a thousand.
     */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)");

    private AnswerText() {
    }

    static String normalise(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** Whether the answer matches the accepted pattern, in which {@code *} stands for any text, even none. */
    public static boolean matches(String pattern, String answer) {
        StringBuilder regex = new StringBuilder();
        for (String part : normalise(pattern).split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(normalise(answer)).matches();
    }

    public static OptionalDouble number(String text) {
        String t = text.strip().replace('\u2212', '-');
        if (!NUMBER.matcher(t).matches()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(t.replace(',', '.')));
    }
}
