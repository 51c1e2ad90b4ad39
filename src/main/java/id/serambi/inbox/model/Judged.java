package id.serambi.inbox.model;

import java.util.Optional;

/** A stored judgement of one message, with whose it is and the workshop it was given in. */
public record Judged(String learnerId, String messageId, Judgement judgement, Optional<String> workshop) {
}
