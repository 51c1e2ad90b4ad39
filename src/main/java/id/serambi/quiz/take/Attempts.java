package id.serambi.quiz.take;

import id.serambi.content.Text;
import id.serambi.quiz.grade.Grade;
import id.serambi.quiz.grade.Grader;
import id.serambi.quiz.grade.Scoring;
import id.serambi.quiz.model.Answer;
import id.serambi.quiz.model.AnswerCheck;
import id.serambi.quiz.model.AnswerText;
import id.serambi.quiz.model.Paper;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.model.QuizCatalog;
import id.serambi.quiz.model.Settings;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Taking quizzes and questionnaires: starting an attempt, saving its answers as they are given,
 * checking one answer when feedback is immediate, and submitting it once. Pure rules over the
 * store; the controller only translates HTTP.
 */
public final class Attempts {
    /**
     * What no form of ours can send: a question, option or pair the quiz does not have. A post
     * naming one is refused whole (400), nothing stored; other mistakes keep the rest of the draft.
     */
    static final Set<String> UNKNOWN = Set.of("quiz.form.unknown", "quiz.answer.option", "quiz.answer.pair",
            "quiz.answer.pair.right", "quiz.answer.order", "quiz.answer.kind");

    private final QuizCatalog quizzes;
    private final QuizStore store;
    private final Grader grader = new Grader();
    private final Scoring scoring = new Scoring(grader);
    private final AnswerCheck checks = new AnswerCheck();
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Attempts(QuizCatalog quizzes, QuizStore store, Clock clock) {
        this.quizzes = quizzes;
        this.store = store;
        this.clock = clock;
    }

    public QuizCatalog quizzes() {
        return quizzes;
    }

    public List<AttemptRow> history(String learnerId, Quiz quiz) {
        return store.attempts(learnerId, quiz.id());
    }

    public Map<String, QuizStore.Saved> answers(AttemptRow attempt) {
        return store.answers(attempt.id());
    }

    public Optional<AttemptRow> attempt(String learnerId, Quiz quiz, String attemptId) {
        return store.attempt(attemptId)
                .filter(a -> a.learnerId().equals(learnerId) && a.quiz().equals(quiz.id()));
    }

    public Optional<AttemptRow> draft(String learnerId, Quiz quiz) {
        return history(learnerId, quiz).stream().filter(AttemptRow::draft).reduce((a, b) -> b);
    }

    public boolean closed(Quiz quiz) {
        return store.isClosed(quiz.id());
    }

    /** Why a new attempt cannot start, as a message key; empty when it can. */
    public Optional<String> cannotStart(Quiz quiz, List<AttemptRow> history) {
        if (closed(quiz)) {
            return Optional.of("quiz.refused.closed");
        }
        long submitted = history.stream().filter(a -> !a.draft()).count();
        int allowed = quiz.settings().attempts();
        if (allowed > 0 && submitted >= allowed) {
            return Optional.of(quiz.kind() == Quiz.Kind.QUESTIONNAIRE ? "quiz.refused.sent" : "quiz.refused.attempts");
        }
        return Optional.empty();
    }

    /** The open draft, or a new attempt; refused with a message key when no attempt may start. */
    public Result<AttemptRow> start(String learnerId, Quiz quiz, AttemptRow.Respondent respondent) {
        return start(learnerId, quiz, respondent, Optional.empty());
    }

    /** As {@link #start(String, Quiz, AttemptRow.Respondent)}, a new attempt counting for {@code workshop}. */
    public Result<AttemptRow> start(String learnerId, Quiz quiz, AttemptRow.Respondent respondent,
                                    Optional<String> workshop) {
        List<AttemptRow> history = history(learnerId, quiz);
        Optional<AttemptRow> open = history.stream().filter(AttemptRow::draft).findFirst();
        if (open.isPresent()) {
            return Result.ok(open.get());
        }
        Optional<String> refusal = cannotStart(quiz, history);
        if (refusal.isPresent()) {
            return Result.refused(refusal.get());
        }
        int number = history.stream().mapToInt(AttemptRow::number).max().orElse(0) + 1;
        Paper paper = Paper.draw(quiz, random);
        AttemptRow attempt = new AttemptRow(newId(), quiz.id(), learnerId, number, paper.questions(), clock.millis(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), respondent, workshop,
                Optional.of(paper.options()));
        return Result.ok(store.start(attempt, clock.millis()));
    }

    /** A form's answers sorted for storing: those to keep, those to clear, and what cannot be taken. */
    private record Sorted(Map<String, Answer> valid, Set<String> cleared, Map<String, AnswerCheck.Invalid> invalid) {
    }

    /** The form's answers to the questions the attempt was shown; refused when the form names what no quiz form can. */
    private Result<Sorted> sort(Quiz quiz, AttemptRow attempt, QuizForm.Parsed parsed) {
        if (closed(quiz)) {
            return Result.refused("quiz.refused.closed");
        }
        // a question the attempt was not shown (a forged or stale form) is left alone
        Set<String> shown = new HashSet<>(attempt.paper(quiz).questions());
        Map<String, AnswerCheck.Invalid> invalid = new LinkedHashMap<>(parsed.invalid());
        invalid.keySet().removeIf(id -> quiz.question(id).isPresent() && !shown.contains(id));
        Set<String> cleared = new HashSet<>(parsed.cleared());
        cleared.retainAll(shown);
        Map<String, Answer> valid = new LinkedHashMap<>();
        parsed.answers().forEach((id, answer) -> {
            if (!shown.contains(id)) {
                return;
            }
            Optional<AnswerCheck.Invalid> problem = quiz.question(id).flatMap(q -> checks.check(q, answer));
            if (problem.isPresent()) {
                invalid.put(id, problem.get());
            } else {
                valid.put(id, answer);
            }
        });
        if (invalid.values().stream().anyMatch(i -> UNKNOWN.contains(i.key()))) {
            return Result.refused("quiz.refused.unknown");
        }
        return Result.ok(new Sorted(valid, cleared, invalid));
    }

    /**
     * Keeps the answers that can be taken and reports the others; with {@code check}, marks that
     * question now, shows its feedback and locks its answer.
     */
    public Result<Map<String, AnswerCheck.Invalid>> save(Quiz quiz, AttemptRow attempt, QuizForm.Parsed parsed,
                                                      Optional<String> check) {
        Result<Sorted> sorted = sort(quiz, attempt, parsed);
        if (sorted.refusal().isPresent()) {
            return Result.refused(sorted.refusal().get());
        }
        Map<String, Answer> valid = sorted.value().orElseThrow().valid();
        Set<String> checkNow = new HashSet<>();
        Map<String, Double> marks = new HashMap<>();
        check.filter(valid::containsKey).flatMap(quiz::question).filter(q -> q.graded() && !q.markedByTrainer())
                .ifPresent(q -> {
            checkNow.add(q.id());
            grader.grade(q, Optional.of(valid.get(q.id()))).ifPresent(g -> marks.put(q.id(), g.points()));
        });
        if (!store.save(attempt.id(), valid, sorted.value().get().cleared(), checkNow, marks, clock.millis())) {
            return Result.refused("quiz.refused.submitted");
        }
        return Result.ok(sorted.value().get().invalid());
    }

    /**
     * Saves the last answers and submits the attempt, marking every question, in one durable
     * write: once this returns, the answers and the submission are stored together. Nothing is
     * submitted (or saved) while an answer cannot be taken; a second submit of the same attempt
     * changes nothing.
     */
    public Result<Map<String, AnswerCheck.Invalid>> submit(Quiz quiz, AttemptRow attempt, QuizForm.Parsed parsed) {
        if (!attempt.draft()) {
            return Result.ok(Map.of());
        }
        Result<Sorted> sorted = sort(quiz, attempt, parsed);
        if (sorted.refusal().isPresent()) {
            return Result.refused(sorted.refusal().get());
        }
        Sorted form = sorted.value().orElseThrow();
        if (!form.invalid().isEmpty()) {
            // keep what can be kept, as a save would, and send nothing
            if (!store.save(attempt.id(), form.valid(), form.cleared(), Set.of(), Map.of(), clock.millis())) {
                return Result.refused("quiz.refused.submitted");
            }
            return Result.ok(form.invalid());
        }
        boolean sent = store.saveAndSubmit(attempt.id(), form.valid(), form.cleared(), clock.millis(), answers -> {
            Scoring.Score score = score(quiz, attempt, answers);
            boolean marked = quiz.kind() == Quiz.Kind.QUIZ && score.maxPoints() > 0;
            Map<String, Double> marks = new LinkedHashMap<>();
            score.grades().forEach((id, grade) -> {
                if (answers.containsKey(id)) {
                    marks.put(id, grade.points());
                }
            });
            return new QuizStore.Sending(marks, marked ? Optional.of(score.points()) : Optional.empty(),
                    marked ? Optional.of(score.maxPoints()) : Optional.empty(), !marked || score.passed());
        });
        // not sent: another request sent it meanwhile (a double click), which counts once
        return sent ? Result.ok(Map.of()) : Result.refused("quiz.refused.submitted");
    }

    /** The mark of one answer; unanswered questions earn nothing. */
    public Grade grade(Question question, Optional<Answer> answer) {
        return grader.grade(question, answer).orElse(new Grade(0, 0, Grade.Verdict.WRONG, List.of()));
    }

    /**
     * The score of an attempt from its saved answers, over the questions it was shown; a trainer's
     * mark stands for the grader's.
     */
    public Scoring.Score score(Quiz quiz, AttemptRow attempt, Map<String, QuizStore.Saved> answers) {
        Map<String, Answer> given = new LinkedHashMap<>();
        Map<String, Grade> byTrainer = new LinkedHashMap<>();
        answers.forEach((id, saved) -> {
            given.put(id, saved.answer());
            if (saved.byTrainer().isPresent() && saved.mark().isPresent()) {
                quiz.question(id).ifPresent(q -> byTrainer.put(id, trainerGrade(q, saved)));
            }
        });
        return scoring.score(quiz, attempt.paper(quiz).questions(), given, byTrainer);
    }

    private static Grade trainerGrade(Question q, QuizStore.Saved saved) {
        String comment = saved.byTrainer().map(QuizStore.TrainerMark::comment).orElse("");
        List<Text> feedback = comment.isBlank() ? List.of() : List.of(Text.of(comment));
        return Grade.byTrainer(saved.mark().orElse(0.0), q.points(), feedback);
    }

    /** The longest comment a trainer may give with a mark. */
    public static final int COMMENT_MAX = 1000;

    /**
     * Whether a trainer may mark answers to {@code q} by hand: an essay worth points, or a typed
     * answer the key may have missed (a short answer or a number).
     */
    public static boolean markable(Question q) {
        return q.markedByTrainer() || q instanceof Question.ShortAnswer || q instanceof Question.Numerical;
    }

    /**
     * A trainer's mark of one sent answer, from the form as typed ("2,5"); the attempt's score and
     * pass follow at once. Refused with a message key: not a number or out of range, a comment
     * too long, or no such sent answer.
     */
    public Result<Scoring.Score> markByTrainer(Quiz quiz, String attemptId, String questionId, String markTyped,
                                               String comment, String trainer) {
        Optional<Question> question = quiz.question(questionId).filter(Attempts::markable);
        Optional<AttemptRow> attempt = store.attempt(attemptId).filter(a -> a.quiz().equals(quiz.id()) && !a.draft());
        if (question.isEmpty() || attempt.isEmpty()) {
            return Result.refused("quiz.mark.unknown");
        }
        OptionalDouble mark = AnswerText.number(markTyped == null ? "" : markTyped);
        double max = question.get().points();
        if (mark.isEmpty() || mark.getAsDouble() < 0 || mark.getAsDouble() > max) {
            return Result.refused("quiz.mark.range");
        }
        String said = comment == null ? "" : comment.strip();
        if (said.codePointCount(0, said.length()) > COMMENT_MAX) {
            return Result.refused("quiz.mark.comment.long");
        }
        Scoring.Score[] after = new Scoring.Score[1];
        boolean marked = store.markByTrainer(attemptId, questionId, mark.getAsDouble(),
                new QuizStore.TrainerMark(trainer, clock.millis(), said), answers -> {
                    after[0] = score(quiz, attempt.get(), answers);
                    return new QuizStore.Rescored(after[0].points(), after[0].maxPoints(), after[0].passed());
                });
        return marked ? Result.ok(after[0]) : Result.refused("quiz.mark.unknown");
    }

    /** The sent answers of a quiz a trainer may mark by hand, oldest attempt first. */
    public List<QuizStore.ToMark> toMark(Quiz quiz) {
        Set<String> markable = new HashSet<>();
        quiz.questions().stream().filter(Attempts::markable).forEach(q -> markable.add(q.id()));
        return store.answersTo(quiz.id(), markable);
    }

    /**
     * The quizzes a learner completed: passed in the attempt that counts (the highest or the last,
     * as the quiz says), or, for questionnaires, sent.
     */
    public Set<String> completed(String learnerId) {
        Map<String, List<QuizStore.Outcome>> byQuiz = new LinkedHashMap<>();
        store.outcomes(learnerId).forEach(o -> byQuiz.computeIfAbsent(o.quiz(), k -> new ArrayList<>()).add(o));
        Set<String> done = new HashSet<>();
        byQuiz.forEach((id, outcomes) -> {
            Settings.Grading grading = quizzes.find(id).map(q -> q.settings().grading()).orElse(Settings.Grading.HIGHEST);
            if (Scoring.counting(outcomes, o -> o.passed() ? 1 : 0, grading).map(QuizStore.Outcome::passed)
                    .orElse(false)) {
                done.add(id);
            }
        });
        return done;
    }

    private String newId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        StringBuilder id = new StringBuilder();
        for (byte b : bytes) {
            id.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return id.toString();
    }

    /** A value, or the message key saying why there is none. */
    public record Result<T>(Optional<T> value, Optional<String> refusal) {
        static <T> Result<T> ok(T value) {
            return new Result<>(Optional.of(value), Optional.empty());
        }

        static <T> Result<T> refused(String key) {
            return new Result<>(Optional.empty(), Optional.of(key));
        }
    }
}
