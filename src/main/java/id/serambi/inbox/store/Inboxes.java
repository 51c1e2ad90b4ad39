package id.serambi.inbox.store;

import id.serambi.inbox.model.ClassResults;
import id.serambi.inbox.model.Inbox;
import id.serambi.inbox.model.InboxCatalog;
import id.serambi.inbox.model.Judged;
import id.serambi.inbox.model.Judgement;
import id.serambi.inbox.model.Message;
import id.serambi.inbox.model.Progress;
import id.serambi.inbox.model.Scoring;
import id.serambi.inbox.model.Verdict;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The inboxes as learners use them: their progress, judging a message (checked against the
 * message before anything is written), starting again, what they have completed, and the class's
 * results for trainers.
 */
public final class Inboxes {
    private final InboxCatalog catalog;
    private final InboxStore store;
    private final Clock clock;

    public Inboxes(InboxCatalog catalog, InboxStore store, Clock clock) {
        this.catalog = catalog;
        this.store = store;
        this.clock = clock;
    }

    public InboxCatalog catalog() {
        return catalog;
    }

    /** Why a judgement was refused, as a message key; {@link #OK} when it was recorded or had been. */
    public enum Outcome {
        OK(""), NO_VERDICT("inbox.refused.verdict"), UNKNOWN_MARK("inbox.refused.mark");

        private final String key;

        Outcome(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public Progress progress(String learnerId, Inbox inbox) {
        int round = store.round(learnerId, inbox.id());
        return new Progress(inbox, round, store.judgements(learnerId, inbox.id(), round));
    }

    /**
     * Judges a message of the learner's current round. A verdict that is none of the five, or a
     * tap of a span the message does not have, is refused and nothing is written; a message
     * already judged keeps its first judgement.
     */
    public Outcome judge(String learnerId, Inbox inbox, Message message, String verdict, Set<String> tapped,
                         Optional<String> workshop) {
        Optional<Verdict> v = Verdict.of(verdict == null ? "" : verdict);
        if (v.isEmpty()) {
            return Outcome.NO_VERDICT;
        }
        if (!Scoring.unknown(message, tapped).isEmpty()) {
            return Outcome.UNKNOWN_MARK;
        }
        store.save(learnerId, inbox.id(), message.id(), new Judgement(v.get(), tapped), workshop, clock.millis());
        return Outcome.OK;
    }

    public void restart(String learnerId, Inbox inbox) {
        store.restart(learnerId, inbox.id(), clock.millis());
    }

    /**
     * The ids of the inboxes the learner has finished: every message judged in one round. Starting
     * an inbox again does not take back a finish already reached.
     */
    public Set<String> completed(String learnerId) {
        Map<String, Map<Integer, Set<String>>> judged = store.judgedByRound(learnerId);
        return catalog.inboxes().stream()
                .filter(i -> judged.getOrDefault(i.id(), Map.of()).values().stream()
                        .anyMatch(round -> i.messages().stream().allMatch(m -> round.contains(m.id()))))
                .map(Inbox::id).collect(Collectors.toSet());
    }

    /** The class's results, counting the judgements whose workshop {@code workshops} admits (empty: self-study). */
    public ClassResults results(Inbox inbox, Predicate<Optional<String>> workshops) {
        List<Judged> judged = store.firstJudgements(inbox.id()).stream().filter(j -> workshops.test(j.workshop()))
                .toList();
        return ClassResults.of(inbox, judged);
    }
}
