package id.serambi.inbox.model;

import id.serambi.chat.engine.ChatFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A message's text as safe HTML: WhatsApp's formatting as the simulator shows it, links as text
 * that cannot be followed, and each marked span wrapped in {@code <span class="ib-mark">}. The
 * spans are put in as private-use characters before formatting and become tags after it; where a
 * span and a formatted run cross ({@code *Selamat! Anda} and {@code menang*}), the inner one is
 * closed and reopened, so the tags always nest.
 */
public final class MarkedText {
    private static final char BASE = '\uE000';

    private MarkedText() {
    }

    /**
     * @param marks the spans in {@code text}, not overlapping
     * @param open  the opening tag of a span, by mark (its class and data attributes)
     */
    public static String html(String text, List<Mark> marks, Function<Mark, String> open) {
        List<Mark> sorted = marks.stream().sorted(java.util.Comparator.comparingInt(Mark::start)).toList();
        StringBuilder withSentinels = new StringBuilder(text.length() + marks.size() * 2);
        int at = 0;
        for (int k = 0; k < sorted.size(); k++) {
            Mark m = sorted.get(k);
            withSentinels.append(text, at, m.start()).append((char) (BASE + 2 * k))
                    .append(text, m.start(), m.end()).append((char) (BASE + 2 * k + 1));
            at = m.end();
        }
        withSentinels.append(text.substring(at));
        return balance(ChatFormat.html(withSentinels.toString(), false), sorted, open);
    }

    /** An open element: its name for matching its end, the tag that opened it, the tag that closes it. */
    private record Open(String name, String tag, String close) {
    }

    private static String balance(String html, List<Mark> marks, Function<Mark, String> opener) {
        StringBuilder out = new StringBuilder(html.length() + marks.size() * 48);
        List<Open> stack = new ArrayList<>();
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            int k = c - BASE;
            if (c == '<') {
                int j = html.indexOf('>', i);
                String tag = html.substring(i, j + 1);
                if (tag.startsWith("</")) {
                    close(out, stack, name(tag.substring(2, tag.length() - 1)));
                } else {
                    String name = tag.substring(1, tag.length() - 1).split(" ")[0];
                    String element = name(name);
                    out.append(tag);
                    stack.add(new Open(element, tag, "</" + name + ">"));
                }
                i = j;
            } else if (k >= 0 && k < marks.size() * 2) {
                if (k % 2 == 0) {
                    String tag = opener.apply(marks.get(k / 2));
                    out.append(tag);
                    stack.add(new Open("mark", tag, "</span>"));
                } else {
                    close(out, stack, "mark");
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The formatter writes {@code </span>} only for a link. */
    private static String name(String tagName) {
        return tagName.equals("span") ? "span-url" : tagName;
    }

    private static void close(StringBuilder out, List<Open> stack, String name) {
        int index = stack.size() - 1;
        while (index >= 0 && !stack.get(index).name().equals(name)) {
            index--;
        }
        if (index < 0) {
            return;
        }
        List<Open> above = new ArrayList<>(stack.subList(index + 1, stack.size()));
        for (int a = above.size() - 1; a >= 0; a--) {
            out.append(above.get(a).close());
        }
        out.append(stack.get(index).close());
        stack.subList(index, stack.size()).clear();
        for (Open o : above) {
            out.append(o.tag());
            stack.add(o);
        }
    }
}
