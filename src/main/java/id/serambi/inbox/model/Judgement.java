package id.serambi.inbox.model;

import java.util.Set;

/** A learner's judgement of one message: the verdict chosen and the ids of the spans tapped. */
public record Judgement(Verdict verdict, Set<String> tapped) {

    public Judgement {
        tapped = Set.copyOf(tapped);
    }
}
