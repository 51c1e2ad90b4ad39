package id.serambi.quiz.result;

import org.jdbi.v3.core.Jdbi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What tells a reader of a quiz's submissions, cheaply, that they changed since it last read them,
 * whichever process changed them: every figure here is an index-only read (see migration V20), so a
 * dashboard can check on every view instead of reading every answer again.
 */
public final class SubmissionVersions {
    private final Jdbi jdbi;

    public SubmissionVersions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * The state of a quiz's submissions as counts and sums of times: its submitted attempts; the
     * attempts of any quiz that gave a group, and the latest start among them; the answers of any
     * quiz a trainer marked. A new or removed attempt, a group given, a mark given or changed (each
     * mark takes the time it was given) changes one of them.
     */
    public record Version(long sent, long sentAt, long grouped, long groupedLast, long marked, long markedAt) {
    }

    public Version of(String quiz) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select
                          (select count(*) from quiz_attempt where quiz = :quiz and submitted_at is not null) as sent,
                          (select coalesce(sum(submitted_at), 0) from quiz_attempt
                           where quiz = :quiz and submitted_at is not null) as sent_at,
                          (select count(*) from quiz_attempt where respondent_group is not null) as grouped,
                          (select coalesce(max(started_at), 0) from quiz_attempt
                           where respondent_group is not null) as grouped_last,
                          (select count(*) from quiz_answer where marked_at is not null) as marked,
                          (select coalesce(sum(marked_at), 0) from quiz_answer where marked_at is not null) as marked_at""")
                .bind("quiz", quiz)
                .map((rs, ctx) -> new Version(rs.getLong("sent"), rs.getLong("sent_at"), rs.getLong("grouped"),
                        rs.getLong("grouped_last"), rs.getLong("marked"), rs.getLong("marked_at")))
                .one());
    }

    /**
     * The learners who gave a group on an attempt started after {@code after} (epoch milliseconds),
     * once per such attempt: whose attempts without a group may now count under another.
     */
    public List<String> groupedSince(long after) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select learner_id from quiz_attempt where respondent_group is not null and started_at > :after""")
                .bind("after", after).mapTo(String.class).list());
    }

    /**
     * The learners of a quiz's attempts submitted after {@code after} that gave no group of their
     * own, so take their learner's latest.
     */
    public Set<String> withoutGroup(String quiz, long after) {
        return new HashSet<>(jdbi.withHandle(h -> h.createQuery("""
                        select learner_id from quiz_attempt
                        where quiz = :quiz and submitted_at > :after and respondent_group is null""")
                .bind("quiz", quiz).bind("after", after).mapTo(String.class).list()));
    }

    /** Every typed answer a trainer hid, of any quiz. */
    public Set<TextAnswer.Key> hidden() {
        List<TextAnswer.Key> keys = new ArrayList<>();
        jdbi.useHandle(h -> h.createQuery("select attempt_id, question from quiz_answer where hidden = 1")
                .map((rs, ctx) -> new TextAnswer.Key(rs.getString("attempt_id"), rs.getString("question")))
                .forEach(keys::add));
        return new HashSet<>(keys);
    }
}
