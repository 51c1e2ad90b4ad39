package id.serambi.inbox.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a class made of an inbox, per message: how many judged it, how many chose the right
 * verdict, what they chose instead, and how often each sign was missed and each decoy tapped.
 * Each learner counts once per message, with their first judgement of it.
 */
public record ClassResults(Inbox inbox, List<MessageResult> messages, int learners) {

    /** One sign or decoy and how many of the judgements missed (a sign) or tapped (a decoy) it. */
    public record MarkCount(Mark mark, int count) {
    }

    /**
     * @param verdicts how many chose each verdict
     * @param missed   the signs, most missed first
     * @param tapped   the decoys tapped, most tapped first
     */
    public record MessageResult(Message message, int judged, int right, Map<Verdict, Integer> verdicts,
                                List<MarkCount> missed, List<MarkCount> tapped, double points) {
        /** Share of wrong verdicts, 0 to 1; 0 when nobody judged it. */
        public double fooled() {
            return judged == 0 ? 0 : (judged - right) / (double) judged;
        }
    }

    public static ClassResults of(Inbox inbox, List<Judged> judged) {
        List<MessageResult> results = new ArrayList<>();
        for (Message m : inbox.messages()) {
            List<Judgement> js = judged.stream().filter(j -> j.messageId().equals(m.id())).map(Judged::judgement)
                    .toList();
            Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
            for (Verdict v : Verdict.values()) {
                verdicts.put(v, (int) js.stream().filter(j -> j.verdict() == v).count());
            }
            List<MarkCount> missed = m.signs().stream()
                    .map(s -> new MarkCount(s, (int) js.stream().filter(j -> !j.tapped().contains(s.id())).count()))
                    .sorted(Comparator.comparingInt(MarkCount::count).reversed()).toList();
            List<MarkCount> tapped = m.decoys().stream()
                    .map(d -> new MarkCount(d, (int) js.stream().filter(j -> j.tapped().contains(d.id())).count()))
                    .filter(c -> c.count() > 0)
                    .sorted(Comparator.comparingInt(MarkCount::count).reversed()).toList();
            double points = js.stream().mapToDouble(j -> Scoring.score(m, j).points()).sum();
            results.add(new MessageResult(m, js.size(), verdicts.get(m.verdict()), verdicts, missed, tapped, points));
        }
        int learners = (int) judged.stream().map(Judged::learnerId).distinct().count();
        return new ClassResults(inbox, results, learners);
    }

    /** The messages that fooled a share of those who judged them, most fooling first. */
    public List<MessageResult> mostFooling() {
        return messages.stream().filter(r -> r.judged() > 0 && r.right() < r.judged())
                .sorted(Comparator.comparingDouble(MessageResult::fooled).reversed()).toList();
    }
}
