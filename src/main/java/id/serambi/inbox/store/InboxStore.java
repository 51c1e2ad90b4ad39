package id.serambi.inbox.store;

import id.serambi.db.Writes;
import id.serambi.inbox.model.Judged;
import id.serambi.inbox.model.Judgement;
import id.serambi.inbox.model.Verdict;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The inbox's tables: learners' rounds and judgements, keyed by the learner id from the visitor's
 * cookie. SQL only: what a judgement scores is the core's business.
 */
public final class InboxStore {
    private final Jdbi jdbi;

    public InboxStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The learner's current round of the inbox: 1 until they start it again. */
    public int round(String learnerId, String inbox) {
        return jdbi.withHandle(h -> round(h, learnerId, inbox));
    }

    private static int round(Handle h, String learnerId, String inbox) {
        return h.createQuery("select max(round_no) from inbox_round where learner_id = :learner and inbox = :inbox")
                .bind("learner", learnerId).bind("inbox", inbox)
                .mapTo(Integer.class).findOne().orElse(1);
    }

    /** The judgements of one round, by message id. */
    public Map<String, Judgement> judgements(String learnerId, String inbox, int round) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select message, verdict, tapped from inbox_judgement
                        where learner_id = :learner and inbox = :inbox and round_no = :round""")
                .bind("learner", learnerId).bind("inbox", inbox).bind("round", round)
                .map((rs, ctx) -> Map.entry(rs.getString("message"),
                        judgement(rs.getString("verdict"), rs.getString("tapped"))))
                .list().stream().filter(e -> e.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /**
     * Records a judgement in the learner's current round, once: a second post of the same message
     * changes nothing. Returns false when the message was already judged in this round.
     */
    public boolean save(String learnerId, String inbox, String message, Judgement judgement,
                        Optional<String> workshop, long now) {
        return Writes.inTransaction(jdbi, h -> {
            ensureLearner(h, learnerId, now);
            int round = round(h, learnerId, inbox);
            return h.createUpdate("""
                            insert into inbox_judgement (learner_id, inbox, round_no, message, verdict, tapped, workshop,
                                                         judged_at)
                            values (:learner, :inbox, :round, :message, :verdict, :tapped, :workshop, :now)
                            on conflict (learner_id, inbox, round_no, message) do nothing""")
                    .bind("learner", learnerId).bind("inbox", inbox).bind("round", round).bind("message", message)
                    .bind("verdict", judgement.verdict().code())
                    .bind("tapped", String.join(",", new TreeSet<>(judgement.tapped())))
                    .bind("workshop", workshop.orElse(null)).bind("now", now)
                    .execute() == 1;
        });
    }

    /** Starts a new round; the judgements of earlier rounds stay for the trainer's results. */
    public void restart(String learnerId, String inbox, long now) {
        Writes.useTransaction(jdbi, h -> {
            ensureLearner(h, learnerId, now);
            int next = round(h, learnerId, inbox) + 1;
            h.createUpdate("""
                            insert into inbox_round (learner_id, inbox, round_no, started_at)
                            values (:learner, :inbox, :round, :now)
                            on conflict (learner_id, inbox, round_no) do nothing""")
                    .bind("learner", learnerId).bind("inbox", inbox).bind("round", next).bind("now", now).execute();
        });
    }

    private record InRound(String inbox, int round, String message) {
    }

    /** The messages the learner has judged, by inbox and then by round. */
    public Map<String, Map<Integer, Set<String>>> judgedByRound(String learnerId) {
        return jdbi.withHandle(h -> {
            Map<String, Map<Integer, Set<String>>> out = new HashMap<>();
            h.createQuery("select inbox, round_no, message from inbox_judgement where learner_id = :learner")
                    .bind("learner", learnerId)
                    .map((rs, ctx) -> new InRound(rs.getString("inbox"), rs.getInt("round_no"), rs.getString("message")))
                    .forEach(j -> out.computeIfAbsent(j.inbox(), x -> new HashMap<>())
                            .computeIfAbsent(j.round(), x -> new java.util.HashSet<>()).add(j.message()));
            return out;
        });
    }

    /** Every learner's first judgement of each message of the inbox, in any round. */
    public List<Judged> firstJudgements(String inbox) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select j.learner_id, j.message, j.verdict, j.tapped, j.workshop from inbox_judgement j
                        where j.inbox = :inbox
                          and j.round_no = (select min(k.round_no) from inbox_judgement k
                                            where k.learner_id = j.learner_id and k.inbox = j.inbox
                                              and k.message = j.message)
                        order by j.judged_at""")
                .bind("inbox", inbox)
                .map((rs, ctx) -> {
                    Judgement j = judgement(rs.getString("verdict"), rs.getString("tapped"));
                    return j == null ? null : new Judged(rs.getString("learner_id"), rs.getString("message"), j,
                            Optional.ofNullable(rs.getString("workshop")));
                })
                .list().stream().filter(java.util.Objects::nonNull).toList());
    }

    /** A stored row as a judgement; null for a verdict this version does not know. */
    private static Judgement judgement(String verdict, String tapped) {
        Optional<Verdict> v = Verdict.of(verdict);
        Set<String> marks = tapped == null || tapped.isEmpty() ? Set.of()
                : Arrays.stream(tapped.split(",")).collect(Collectors.toSet());
        return v.map(value -> new Judgement(value, marks)).orElse(null);
    }

    private static void ensureLearner(Handle h, String learnerId, long now) {
        h.createUpdate("insert into learner (id, created_at) values (:id, :now) on conflict (id) do nothing")
                .bind("id", learnerId).bind("now", now).execute();
    }
}
