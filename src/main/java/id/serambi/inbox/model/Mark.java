package id.serambi.inbox.model;

import id.serambi.content.Text;

import java.util.Optional;

/**
 * A span of a message the learner may tap: a tell-tale sign of the message's danger, or a decoy
 * that looks suspicious to some but is not (the office's own number, say).
 *
 * @param quote  the words, exactly as they stand in {@code place}
 * @param start  where {@code quote} starts in the place's string (its first occurrence)
 * @param sign   true for a tell-tale sign, false for a decoy
 * @param why    what the span tells the reader, shown in the feedback
 * @param source a public rule or advisory behind {@code why}, if one exists
 */
public record Mark(String id, Place place, String quote, int start, boolean sign, Text why, Optional<Text> source) {

    public int end() {
        return start + quote.length();
    }
}
