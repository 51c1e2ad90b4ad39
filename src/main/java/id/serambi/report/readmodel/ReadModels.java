package id.serambi.report.readmodel;

import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.result.Attempt;
import id.serambi.quiz.result.Response;
import id.serambi.quiz.result.SubmissionVersions;
import id.serambi.quiz.result.Submissions;
import id.serambi.quiz.result.TextAnswer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * The dashboards' read model of each quiz, kept in memory and brought up to date on every read by
 * folding in only the attempts submitted after the latest it holds: a questionnaire's
 * {@link SurveyTally}, a quiz's attempts as marks (no answer text). Each read first asks the
 * database for the quiz's {@link SubmissionVersions.Version} (one indexed query), so rows written by
 * another process on the same database are seen at once. What cannot be folded in is read again
 * from scratch: an attempt removed ({@code demo --hapus}, a learner deleted), one that arrived
 * with an older time than the latest held, a trainer's mark given or changed (quizzes), the quiz's
 * questions changed, or a group given by a learner whose attempts here gave none. Nothing here
 * changes how answers are written.
 */
public final class ReadModels {
    private final Submissions submissions;
    private final SubmissionVersions versions;
    private final java.time.ZoneId zone;
    /** Figures kept per quiz, one per filter last asked for. */
    private static final int COMPUTED = 16;
    private final ConcurrentMap<String, Held> held = new ConcurrentHashMap<>();

    public ReadModels(Submissions submissions, SubmissionVersions versions, java.time.ZoneId zone) {
        this.submissions = submissions;
        this.versions = versions;
        this.zone = zone;
    }

    /** One quiz's model, what it holds (count and sum of submission times, the latest) and what it was checked at. */
    private static final class Held {
        private Quiz quiz;
        private SurveyTally tally;
        private List<Attempt> attempts = List.of();
        private long sent;
        private long sentAt;
        private long last = Long.MIN_VALUE;
        private SubmissionVersions.Version version;
        private final Set<String> withoutGroup = new HashSet<>();
        /** What was worked out from the attempts as they now are, by key (a dashboard's filter): the latest few. */
        private final Map<Object, Object> computed = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                return size() > COMPUTED;
            }
        };
    }

    /** Reads the questionnaire's tally, brought up to date, while no other thread changes it. */
    public <R> R survey(Quiz quiz, Function<SurveyTally, R> read) {
        Held m = held.computeIfAbsent(quiz.id(), k -> new Held());
        synchronized (m) {
            refresh(m, quiz);
            return read.apply(m.tally);
        }
    }

    /** Every submitted attempt at the quiz, oldest first, as {@link Submissions#attempts(Quiz)} reads them now. */
    public List<Attempt> attempts(Quiz quiz) {
        Held m = held.computeIfAbsent(quiz.id(), k -> new Held());
        synchronized (m) {
            refresh(m, quiz);
            return m.attempts;
        }
    }

    /**
     * What {@code compute} makes of the quiz's attempts (as {@link #attempts(Quiz)} gives them),
     * made once per {@code key} (a record) and kept until the attempts change.
     */
    @SuppressWarnings("unchecked")
    public <R> R attempts(Quiz quiz, Object key, Function<List<Attempt>, R> compute) {
        Held m = held.computeIfAbsent(quiz.id(), k -> new Held());
        synchronized (m) {
            refresh(m, quiz);
            return (R) m.computed.computeIfAbsent(key, k -> compute.apply(m.attempts));
        }
    }

    /** The typed answers trainers hid, of every quiz (a few rows, read on each view). */
    public Set<TextAnswer.Key> hidden() {
        return versions.hidden();
    }

    private void refresh(Held m, Quiz quiz) {
        SubmissionVersions.Version v = versions.of(quiz.id());
        if (m.quiz == null || (m.quiz != quiz && !m.quiz.equals(quiz)) || !marksSame(m, quiz, v) || !groupsSame(m, v)) {
            rebuild(m, quiz, v);
            return;
        }
        if (v.sent() != m.sent || v.sentAt() != m.sentAt) {
            fold(m, quiz, m.last);
            if (v.sent() != m.sent || v.sentAt() != m.sentAt) {
                // removed, sent with an older time, or sent while we read: check once more, else read it all
                SubmissionVersions.Version again = versions.of(quiz.id());
                if (again.sent() != m.sent || again.sentAt() != m.sentAt) {
                    rebuild(m, quiz, again);
                    return;
                }
            }
        }
        m.version = v;
    }

    /** A questionnaire's responses carry no marks; a quiz's held marks stand while no trainer marked anything. */
    private static boolean marksSame(Held m, Quiz quiz, SubmissionVersions.Version v) {
        return quiz.kind() == Quiz.Kind.QUESTIONNAIRE
                || (v.marked() == m.version.marked() && v.markedAt() == m.version.markedAt());
    }

    /**
     * Whether every held attempt that took its group from its learner's latest still has it: no
     * attempt gave a group since, or only learners who have no such attempt here did.
     */
    private boolean groupsSame(Held m, SubmissionVersions.Version v) {
        SubmissionVersions.Version was = m.version;
        if (m.withoutGroup.isEmpty() || (v.grouped() == was.grouped() && v.groupedLast() == was.groupedLast())) {
            return true;
        }
        if (v.grouped() < was.grouped()) {
            return false;
        }
        List<String> since = versions.groupedSince(was.groupedLast());
        return was.grouped() + since.size() == v.grouped() && since.stream().noneMatch(m.withoutGroup::contains);
    }

    /** Reads the quiz again from scratch; {@code v} was read before, so a change made meanwhile shows next time. */
    private void rebuild(Held m, Quiz quiz, SubmissionVersions.Version v) {
        m.quiz = quiz;
        m.tally = new SurveyTally(quiz, zone);
        m.attempts = List.of();
        m.sent = 0;
        m.sentAt = 0;
        m.last = Long.MIN_VALUE;
        m.withoutGroup.clear();
        m.computed.clear();
        fold(m, quiz, Long.MIN_VALUE);
        m.version = v;
    }

    /** Adds the attempts submitted after {@code after}. */
    private void fold(Held m, Quiz quiz, long after) {
        if (quiz.kind() == Quiz.Kind.QUESTIONNAIRE) {
            for (Response r : submissions.responses(quiz, after)) {
                m.tally.add(r);
                count(m, r.submittedAt().toEpochMilli());
            }
        } else {
            List<Attempt> added = submissions.attempts(quiz, after);
            if (!added.isEmpty()) {
                List<Attempt> all = new ArrayList<>(m.attempts.size() + added.size());
                all.addAll(m.attempts);
                all.addAll(added);
                m.attempts = List.copyOf(all);
                m.computed.clear();
                added.forEach(a -> count(m, a.submittedAt().toEpochMilli()));
            }
        }
        // read after the attempts, so it covers at least every one folded in
        m.withoutGroup.addAll(versions.withoutGroup(quiz.id(), after));
    }

    private static void count(Held m, long at) {
        m.sent++;
        m.sentAt += at;
        m.last = Math.max(m.last, at);
    }
}
