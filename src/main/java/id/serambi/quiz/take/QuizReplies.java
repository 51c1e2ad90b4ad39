package id.serambi.quiz.take;

import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.quiz.model.AnswerCheck;
import id.serambi.quiz.model.Quiz;
import id.serambi.web.Pages;
import id.serambi.web.Visitor;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.HashMap;
import java.util.Map;

/**
 * What a learner is shown after a step of taking a quiz: the next page, or the same page again with
 * why the step did not go through. Kept apart from {@link QuizController} so that a refusal or a
 * frozen attempt looks the same whichever step met it, and a room's seat sees its limits on every page.
 */
final class QuizReplies {
    private static final String STYLE = "/static/quiz.css";
    private static final String SCRIPT = "/static/quiz.js";

    private final QuizPages views;
    private final Pages pages;
    private final Messages messages;

    QuizReplies(QuizPages views, Pages pages, Messages messages) {
        this.views = views;
        this.pages = pages;
        this.messages = messages;
    }

    void list(Context ctx, Lang lang) {
        pages.render(ctx, "quiz/take/list", Map.of("quizzes", views.list(lang), "pageStyle", STYLE));
    }

    /**
     * The introduction; a seat of a room is not asked who it is, and a frozen attempt cannot start.
     * {@code respondent} holds what was typed in the respondent fields, and under "galat" why it was refused.
     */
    void intro(Context ctx, Quiz quiz, Taking taking, String notice, Map<String, String> respondent) {
        Visitor visitor = Visitor.of(ctx);
        Map<String, Object> model = views.intro(quiz, taking.learnerId(), closed(quiz, taking), visitor.lang());
        if (taking.respondent().isPresent()) {
            model.put("askGroup", false);
            model.put("askName", false);
            model.put("askKelurahan", false);
        }
        if (taking.isFrozen()) {
            model.put("canStart", false);
            model.put("draftUrl", null);
            if (notice == null) {
                notice = messages.get(visitor.lang(), taking.frozen().get());
            }
        }
        model.put("roomUrl", taking.roomUrl().orElse(null));
        model.put("frozen", taking.isFrozen());
        model.put("notice", notice);
        model.put("group", respondent.getOrDefault("kelompok", ""));
        model.put("name", respondent.getOrDefault("nama", ""));
        model.put("kelurahan", respondent.getOrDefault("kelurahan", ""));
        model.put("groupError", respondent.containsKey("galat") ? respondent.get("galat") : null);
        render(ctx, "quiz/take/intro", model);
    }

    /** Whether the quiz is closed for this taker: by the trainer, or with the workshop step that opened it. */
    private boolean closed(Quiz quiz, Taking taking) {
        return taking.stepClosed() || views.closed(quiz);
    }

    void take(Context ctx, Quiz quiz, AttemptRow attempt, int page, Lang lang, Map<String, AnswerCheck.Invalid> invalid,
              String notice) {
        render(ctx, "quiz/take/take", views.take(quiz, attempt, page, lang, invalid, notice));
    }

    void result(Context ctx, Quiz quiz, AttemptRow attempt, Taking taking, Lang lang) {
        Map<String, Object> model = views.result(quiz, attempt, taking.learnerId(), closed(quiz, taking), lang);
        if (taking.isFrozen()) {
            model.put("canRetry", false);
        }
        model.put("roomUrl", taking.roomUrl().orElse(null));
        render(ctx, "quiz/take/result", model);
    }

    /** The short status the page's script shows after saving as the learner answers. */
    void autosaved(Context ctx, Map<String, AnswerCheck.Invalid> invalid, Lang lang) {
        ctx.status(invalid.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT);
        ctx.contentType("text/plain; charset=utf-8");
        ctx.result(invalid.isEmpty() ? messages.get(lang, "quiz.autosaved")
                : messages.get(lang, "quiz.autosave.invalid", invalid.size()));
    }

    /** Answers that can no longer change: refused whole, nothing written, the reason shown. */
    void frozen(Context ctx, Quiz quiz, Taking taking) {
        ctx.status(HttpStatus.CONFLICT);
        if (isFragment(ctx)) {
            ctx.contentType("text/plain; charset=utf-8");
            ctx.result(messages.get(Visitor.of(ctx).lang(), taking.frozen().orElseThrow()));
            return;
        }
        intro(ctx, quiz, taking, null, Map.of());
    }

    void done(Context ctx, Quiz quiz, AttemptRow attempt) {
        ctx.redirect(quiz.url() + "/hasil/" + attempt.id(), HttpStatus.SEE_OTHER);
    }

    void refused(Context ctx, Quiz quiz, Taking taking, AttemptRow attempt, String key, Lang lang) {
        if ("quiz.refused.submitted".equals(key)) {
            done(ctx, quiz, attempt);
            return;
        }
        if ("quiz.refused.unknown".equals(key)) {
            ctx.status(HttpStatus.BAD_REQUEST);
            take(ctx, quiz, attempt, 1, lang, Map.of(), messages.get(lang, key));
            return;
        }
        ctx.status(HttpStatus.CONFLICT);
        intro(ctx, quiz, taking, messages.get(lang, key), Map.of());
    }

    /** Whether the page's script sent the request, and wants a short status rather than a page. */
    static boolean isFragment(Context ctx) {
        return "1".equals(ctx.header(QuizController.FRAGMENT));
    }

    private void render(Context ctx, String template, Map<String, Object> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("pageStyle", STYLE);
        all.put("pageScript", SCRIPT);
        pages.render(ctx, template, all);
    }
}
