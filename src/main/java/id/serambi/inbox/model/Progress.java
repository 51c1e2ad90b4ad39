package id.serambi.inbox.model;

import java.util.Map;
import java.util.Optional;

/**
 * A learner's round of an inbox: the messages judged so far and their scores.
 *
 * @param judged the judgements of this round, by message id
 */
public record Progress(Inbox inbox, int round, Map<String, Judgement> judged) {

    public Progress {
        judged = Map.copyOf(judged);
    }

    public boolean complete() {
        return inbox.messages().stream().allMatch(m -> judged.containsKey(m.id()));
    }

    public Optional<Scoring.Result> result(Message message) {
        return Optional.ofNullable(judged.get(message.id())).map(j -> Scoring.score(message, j));
    }

    /** Points of the messages judged so far. */
    public double points() {
        return inbox.messages().stream().flatMap(m -> result(m).stream()).mapToDouble(Scoring.Result::points).sum();
    }

    public int maxPoints() {
        return Scoring.MAX * inbox.messages().size();
    }

    /** The first message not yet judged after {@code after} (or from the start), wrapping round. */
    public Optional<Message> next(Optional<String> after) {
        var list = inbox.messages();
        int from = after.map(id -> {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).id().equals(id)) {
                    return i + 1;
                }
            }
            return 0;
        }).orElse(0);
        for (int k = 0; k < list.size(); k++) {
            Message m = list.get((from + k) % list.size());
            if (!judged.containsKey(m.id())) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
