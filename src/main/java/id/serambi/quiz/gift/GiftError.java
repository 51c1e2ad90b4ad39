package id.serambi.quiz.gift;

import id.serambi.content.Problem;

/** A mistake in one GIFT question: it stops that question, and the reader goes on to the next. */
final class GiftError extends Exception {
    private final int line;
    private final String key;
    private final transient Object[] args;

    GiftError(int line, String key, Object... args) {
        super(key, null, false, false);
        this.line = line;
        this.key = key;
        this.args = args.clone();
    }

    Problem at(String path) {
        return Problem.at(path, line, key, args);
    }
}
