package id.serambi.chat.engine;

/**
 * WhatsApp's text formatting as HTML: *bold*, _italic_, ~strike~, ```monospace``` and clickable
 * http(s) links. The text is escaped first and the formatting is then read from the escaped text,
 * so whatever a citizen or a menu author typed (tags, scripts, quotes) can only ever show as text:
 * the only markup in the result is the handful of tags written here. Line breaks are kept as
 * {@code \n} for a {@code white-space: pre-wrap} bubble.
 */
public final class ChatFormat {
    private static final String CODE = "```";

    private ChatFormat() {
    }

    /** The text as safe HTML with WhatsApp's formatting applied. */
    public static String html(String text) {
        return html(text, true);
    }

    /**
     * The text as safe HTML with WhatsApp's formatting; with {@code liveLinks} false a link shows
     * as a link but is only text, {@code <span class="wa-url">}, for messages that must never be
     * followed (the scam inbox).
     */
    public static String html(String text, boolean liveLinks) {
        String escaped = escape(text == null ? "" : text);
        StringBuilder out = new StringBuilder(escaped.length() + 32);
        int start = 0;
        while (true) {
            int end = escaped.indexOf('\n', start);
            line(end < 0 ? escaped.substring(start) : escaped.substring(start, end), out, liveLinks);
            if (end < 0) {
                return out.toString();
            }
            out.append('\n');
            start = end + 1;
        }
    }

    /** Escapes the five characters that could start markup or end an attribute. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** One line: monospace spans first (nothing inside them is formatted), then the rest. */
    private static void line(String s, StringBuilder out, boolean live) {
        int from = 0;
        while (true) {
            int open = s.indexOf(CODE, from);
            int close = open < 0 ? -1 : s.indexOf(CODE, open + CODE.length() + 1);
            if (close < 0) {
                rich(s.substring(from), out, live);
                return;
            }
            rich(s.substring(from, open), out, live);
            out.append("<code>").append(s, open + CODE.length(), close).append("</code>");
            from = close + CODE.length();
        }
    }

    /** Links and the three emphasis markers, nested properly because each span is read on its own. */
    private static void rich(String s, StringBuilder out, boolean live) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            int link = linkEnd(s, i);
            if (link > i) {
                String url = s.substring(i, link);
                if (live) {
                    out.append("<a href=\"").append(url).append("\" rel=\"noopener noreferrer\" target=\"_blank\">")
                            .append(url).append("</a>");
                } else {
                    out.append("<span class=\"wa-url\">").append(url).append("</span>");
                }
                i = link;
                continue;
            }
            char c = s.charAt(i);
            String tag = c == '*' ? "strong" : c == '_' ? "em" : c == '~' ? "s" : null;
            int close = tag == null ? -1 : closing(s, i);
            if (close > 0) {
                out.append('<').append(tag).append('>');
                rich(s.substring(i + 1, close), out, live);
                out.append("</").append(tag).append('>');
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
    }

    /**
     * Where the marker at {@code i} closes, or -1: as in WhatsApp the marker must not touch a letter
     * or digit on its outer side nor a space on its inner side, so {@code 2*3*4} and {@code a_b_c}
     * stay as typed.
     */
    private static int closing(String s, int i) {
        char m = s.charAt(i);
        int n = s.length();
        if ((i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) || i + 1 >= n
                || Character.isWhitespace(s.charAt(i + 1)) || s.charAt(i + 1) == m) {
            return -1;
        }
        for (int j = i + 2; j < n; j++) {
            if (s.charAt(j) == m && !Character.isWhitespace(s.charAt(j - 1))
                    && (j + 1 == n || !Character.isLetterOrDigit(s.charAt(j + 1)))) {
                return j;
            }
        }
        return -1;
    }

    /**
     * The end of an http(s) link starting at {@code i}, or {@code i} if none starts there. The text
     * is already escaped, so a link stops at a space or at an escaped {@code < > " '}; a full stop or
     * bracket that ends the sentence is not part of it.
     */
    private static int linkEnd(String s, int i) {
        if (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
            return i;
        }
        int scheme = s.startsWith("https://", i) ? 8 : s.startsWith("http://", i) ? 7 : 0;
        if (scheme == 0) {
            return i;
        }
        int j = i + scheme;
        while (j < s.length() && !Character.isWhitespace(s.charAt(j)) && !escapedDelimiter(s, j)) {
            j++;
        }
        while (j > i + scheme && ".,:;!?)*_~".indexOf(s.charAt(j - 1)) >= 0 && !endsWithEntity(s, i, j)) {
            j--;
        }
        return j > i + scheme ? j : i;
    }

    private static boolean escapedDelimiter(String s, int j) {
        return s.startsWith("&lt;", j) || s.startsWith("&gt;", j) || s.startsWith("&quot;", j)
                || s.startsWith("&#39;", j);
    }

    /** True when the link ends with {@code &amp;}, whose ";" must stay. */
    private static boolean endsWithEntity(String s, int from, int to) {
        return s.charAt(to - 1) == ';' && to - from >= 5 && s.startsWith("&amp;", to - 5);
    }
}
