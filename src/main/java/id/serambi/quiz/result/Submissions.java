package id.serambi.quiz.result;

import id.serambi.db.Writes;
import id.serambi.quiz.grade.Scoring;
import id.serambi.quiz.model.Answer;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.model.Settings;
import id.serambi.quiz.take.AnswerJson;
import id.serambi.quiz.take.QuizStore;
import org.jdbi.v3.core.Jdbi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The submitted attempts of a quiz or questionnaire as the dashboards read them, and what a
 * trainer changes from there: hiding a typed answer, closing to new answers. Drafts are never
 * read here.
 *
 * <p>A quiz does not ask for a group, so an attempt that has none takes the group its learner
 * gave most recently on any questionnaire: a citizen stays a citizen across the tests of one
 * training. A learner who never gave one is left out when a dashboard filters by group.
 *
 * <p>Learners are named by a pseudonym made from their learner id, never by the id itself: that
 * id is the cookie that lets a phone continue its attempts, and must not travel in an export.
 */
public final class Submissions {
    private final Jdbi jdbi;
    private final QuizStore store;
    private final Clock clock;
    private final AnswerJson json = new AnswerJson();

    public Submissions(Jdbi jdbi, QuizStore store, Clock clock) {
        this.jdbi = jdbi;
        this.store = store;
        this.clock = clock;
    }

    /**
     * One submitted attempt, with each stored answer and the questions it was shown ({@code order}:
     * empty when it names none, as in rows older than the order).
     */
    private record Sent(String id, String learnerId, Instant submittedAt, Optional<Group> group,
                        Optional<String> workshop, Map<String, Stored> answers, Optional<String> name,
                        Set<String> order) {
        boolean shown(String questionId) {
            return order.isEmpty() || order.contains(questionId);
        }
    }

    private record Stored(Answer answer, Optional<Double> mark, boolean hidden) {
    }

    /** The questionnaire's responses, oldest first (a learner's own in the order made), each named by its attempt id. */
    public List<Response> responses(Quiz quiz) {
        return responses(quiz, Long.MIN_VALUE);
    }

    /** As {@link #responses(Quiz)}, only those submitted after {@code after} (epoch milliseconds, excluded). */
    public List<Response> responses(Quiz quiz, long after) {
        return sent(quiz, after).stream().map(s -> {
            Map<String, Answer> answers = new LinkedHashMap<>();
            s.answers().forEach((q, a) -> answers.put(q, a.answer()));
            return new Response(s.id(), s.group(), s.submittedAt(), s.workshop(), answers, s.name());
        }).toList();
    }

    /**
     * Every submitted attempt at the quiz, oldest first, with its mark on each graded question the
     * quiz has now that the attempt was shown (its question order); a question shown and left
     * unanswered earns 0 of its points, one not shown has no mark at all, so the attempt's maximum
     * is its own.
     */
    public List<Attempt> attempts(Quiz quiz) {
        return attempts(quiz, Long.MIN_VALUE);
    }

    /** As {@link #attempts(Quiz)}, only those submitted after {@code after} (epoch milliseconds, excluded). */
    public List<Attempt> attempts(Quiz quiz, long after) {
        List<Question> graded = quiz.questions().stream().filter(Question::graded).toList();
        return sent(quiz, after).stream().map(s -> {
            List<Attempt.Mark> marks = new ArrayList<>();
            for (Question q : graded) {
                if (!s.shown(q.id())) {
                    continue;
                }
                double mark = Optional.ofNullable(s.answers().get(q.id())).flatMap(Stored::mark).orElse(0.0);
                marks.add(new Attempt.Mark(q.id(), mark, q.points()));
            }
            return new Attempt(pseudonym(s.learnerId()), s.group(), s.submittedAt(), s.workshop(), marks, s.name());
        }).toList();
    }

    /**
     * The attempt that stands for each participant, from attempts oldest first, under the quiz's
     * grading (highest, the earliest of equals; or last), as a learner's own result page counts it.
     */
    public static List<Attempt> counting(List<Attempt> attempts, Settings.Grading grading) {
        Map<String, List<Attempt>> byParticipant = new LinkedHashMap<>();
        attempts.forEach(a -> byParticipant.computeIfAbsent(a.participantId(), k -> new ArrayList<>()).add(a));
        List<Attempt> counting = new ArrayList<>();
        byParticipant.values().forEach(list -> Scoring.counting(list, Attempt::percent, grading).ifPresent(counting::add));
        return counting;
    }

    /** The typed answers (free text and "Lainnya") a trainer hid. */
    public Set<TextAnswer.Key> hidden(Quiz quiz) {
        Set<TextAnswer.Key> hidden = new HashSet<>();
        sent(quiz, Long.MIN_VALUE).forEach(s -> s.answers().forEach((q, a) -> {
            if (a.hidden()) {
                hidden.add(new TextAnswer.Key(s.id(), q));
            }
        }));
        return hidden;
    }

    /**
     * Hides a typed answer from the dashboards and exports, or shows it again; the answer itself is
     * kept as it was. False, changing nothing, when the quiz has no such submitted answer or the
     * question takes no typed text.
     */
    public boolean setHidden(Quiz quiz, TextAnswer.Key key, boolean hidden) {
        Optional<Question> question = quiz.question(key.questionId());
        if (question.isEmpty() || !typed(question.get())) {
            return false;
        }
        return Writes.inTransaction(jdbi, h -> h.createUpdate("""
                        update quiz_answer set hidden = :hidden
                        where attempt_id = :attempt and question = :question
                          and attempt_id in (select id from quiz_attempt
                                             where id = :attempt and quiz = :quiz and submitted_at is not null)""")
                .bind("hidden", hidden ? 1 : 0).bind("attempt", key.responseId()).bind("question", key.questionId())
                .bind("quiz", quiz.id()).execute()) == 1;
    }

    /** Number of submitted attempts per quiz id; a quiz nobody submitted is absent. */
    public Map<String, Integer> counts() {
        return counts(workshop -> true);
    }

    /**
     * Number of submitted attempts per quiz id, counting only those given in a workshop that
     * {@code counted} accepts (empty: outside any workshop).
     */
    public Map<String, Integer> counts(Predicate<Optional<String>> counted) {
        record Count(String quiz, Optional<String> workshop, int n) {
        }
        Map<String, Integer> counts = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                        select quiz, workshop, count(*) as n from quiz_attempt
                        where submitted_at is not null group by quiz, workshop""")
                .map((rs, ctx) -> new Count(rs.getString("quiz"), Optional.ofNullable(rs.getString("workshop")),
                        rs.getInt("n")))
                .forEach(c -> {
                    if (counted.test(c.workshop())) {
                        counts.merge(c.quiz(), c.n(), Integer::sum);
                    }
                }));
        return counts;
    }

    public boolean closed(Quiz quiz) {
        return store.isClosed(quiz.id());
    }

    /** Closes the quiz to new attempts and answers, or opens it again. */
    public void setClosed(Quiz quiz, boolean closed) {
        store.setClosed(quiz.id(), closed, clock.millis());
    }

    private static boolean typed(Question q) {
        return q instanceof Question.FreeText || (q instanceof Question.Single s && s.other())
                || (q instanceof Question.Multiple m && m.other());
    }

    private List<Sent> sent(Quiz quiz, long after) {
        record Head(String id, String learnerId, long submittedAt, String group, String workshop, String name,
                    String order) {
        }
        record Row(String attempt, String question, String answer, Double mark, boolean hidden) {
        }
        return jdbi.withHandle(h -> {
            // The group an attempt lacks comes from its learner's latest attempt that gave one.
            List<Head> heads = h.createQuery("""
                            select a.id, a.learner_id, a.submitted_at, a.workshop, a.respondent_name, a.question_order,
                                coalesce(a.respondent_group,
                                    (select g.respondent_group from quiz_attempt g
                                     where g.learner_id = a.learner_id and g.respondent_group is not null
                                     order by g.started_at desc limit 1)) as grp
                            from quiz_attempt a
                            where a.quiz = :quiz and a.submitted_at > :after
                            order by a.submitted_at, a.learner_id, a.number""")
                    .bind("quiz", quiz.id()).bind("after", after)
                    .map((rs, ctx) -> new Head(rs.getString("id"), rs.getString("learner_id"),
                            rs.getLong("submitted_at"), rs.getString("grp"), rs.getString("workshop"),
                            rs.getString("respondent_name"), rs.getString("question_order")))
                    .list();
            Map<String, Map<String, Stored>> answers = new HashMap<>();
            h.createQuery("""
                            select ans.attempt_id, ans.question, ans.answer, ans.mark, ans.hidden
                            from quiz_answer ans join quiz_attempt a on a.id = ans.attempt_id
                            where a.quiz = :quiz and a.submitted_at > :after""")
                    .bind("quiz", quiz.id()).bind("after", after)
                    .map((rs, ctx) -> {
                        double mark = rs.getDouble("mark");
                        return new Row(rs.getString("attempt_id"), rs.getString("question"), rs.getString("answer"),
                                rs.wasNull() ? null : mark, rs.getInt("hidden") == 1);
                    })
                    .forEach(r -> json.read(r.answer()).ifPresent(a -> answers
                            .computeIfAbsent(r.attempt(), k -> new LinkedHashMap<>())
                            .put(r.question(), new Stored(a, Optional.ofNullable(r.mark()), r.hidden()))));
            return heads.stream().map(x -> new Sent(x.id(), x.learnerId(), Instant.ofEpochMilli(x.submittedAt()),
                    Group.fromCode(x.group()), Optional.ofNullable(x.workshop()),
                    answers.getOrDefault(x.id(), Map.of()), Optional.ofNullable(x.name()).filter(n -> !n.isBlank()),
                    order(x.order())))
                    .toList();
        });
    }

    /** The question ids of a stored order, "q1,q3,q2". */
    private static Set<String> order(String stored) {
        Set<String> ids = new LinkedHashSet<>();
        if (stored != null) {
            for (String id : stored.split(",")) {
                if (!id.isBlank()) {
                    ids.add(id.strip());
                }
            }
        }
        return ids;
    }

    /** A stable name for a learner that does not reveal the learner id: 12 hex digits of its SHA-256. */
    public static String pseudonym(String learnerId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(learnerId.getBytes(StandardCharsets.UTF_8));
            StringBuilder name = new StringBuilder("p-");
            for (int i = 0; i < 6; i++) {
                name.append(Character.forDigit((hash[i] >> 4) & 0xf, 16)).append(Character.forDigit(hash[i] & 0xf, 16));
            }
            return name.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
