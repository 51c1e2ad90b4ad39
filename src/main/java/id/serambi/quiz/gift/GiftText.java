package id.serambi.quiz.gift;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A piece of one GIFT question with its escapes already resolved: each character remembers whether
 * it was escaped (so {@code \=} is text, never an answer marker) and the file line it came from (so
 * a problem names the line of the bad token, not only of the question).
 */
final class GiftText {
    /** The characters GIFT lets an author escape with a backslash; {@code \n} stands for a new line. */
    static final String ESCAPABLE = "~=#{}:";

    private final String chars;
    private final boolean[] literal;
    private final int[] lines;

    private GiftText(String chars, boolean[] literal, int[] lines) {
        this.chars = chars;
        this.literal = literal;
        this.lines = lines;
    }

    /** Source lines with their line numbers, joined by new lines, escapes resolved. */
    static GiftText of(List<String> source, List<Integer> lineNumbers) {
        StringBuilder out = new StringBuilder();
        List<Boolean> lit = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int n = 0; n < source.size(); n++) {
            String line = source.get(n);
            int lineNo = lineNumbers.get(n);
            if (n > 0) {
                add(out, lit, at, '\n', false, lineNo);
            }
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                char next = i + 1 < line.length() ? line.charAt(i + 1) : 0;
                if (c == '\\' && next != 0 && (ESCAPABLE.indexOf(next) >= 0 || next == 'n' || next == '\\')) {
                    add(out, lit, at, next == 'n' ? '\n' : next, true, lineNo);
                    i++;
                } else {
                    add(out, lit, at, c, false, lineNo);
                }
            }
        }
        boolean[] literal = new boolean[lit.size()];
        int[] lines = new int[at.size()];
        for (int i = 0; i < literal.length; i++) {
            literal[i] = lit.get(i);
            lines[i] = at.get(i);
        }
        return new GiftText(out.toString(), literal, lines);
    }

    private static void add(StringBuilder out, List<Boolean> lit, List<Integer> at, char c, boolean escaped, int line) {
        out.append(c);
        lit.add(escaped);
        at.add(line);
    }

    int length() {
        return chars.length();
    }

    boolean isEmpty() {
        return chars.isEmpty();
    }

    /** Whether {@code s} starts at {@code i} made of characters that were not escaped. */
    boolean markupAt(int i, String s) {
        if (i < 0 || i + s.length() > chars.length() || !chars.startsWith(s, i)) {
            return false;
        }
        for (int k = i; k < i + s.length(); k++) {
            if (literal[k]) {
                return false;
            }
        }
        return true;
    }

    /** The first unescaped {@code s} at or after {@code from}, or -1. */
    int find(String s, int from) {
        for (int i = Math.max(from, 0); i + s.length() <= chars.length(); i++) {
            if (markupAt(i, s)) {
                return i;
            }
        }
        return -1;
    }

    /** The last unescaped {@code s}, or -1. */
    int findLast(String s) {
        for (int i = chars.length() - s.length(); i >= 0; i--) {
            if (markupAt(i, s)) {
                return i;
            }
        }
        return -1;
    }

    boolean startsWith(String s) {
        return markupAt(0, s);
    }

    /** The line of character {@code i}; past the end, the line of the last character. */
    int lineAt(int i) {
        if (lines.length == 0) {
            return 1;
        }
        return lines[Math.min(Math.max(i, 0), lines.length - 1)];
    }

    int line() {
        return lineAt(0);
    }

    GiftText sub(int from, int to) {
        return new GiftText(chars.substring(from, to), Arrays.copyOfRange(literal, from, to),
                Arrays.copyOfRange(lines, from, to));
    }

    GiftText sub(int from) {
        return sub(from, chars.length());
    }

    /** Without surrounding white space, escaped or not (as Moodle trims after unescaping). */
    GiftText trim() {
        int from = 0;
        int to = chars.length();
        while (from < to && Character.isWhitespace(chars.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(chars.charAt(to - 1))) {
            to--;
        }
        return from == 0 && to == chars.length() ? this : sub(from, to);
    }

    /** Splits before every unescaped character in {@code markers}; the first part has no marker. */
    List<GiftText> splitBefore(String markers) {
        List<GiftText> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < chars.length(); i++) {
            if (!literal[i] && markers.indexOf(chars.charAt(i)) >= 0) {
                parts.add(sub(start, i));
                start = i;
            }
        }
        parts.add(sub(start));
        return parts;
    }

    char charAt(int i) {
        return chars.charAt(i);
    }

    /** The text as the author meant it: escapes resolved. */
    String text() {
        return chars;
    }

    @Override
    public String toString() {
        return chars;
    }
}
