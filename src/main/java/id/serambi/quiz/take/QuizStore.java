package id.serambi.quiz.take;

import id.serambi.db.Writes;
import id.serambi.quiz.model.Answer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Attempts and their answers, keyed by the learner id from the visitor's cookie. Every write is
 * one transaction, and answers change only while their attempt is a draft.
 */
public final class QuizStore {
    private static final String ATTEMPT_COLUMNS = """
            id, quiz, learner_id, number, question_order, started_at, submitted_at, score, max_score, passed,
            respondent_group, respondent_name, respondent_kelurahan, workshop, option_order""";

    private final Jdbi jdbi;
    private final AnswerJson json = new AnswerJson();

    public QuizStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * An answer as saved, with whether its feedback was shown and its mark once graded; {@code byTrainer}
     * when a trainer gave the mark, with their comment.
     */
    public record Saved(Answer answer, long savedAt, boolean checked, Optional<Double> mark,
                        Optional<TrainerMark> byTrainer) {
        public Saved(Answer answer, long savedAt, boolean checked, Optional<Double> mark) {
            this(answer, savedAt, checked, mark, Optional.empty());
        }
    }

    /** Who marked an answer by hand, when, and what they told the learner (possibly nothing). */
    public record TrainerMark(String by, long at, String comment) {
    }

    public Optional<AttemptRow> attempt(String id) {
        return jdbi.withHandle(h -> h.createQuery("select " + ATTEMPT_COLUMNS + " from quiz_attempt where id = :id")
                .bind("id", id).map((rs, ctx) -> row(rs)).findOne());
    }

    /** The learner's attempts at a quiz, oldest first. */
    public List<AttemptRow> attempts(String learnerId, String quiz) {
        return jdbi.withHandle(h -> h.createQuery("select " + ATTEMPT_COLUMNS
                        + " from quiz_attempt where learner_id = :learner and quiz = :quiz order by number")
                .bind("learner", learnerId).bind("quiz", quiz).map((rs, ctx) -> row(rs)).list());
    }

    /**
     * Starts attempt number {@code number}, or returns the draft that is already open: two requests
     * that start at once (a double click) end with one draft.
     */
    public AttemptRow start(AttemptRow attempt, long now) {
        try {
            return Writes.inTransaction(jdbi, h -> {
                Optional<AttemptRow> open = openDraft(h, attempt.learnerId(), attempt.quiz());
                if (open.isPresent()) {
                    return open.get();
                }
                h.createUpdate("insert into learner (id, created_at) values (:id, :now) on conflict (id) do nothing")
                        .bind("id", attempt.learnerId()).bind("now", now).execute();
                h.createUpdate("""
                                insert into quiz_attempt (id, quiz, learner_id, number, question_order, started_at,
                                    respondent_group, respondent_name, respondent_kelurahan, workshop, option_order)
                                values (:id, :quiz, :learner, :number, :order, :now, :group, :name, :kelurahan,
                                    :workshop, :options)""")
                        .bind("id", attempt.id()).bind("quiz", attempt.quiz()).bind("learner", attempt.learnerId())
                        .bind("number", attempt.number()).bind("order", String.join(",", attempt.order()))
                        .bind("now", now)
                        .bind("group", attempt.respondent().group().map(AttemptRow.Group::code).orElse(null))
                        .bind("name", attempt.respondent().name().orElse(null))
                        .bind("kelurahan", attempt.respondent().kelurahan().orElse(null))
                        .bind("workshop", attempt.workshop().orElse(null))
                        .bind("options", attempt.options().map(json::writeOptions).orElse(null))
                        .execute();
                return openDraft(h, attempt.learnerId(), attempt.quiz()).orElseThrow();
            });
        } catch (UnableToExecuteStatementException e) {
            // the same number was taken by a start that ran at the same time: use its draft
            return jdbi.withHandle(h -> openDraft(h, attempt.learnerId(), attempt.quiz())).orElseThrow(() -> e);
        }
    }

    private Optional<AttemptRow> openDraft(Handle h, String learnerId, String quiz) {
        return h.createQuery("select " + ATTEMPT_COLUMNS + """
                         from quiz_attempt where learner_id = :learner and quiz = :quiz and submitted_at is null
                        order by number desc""")
                .bind("learner", learnerId).bind("quiz", quiz).map((rs, ctx) -> row(rs)).findFirst();
    }

    public Map<String, Saved> answers(String attemptId) {
        return jdbi.withHandle(h -> answers(h, attemptId));
    }

    private Map<String, Saved> answers(Handle h, String attemptId) {
        record Row(String question, String answer, long savedAt, boolean checked, Double mark,
                   Optional<TrainerMark> byTrainer) {
        }
        Map<String, Saved> answers = new LinkedHashMap<>();
        h.createQuery("""
                        select question, answer, saved_at, checked, mark, marked_by, marked_at, comment
                        from quiz_answer where attempt_id = :id""")
                .bind("id", attemptId)
                .map((rs, ctx) -> {
                    String by = rs.getString("marked_by");
                    Optional<TrainerMark> byTrainer = by == null ? Optional.empty() : Optional.of(new TrainerMark(by,
                            rs.getLong("marked_at"), Optional.ofNullable(rs.getString("comment")).orElse("")));
                    return new Row(rs.getString("question"), rs.getString("answer"), rs.getLong("saved_at"),
                            rs.getInt("checked") == 1, doubleOrNull(rs, "mark"), byTrainer);
                })
                .forEach(r -> json.read(r.answer()).ifPresent(a -> answers.put(r.question(),
                        new Saved(a, r.savedAt(), r.checked(), Optional.ofNullable(r.mark()), r.byTrainer()))));
        return answers;
    }

    /**
     * Saves answers given and removes answers cleared, all or nothing. Answers whose feedback was
     * already shown stay as they were. Returns false, changing nothing, when the attempt is no
     * longer a draft.
     */
    public boolean save(String attemptId, Map<String, Answer> given, Set<String> cleared, Set<String> checkNow,
                        Map<String, Double> marks, long now) {
        return Writes.inTransaction(jdbi, h -> save(h, attemptId, given, cleared, checkNow, marks, now));
    }

    private boolean save(Handle h, String attemptId, Map<String, Answer> given, Set<String> cleared,
                         Set<String> checkNow, Map<String, Double> marks, long now) {
        if (!isDraft(h, attemptId)) {
            return false;
        }
        Set<String> locked = new HashSet<>();
        answers(h, attemptId).forEach((q, saved) -> {
            if (saved.checked()) {
                locked.add(q);
            }
        });
        for (String q : cleared) {
            if (!locked.contains(q)) {
                h.createUpdate("delete from quiz_answer where attempt_id = :id and question = :q")
                        .bind("id", attemptId).bind("q", q).execute();
            }
        }
        for (Map.Entry<String, Answer> e : given.entrySet()) {
            if (locked.contains(e.getKey())) {
                continue;
            }
            h.createUpdate("""
                            insert into quiz_answer (attempt_id, question, answer, saved_at, checked, mark)
                            values (:id, :q, :answer, :now, :checked, :mark)
                            on conflict (attempt_id, question) do update set answer = excluded.answer,
                                saved_at = excluded.saved_at, checked = excluded.checked, mark = excluded.mark""")
                    .bind("id", attemptId).bind("q", e.getKey()).bind("answer", json.write(e.getValue()))
                    .bind("now", now).bind("checked", checkNow.contains(e.getKey()) ? 1 : 0)
                    .bind("mark", marks.get(e.getKey()))
                    .execute();
        }
        return true;
    }

    /**
     * Submits a draft with its marks. Returns false, writing nothing, when it was submitted
     * already: a resent or double-clicked submit counts once.
     */
    public boolean submit(String attemptId, Map<String, Double> marks, Optional<Double> score, Optional<Double> max,
                          boolean passed, long now) {
        return Writes.inTransaction(jdbi, h -> submit(h, attemptId, new Sending(marks, score, max, passed), now));
    }

    /** What sending an attempt stores: the mark of each answer, the score and maximum (none for a questionnaire), the pass. */
    public record Sending(Map<String, Double> marks, Optional<Double> score, Optional<Double> max, boolean passed) {
    }

    /**
     * Saves the last answers of a draft and submits it in one transaction, with the marks that
     * {@code marking} gives for its answers as then saved. False, writing nothing, when it is no
     * longer a draft.
     */
    public boolean saveAndSubmit(String attemptId, Map<String, Answer> given, Set<String> cleared, long now,
                                 java.util.function.Function<Map<String, Saved>, Sending> marking) {
        return Writes.inTransaction(jdbi, h -> save(h, attemptId, given, cleared, Set.of(), Map.of(), now)
                && submit(h, attemptId, marking.apply(answers(h, attemptId)), now));
    }

    private boolean submit(Handle h, String attemptId, Sending sending, long now) {
        int changed = h.createUpdate("""
                        update quiz_attempt set submitted_at = :now, score = :score, max_score = :max,
                            passed = :passed
                        where id = :id and submitted_at is null""")
                .bind("id", attemptId).bind("now", now).bind("score", sending.score().orElse(null))
                .bind("max", sending.max().orElse(null)).bind("passed", sending.passed() ? 1 : 0).execute();
        if (changed == 0) {
            return false;
        }
        for (Map.Entry<String, Double> e : sending.marks().entrySet()) {
            h.createUpdate("update quiz_answer set mark = :mark where attempt_id = :id and question = :q")
                    .bind("mark", e.getValue()).bind("id", attemptId).bind("q", e.getKey()).execute();
        }
        return true;
    }

    /**
     * A trainer's mark of one answer of a sent attempt, and the attempt's score and pass as they
     * then stand, in one transaction. {@code rescore} gets the attempt's answers with the new mark
     * in place and gives the score, maximum and pass to store. False, changing nothing, when the
     * attempt is not sent or has no such answer.
     */
    public boolean markByTrainer(String attemptId, String question, double mark, TrainerMark given,
                                 java.util.function.Function<Map<String, Saved>, Rescored> rescore) {
        return Writes.inTransaction(jdbi, h -> {
            int changed = h.createUpdate("""
                            update quiz_answer set mark = :mark, marked_by = :by, marked_at = :at, comment = :comment
                            where attempt_id = :id and question = :q
                              and exists (select 1 from quiz_attempt a where a.id = :id and a.submitted_at is not null)""")
                    .bind("mark", mark).bind("by", given.by()).bind("at", given.at())
                    .bind("comment", given.comment().isEmpty() ? null : given.comment())
                    .bind("id", attemptId).bind("q", question).execute();
            if (changed == 0) {
                return false;
            }
            Rescored score = rescore.apply(answers(h, attemptId));
            h.createUpdate("update quiz_attempt set score = :score, max_score = :max, passed = :passed where id = :id")
                    .bind("score", score.score()).bind("max", score.max()).bind("passed", score.passed() ? 1 : 0)
                    .bind("id", attemptId).execute();
            return true;
        });
    }

    /** An attempt's score after a trainer's mark. */
    public record Rescored(double score, double max, boolean passed) {
    }

    /** A sent answer waiting for, or given, a trainer's mark: the rows of a quiz's marking queue. */
    public record ToMark(AttemptRow attempt, String question, Saved saved) {
    }

    /** The sent answers of a quiz to the given questions, oldest attempt first. */
    public List<ToMark> answersTo(String quiz, Set<String> questions) {
        if (questions.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> {
            List<AttemptRow> sent = h.createQuery("select " + ATTEMPT_COLUMNS + """
                             from quiz_attempt where quiz = :quiz and submitted_at is not null
                            order by submitted_at, id""")
                    .bind("quiz", quiz).map((rs, ctx) -> row(rs)).list();
            List<ToMark> rows = new java.util.ArrayList<>();
            for (AttemptRow attempt : sent) {
                answers(h, attempt.id()).forEach((q, saved) -> {
                    if (questions.contains(q)) {
                        rows.add(new ToMark(attempt, q, saved));
                    }
                });
            }
            return rows;
        });
    }

    /** Submitted attempts of a learner, for progress: quiz id, attempt number and whether it passed. */
    public record Outcome(String quiz, int number, boolean passed) {
    }

    public List<Outcome> outcomes(String learnerId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select quiz, number, passed from quiz_attempt
                        where learner_id = :learner and submitted_at is not null order by quiz, number""")
                .bind("learner", learnerId)
                .map((rs, ctx) -> new Outcome(rs.getString("quiz"), rs.getInt("number"), rs.getInt("passed") == 1))
                .list());
    }

    public boolean isClosed(String quiz) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from quiz_closed where quiz = :quiz")
                .bind("quiz", quiz).mapTo(Integer.class).one() > 0);
    }

    public void setClosed(String quiz, boolean closed, long now) {
        Writes.useTransaction(jdbi, h -> {
            if (closed) {
                h.createUpdate("insert into quiz_closed (quiz, closed_at) values (:quiz, :now) on conflict (quiz) do nothing")
                        .bind("quiz", quiz).bind("now", now).execute();
            } else {
                h.createUpdate("delete from quiz_closed where quiz = :quiz").bind("quiz", quiz).execute();
            }
        });
    }

    private static boolean isDraft(Handle h, String attemptId) {
        return h.createQuery("select count(*) from quiz_attempt where id = :id and submitted_at is null")
                .bind("id", attemptId).mapTo(Integer.class).one() == 1;
    }

    private AttemptRow row(ResultSet rs) throws SQLException {
        String order = rs.getString("question_order");
        Object passed = rs.getObject("passed");
        return new AttemptRow(rs.getString("id"), rs.getString("quiz"), rs.getString("learner_id"),
                rs.getInt("number"), order.isEmpty() ? List.of() : Arrays.asList(order.split(",")),
                rs.getLong("started_at"), Optional.ofNullable((Long) longOrNull(rs, "submitted_at")),
                Optional.ofNullable(doubleOrNull(rs, "score")), Optional.ofNullable(doubleOrNull(rs, "max_score")),
                Optional.ofNullable(passed).map(p -> ((Number) p).intValue() == 1),
                new AttemptRow.Respondent(Optional.ofNullable(rs.getString("respondent_group"))
                        .flatMap(AttemptRow.Group::of),
                        Optional.ofNullable(rs.getString("respondent_name")),
                        Optional.ofNullable(rs.getString("respondent_kelurahan"))),
                Optional.ofNullable(rs.getString("workshop")),
                Optional.ofNullable(rs.getString("option_order")).map(json::readOptions));
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Double doubleOrNull(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
