package id.serambi.quiz.gift;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text formats a GIFT text may name in front of it ({@code [html]}, {@code [moodle]},
 * {@code [plain]}, {@code [markdown]}), as Moodle treats them. Every text has a plain version,
 * which reports, exports and every text but a prompt use: HTML and Moodle's own format (the
 * default, which lets HTML through) lose their tags, {@code [plain]} and {@code [markdown]} answers
 * are kept as written. A prompt may also have an HTML version, which the quiz pages show
 * ({@link #render}): cleaned by {@link GiftHtml}, so nothing an author writes can run.
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

    /**
     * A prompt's plain text and, when the format makes it more than plain text, its safe HTML.
     *
     * @param html empty when the text shows the same without HTML
     */
    record Rendered(String text, java.util.Optional<String> html) {
    }

    /**
     * A prompt as Moodle would show it: {@code [plain]} as written (Moodle escapes it);
     * {@code [html]} as HTML, and Moodle's own format as HTML whose line ends are breaks, both
     * only when they hold a tag or an entity; {@code [markdown]} rendered. The plain text of an
     * HTML prompt is that HTML's text, so that an HTML prompt written out and read again (as
     * {@code [html]}) gives back the same text and HTML.
     */
    Rendered render(String written) {
        String html = switch (this) {
            case PLAIN -> null;
            case MARKDOWN -> GiftHtml.markdown(written);
            case MOODLE -> marked(written) ? written.strip().replace("\n", "<br>\n") : null;
            case HTML -> marked(written) ? written.strip() : null;
        };
        if (html == null) {
            return new Rendered(toText(written), java.util.Optional.empty());
        }
        String clean = GiftHtml.clean(html);
        return new Rendered(HTML.toText(clean), java.util.Optional.of(clean));
    }

    /** Whether the text holds a tag or an entity, so that HTML would show it otherwise than plain text. */
    private static boolean marked(String text) {
        return TAG.matcher(text).find() || ENTITY.matcher(text).find();
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
