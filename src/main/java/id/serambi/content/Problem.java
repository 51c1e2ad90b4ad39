package id.serambi.content;

import java.util.List;

/**
 * One thing wrong in a content file: where it is and a message key with its arguments, so it can
 * be shown as {@code path:line: message} in the author's language.
 */
public record Problem(String path, int line, String key, List<Object> args) implements Comparable<Problem> {

    public static Problem at(String path, int line, String key, Object... args) {
        return new Problem(path, Math.max(line, 1), key, List.of(args));
    }

    @Override
    public int compareTo(Problem o) {
        int byPath = path.compareTo(o.path);
        return byPath != 0 ? byPath : Integer.compare(line, o.line);
    }
}
