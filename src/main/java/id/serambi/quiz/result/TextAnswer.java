package id.serambi.quiz.result;

import java.time.Instant;

/**
 * A typed answer as a trainer sees it: a free-text answer or a "Lainnya" text. Its key names it so
 * the trainer can hide it; a hidden answer is kept, only not shown.
 */
public record TextAnswer(Key key, String text, Instant submittedAt, boolean hidden) {

    /** A response's answer to one question. */
    public record Key(String responseId, String questionId) {
    }
}
