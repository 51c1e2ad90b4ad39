package id.serambi.quiz.gift;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a GIFT file into questions: a blank line ends a question, and a line starting with
 * {@code //} is a comment wherever it stands (as in Moodle, a comment inside a question does not
 * split it). A comment {@code // serambi: <hint>} directly above or inside a question carries a
 * hint that Moodle ignores and this reader uses to restore what GIFT cannot say (see
 * {@link GiftWriter}).
 */
final class GiftLexer {
    private static final Pattern HINT = Pattern.compile("//\\s*serambi:\\s*([a-z][a-z0-9 .-]*)\\s*");

    /**
     * One question (or {@code $CATEGORY:} line) of the file, with the hints written on it and its
     * comment lines (where Moodle looks for {@code [tag:...]} and {@code [id:...]}).
     */
    record Block(GiftText text, Set<String> hints, String comments) {
    }

    private GiftLexer() {
    }

    /** The blocks of a file whose line ends are already {@code \n}. */
    static List<Block> blocks(String file) {
        List<Block> blocks = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        Set<String> hints = new LinkedHashSet<>();
        StringBuilder comments = new StringBuilder();
        String[] source = file.split("\n", -1);
        for (int i = 0; i <= source.length; i++) {
            String line = i < source.length ? source[i].strip() : "";
            // PHP's empty() takes a line "0" for an empty one: Moodle ends the question there too
            if (line.isEmpty() || line.equals("0")) {
                if (!lines.isEmpty()) {
                    blocks.add(new Block(GiftText.of(lines, numbers), Set.copyOf(hints), comments.toString()));
                }
                lines.clear();
                numbers.clear();
                hints.clear();
                comments.setLength(0);
            } else if (line.startsWith("//")) {
                comments.append(line).append('\n');
                Matcher hint = HINT.matcher(line);
                if (hint.matches()) {
                    hints.addAll(List.of(hint.group(1).trim().split("\\s+")));
                }
            } else {
                lines.add(line);
                numbers.add(i + 1);
            }
        }
        return blocks;
    }
}
