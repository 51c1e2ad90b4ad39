package id.serambi.quiz.take;

import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.quiz.grade.Grade;
import id.serambi.quiz.grade.Scoring;
import id.serambi.quiz.model.Answer;
import id.serambi.quiz.model.Paper;
import id.serambi.quiz.model.AnswerCheck;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.model.Settings;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The models of the quiz pages: what each shows, in the reader's language. */
final class QuizPages {
    private static final ZoneId ZONE = ZoneId.of("Asia/Makassar");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH.mm");

    private final Attempts attempts;
    private final QuizViews views;
    private final Messages messages;
    private final Function<String, Optional<String>> moduleUrl;
    private final QuestionHtml html;

    QuizPages(Attempts attempts, QuizViews views, Messages messages, Function<String, Optional<String>> moduleUrl,
              QuestionHtml html) {
        this.attempts = attempts;
        this.html = html;
        this.views = views;
        this.messages = messages;
        this.moduleUrl = moduleUrl;
    }

    boolean closed(Quiz quiz) {
        return attempts.closed(quiz);
    }

    record ListEntry(String title, String kind, String url, int questions) {
    }

    List<ListEntry> list(Lang lang) {
        return attempts.quizzes().all().stream().map(q -> new ListEntry(q.title().in(lang),
                q.kind() == Quiz.Kind.QUIZ ? "quiz" : "questionnaire", q.url(), q.questionsPerAttempt()))
                .toList();
    }

    record HistoryEntry(int number, String when, String result, String url) {
    }

    Map<String, Object> intro(Quiz quiz, String learnerId, boolean closed, Lang lang) {
        List<AttemptRow> history = attempts.history(learnerId, quiz);
        boolean questionnaire = quiz.kind() == Quiz.Kind.QUESTIONNAIRE;
        Map<String, Object> model = common(quiz, lang);
        model.put("description", quiz.description().map(d -> d.in(lang)).orElse(null));
        model.put("questionCount", quiz.questionsPerAttempt());
        model.put("pass", quiz.settings().passPercent());
        model.put("passMark", quiz.settings().hasPassMark());
        model.put("attemptsAllowed", quiz.settings().attempts());
        model.put("anonymous", quiz.settings().anonymous());
        model.put("history", history.stream().map(a -> new HistoryEntry(a.number(),
                WHEN.format(Instant.ofEpochMilli(a.submittedAt().orElse(a.startedAt())).atZone(ZONE)),
                outcome(quiz, a, closed, lang), a.draft() ? null : quiz.url() + "/hasil/" + a.id())).toList());
        boolean hasDraft = history.stream().anyMatch(AttemptRow::draft);
        model.put("draftUrl", hasDraft ? quiz.url() + "/isi" : null);
        model.put("canStart", attempts.cannotStart(quiz, history).isEmpty());
        model.put("closed", attempts.closed(quiz));
        Settings.Respondent respondent = questionnaire ? quiz.settings().respondent() : Settings.Respondent.NONE;
        model.put("askGroup", respondent.group());
        model.put("askName", respondent.name() && !quiz.settings().anonymous());
        model.put("askKelurahan", respondent.kelurahan());
        return model;
    }

    /** An attempt's line in the history: no more of its result than its result page shows. */
    private String outcome(Quiz quiz, AttemptRow a, boolean closed, Lang lang) {
        if (a.draft()) {
            return messages.get(lang, "quiz.history.draft");
        }
        Settings.Review review = closed ? quiz.settings().reviewClosed() : quiz.settings().review();
        if (quiz.kind() == Quiz.Kind.QUESTIONNAIRE || !review.showsScore() || a.maxScore().orElse(0.0) <= 0) {
            return messages.get(lang, "quiz.history.sent");
        }
        String percent = percentText(percent(a), lang);
        if (!quiz.settings().hasPassMark()) {
            return messages.get(lang, "quiz.history.score", percent);
        }
        return messages.get(lang, a.passed().orElse(false) ? "quiz.history.passed" : "quiz.history.failed", percent);
    }

    /** The question's number on the paper: descriptions between the questions are not counted. */
    private static int number(Quiz quiz, List<String> order, String id) {
        int number = 0;
        for (String other : order) {
            if (!(quiz.question(other).orElseThrow() instanceof Question.Description)) {
                number++;
            }
            if (other.equals(id)) {
                break;
            }
        }
        return number;
    }

        record PageLink(int number, String url, boolean answered, boolean current) {
    }

    Map<String, Object> take(Quiz quiz, AttemptRow attempt, int requestedPage, Lang lang,
                             Map<String, AnswerCheck.Invalid> invalid, String notice) {
        Map<String, QuizStore.Saved> saved = attempts.answers(attempt);
        boolean perQuestion = quiz.settings().layout() == Settings.Layout.PER_QUESTION;
        Paper paper = attempt.paper(quiz);
        List<String> order = paper.questions();
        int pages = perQuestion ? order.size() : 1;
        int page = Math.min(Math.max(1, requestedPage), pages);
        List<String> shown = perQuestion ? List.of(order.get(page - 1)) : order;
        boolean immediate = quiz.settings().feedback() == Settings.Feedback.IMMEDIATE
                && quiz.kind() == Quiz.Kind.QUIZ;
        List<QuestionView> questions = new ArrayList<>();
        for (String id : shown) {
            Question q = quiz.question(id).orElseThrow();
            QuizStore.Saved answer = saved.get(id);
            boolean locked = answer != null && answer.checked();
            Optional<QuestionView.Feedback> feedback = locked && q.graded()
                    ? Optional.of(feedback(q, Optional.of(answer.answer()), lang)) : Optional.empty();
            questions.add(views.question(q, quiz.info(id), number(quiz, order, id),
                    Optional.ofNullable(answer).map(QuizStore.Saved::answer), locked, lang, paper.options(q),
                    Optional.ofNullable(invalid.get(id)), feedback));
        }
        List<PageLink> links = new ArrayList<>();
        for (int i = 1; perQuestion && i <= pages; i++) {
            links.add(new PageLink(i, quiz.url() + "/isi?halaman=" + i,
                    saved.containsKey(order.get(i - 1)), i == page));
        }
        Map<String, Object> model = common(quiz, lang);
        model.put("attempt", attempt);
        model.put("questionHtml", html.editable(questions, immediate, lang));
        model.put("page", page);
        model.put("pages", pages);
        model.put("pageLinks", links);
        model.put("immediate", immediate);
        // one question and nothing checked on the way: its answer goes with the send, in one write
        model.put("autosave", immediate || order.size() > 1);
        model.put("unanswered", (int) order.stream().filter(id -> !saved.containsKey(id))
                .filter(id -> !(quiz.question(id).orElseThrow() instanceof Question.Description)).count());
        model.put("notice", notice);
        // a phone that followed the trainer comes here without the introduction: its one sentence leads the first page
        model.put("description", page == 1 ? quiz.description().map(d -> d.in(lang)).orElse(null) : null);
        return model;
    }

    /**
     * What a sent attempt's page shows: as much as the quiz's review setting allows, which may be
     * more once the quiz, or the workshop step that opened it, is closed ({@code closed}).
     */
    Map<String, Object> result(Quiz quiz, AttemptRow attempt, String learnerId, boolean closed, Lang lang) {
        Settings.Review review = closed ? quiz.settings().reviewClosed() : quiz.settings().review();
        boolean questionnaire = quiz.kind() == Quiz.Kind.QUESTIONNAIRE;
        Map<String, QuizStore.Saved> saved = attempts.answers(attempt);
        Map<String, Object> model = common(quiz, lang);
        List<QuestionView> questions = new ArrayList<>();
        Paper paper = attempt.paper(quiz);
        // a questionnaire shows its answers back to the one who gave them: there is nothing to learn from them
        boolean answers = questionnaire || review.showsAnswers();
        Scoring.Score score = attempts.score(quiz, attempt, saved);
        for (String id : answers ? paper.questions() : List.<String>of()) {
            Question q = quiz.question(id).orElseThrow();
            Optional<Answer> answer = Optional.ofNullable(saved.get(id)).map(QuizStore.Saved::answer);
            Optional<QuestionView.Feedback> feedback = q.graded()
                    ? Optional.of(feedback(q, answer, Optional.ofNullable(score.grades().get(id)),
                    Optional.ofNullable(saved.get(id)).flatMap(QuizStore.Saved::byTrainer).isPresent(), lang))
                    : Optional.empty();
            questions.add(views.question(q, quiz.info(id), number(quiz, paper.questions(), id), answer, true, lang,
                    paper.options(q), Optional.empty(), feedback));
        }
        model.put("awaiting", quiz.kind() == Quiz.Kind.QUIZ ? score.awaiting() : 0);
        boolean scored = !questionnaire && review.showsScore() && attempt.maxScore().filter(m -> m > 0).isPresent();
        model.put("attempt", attempt);
        model.put("questions", questions);
        model.put("showScore", scored);
        model.put("showAnswers", answers);
        model.put("reviewLater", !questionnaire && !closed && quiz.settings().reviewClosed().compareTo(review) > 0);
        model.put("percent", percentText(percent(attempt), lang));
        model.put("score", number(attempt.score().orElse(0.0), lang));
        model.put("max", number(attempt.maxScore().orElse(0.0), lang));
        model.put("passMark", quiz.settings().hasPassMark());
        model.put("passed", attempt.passed().orElse(false));
        model.put("pass", quiz.settings().passPercent());
        model.put("canRetry", quiz.kind() == Quiz.Kind.QUIZ && quiz.settings().hasPassMark()
                && !attempt.passed().orElse(false)
                && attempts.cannotStart(quiz, attempts.history(learnerId, quiz)).isEmpty());
        return model;
    }

    private QuestionView.Feedback feedback(Question q, Optional<Answer> answer, Lang lang) {
        return feedback(q, answer, Optional.empty(), false, lang);
    }

    /**
     * What the learner is told of one answer: the grader's mark, or the trainer's with their
     * comment; an essay not yet marked says so.
     */
    private QuestionView.Feedback feedback(Question q, Optional<Answer> answer, Optional<Grade> given,
                                           boolean byTrainer, Lang lang) {
        if (q.markedByTrainer() && given.isEmpty() && answer.isPresent()) {
            return new QuestionView.Feedback("awaiting", "–", number(q.points(), lang),
                    q.explanation().map(e -> e.in(lang)).stream().toList());
        }
        Grade grade = given.orElseGet(() -> attempts.grade(q, answer));
        String verdict = answer.isEmpty() ? "unanswered" : grade.verdict().name().toLowerCase(java.util.Locale.ROOT);
        List<String> texts = new ArrayList<>();
        if (byTrainer) {
            grade.feedback().forEach(t -> texts.add(messages.get(lang, "quiz.mark.comment.shown", t.in(lang))));
            q.explanation().ifPresent(e -> texts.add(e.in(lang)));
        } else {
            grade.feedback().forEach(t -> texts.add(t.in(lang)));
        }
        return new QuestionView.Feedback(verdict, number(grade.points(), lang), number(q.points(), lang), texts);
    }

    private Map<String, Object> common(Quiz quiz, Lang lang) {
        Map<String, Object> model = new HashMap<>();
        model.put("quizTitle", quiz.title().in(lang));
        model.put("base", quiz.url());
        model.put("questionnaire", quiz.kind() == Quiz.Kind.QUESTIONNAIRE);
        model.put("moduleUrl", moduleUrl.apply(quiz.id()).orElse(null));
        return model;
    }

    private static double percent(AttemptRow a) {
        double max = a.maxScore().orElse(0.0);
        return max <= 0 ? 0 : Scoring.rounded(Math.max(0, a.score().orElse(0.0)) / max * 100);
    }

    /** A percent as the pass check judges it: one decimal when it has one ("69,5"), none otherwise. */
    static String percentText(double percent, Lang lang) {
        NumberFormat format = NumberFormat.getNumberInstance(lang.locale());
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(Scoring.rounded(percent));
    }

    static String number(double value, Lang lang) {
        NumberFormat format = NumberFormat.getNumberInstance(lang.locale());
        format.setMaximumFractionDigits(value >= 10 ? 0 : 2);
        return format.format(value);
    }
}
