package id.serambi.inbox.model;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a judgement is scored. A message is worth {@value #MAX} points:
 * <ul>
 * <li>the verdict: 1 point when it is the right one, else 0;</li>
 * <li>the signs: with S signs, F of them tapped and W decoys tapped, {@code max(0, F - W) / S};
 *     a message without signs (a safe one) has nothing to find, so with D decoys the point is
 *     the share left untapped, {@code (D - W) / D}, and 1 when it has no decoys either.</li>
 * </ul>
 * Taps of ids the message does not have count for nothing; forms refuse them before this.
 */
public final class Scoring {
    public static final int MAX = 2;

    private Scoring() {
    }

    /**
     * @param found  the signs tapped
     * @param missed the signs not tapped
     * @param wrong  the decoys tapped
     */
    public record Result(boolean verdictRight, double signPoints, List<Mark> found, List<Mark> missed,
                         List<Mark> wrong) {
        public double points() {
            return (verdictRight ? 1 : 0) + signPoints;
        }
    }

    public static Result score(Message message, Judgement judgement) {
        Set<String> tapped = judgement.tapped();
        List<Mark> signs = message.signs();
        List<Mark> decoys = message.decoys();
        List<Mark> found = signs.stream().filter(m -> tapped.contains(m.id())).toList();
        List<Mark> missed = signs.stream().filter(m -> !tapped.contains(m.id())).toList();
        List<Mark> wrong = decoys.stream().filter(m -> tapped.contains(m.id())).toList();
        double signPoints;
        if (!signs.isEmpty()) {
            signPoints = Math.max(0, found.size() - wrong.size()) / (double) signs.size();
        } else if (!decoys.isEmpty()) {
            signPoints = (decoys.size() - wrong.size()) / (double) decoys.size();
        } else {
            signPoints = 1;
        }
        return new Result(judgement.verdict() == message.verdict(), signPoints, found, missed, wrong);
    }

    /** The ids in {@code tapped} that are none of the message's spans. */
    public static Set<String> unknown(Message message, Set<String> tapped) {
        Set<String> known = message.marks().stream().map(Mark::id).collect(Collectors.toSet());
        return tapped.stream().filter(t -> !known.contains(t)).collect(Collectors.toSet());
    }
}
