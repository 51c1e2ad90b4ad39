package id.serambi.quiz.gift;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text formats a GIFT text may name in front of it ({@code [html]}, {@code [moodle]},
 * {@code [plain]}, {@code [markdown]}), each turned into the plain text our pages show (they escape
 * every text, so nothing an author writes can run as HTML). Moodle's own format, the default, lets
 * HTML through, so its tags are taken off as for {@code [html]}; {@code [markdown]} and
 * {@code [plain]} are kept as written.
 */
enum GiftFormat {
    MOODLE, HTML, PLAIN, MARKDOWN;

    private static final Pattern DROPPED = Pattern.compile(
            "(?is)<(script|style)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</(p|div|li|h[1-6]|tr)\\s*>");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^<>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ", "ndash", "\u2013", "mdash", "\u2014", "hellip", "\u2026");

    /** The format named by {@code [name]}, if {@code name} is one. */
    static Optional<GiftFormat> named(String name) {
        for (GiftFormat f : values()) {
            if (f.name().toLowerCase(Locale.ROOT).equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    String tag() {
        return "[" + name().toLowerCase(Locale.ROOT) + "]";
    }

    /** The text a learner reads. */
    String toText(String written) {
        return switch (this) {
            case PLAIN, MARKDOWN -> written.strip();
            case MOODLE -> untag(written);
            case HTML -> untag(written.replaceAll("\\s+", " "));
        };
    }

    private static String untag(String html) {
        String text = DROPPED.matcher(html).replaceAll("");
        text = BREAK.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        text = decode(text);
        text = text.replaceAll("[ \\t\\x0B\\f]+", " ").replaceAll(" *\n *", "\n").replaceAll("\n{3,}", "\n\n");
        return text.strip();
    }

    private static String decode(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value;
            if (name.startsWith("#")) {
                boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
                int code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
                value = Character.isValidCodePoint(code) && code != 0 ? Character.toString(code) : m.group();
            } else {
                value = NAMED.getOrDefault(name.toLowerCase(Locale.ROOT), m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
