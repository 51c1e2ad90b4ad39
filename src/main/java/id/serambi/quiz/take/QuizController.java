package id.serambi.quiz.take;

import id.serambi.i18n.Messages;
import id.serambi.quiz.model.AnswerCheck;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.model.Settings;
import id.serambi.web.Pages;
import id.serambi.web.Templates;
import id.serambi.web.Visitor;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The pages a learner takes a quiz or questionnaire on: its introduction, the questions, and the
 * result. Every form is a plain post that redirects; {@code quiz.js} also saves as the learner
 * answers, with the header {@value #FRAGMENT}, and gets a short status back instead of a page.
 */
public final class QuizController {
    static final String FRAGMENT = "X-Serambi-Fragment";

    private final Attempts attempts;
    private final QuizReplies replies;
    private final Messages messages;
    private final QuizForm form = new QuizForm();
    private final Taker taker;
    private final java.util.function.Consumer<String> sentInWorkshop;

    /**
     * @param moduleUrl      the page of the module a quiz belongs to, by quiz id
     * @param taker          under whom each request takes the quiz
     * @param sentInWorkshop told the workshop's id when an attempt counting for it was sent
     * @param templates      draws the questions of the questions page
     */
    public QuizController(Attempts attempts, Pages pages, Messages messages, Function<String, Optional<String>> moduleUrl,
                          Taker taker, java.util.function.Consumer<String> sentInWorkshop, Templates templates) {
        this.attempts = attempts;
        this.taker = taker;
        this.sentInWorkshop = sentInWorkshop;
        this.messages = messages;
        this.replies = new QuizReplies(new QuizPages(attempts, new QuizViews(messages), messages, moduleUrl,
                new QuestionHtml(templates)), pages,
                messages);
    }

    public void list(Context ctx) {
        replies.list(ctx, Visitor.of(ctx).lang());
    }

    public void intro(Context ctx) {
        Quiz quiz = quiz(ctx);
        replies.intro(ctx, quiz, taking(ctx, quiz), null, Map.of());
    }

    public void start(Context ctx) {
        Quiz quiz = quiz(ctx);
        Visitor visitor = Visitor.of(ctx);
        Taking taking = taking(ctx, quiz);
        if (taking.isFrozen()) {
            ctx.status(HttpStatus.CONFLICT);
            replies.intro(ctx, quiz, taking, null, Map.of());
            return;
        }
        Settings.Respondent asked = quiz.kind() == Quiz.Kind.QUESTIONNAIRE ? quiz.settings().respondent()
                : Settings.Respondent.NONE;
        String group = param(ctx, "kelompok", 10);
        String name = quiz.settings().anonymous() ? "" : param(ctx, "nama", 100);
        String kelurahan = param(ctx, "kelurahan", 100);
        Optional<AttemptRow.Group> chosen = AttemptRow.Group.of(group);
        if (taking.respondent().isEmpty() && asked.group() && chosen.isEmpty()
                && attempts.draft(taking.learnerId(), quiz).isEmpty()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            replies.intro(ctx, quiz, taking, null, Map.of("kelompok", group, "nama", name, "kelurahan", kelurahan,
                    "galat", messages.get(visitor.lang(), "quiz.respondent.group.missing")));
            return;
        }
        AttemptRow.Respondent respondent = taking.respondent().orElseGet(() -> new AttemptRow.Respondent(asked.group() ? chosen : Optional.empty(),
                asked.name() && !name.isEmpty() ? Optional.of(name) : Optional.empty(),
                asked.kelurahan() && !kelurahan.isEmpty() ? Optional.of(kelurahan) : Optional.empty()));
        Attempts.Result<AttemptRow> started = attempts.start(taking.learnerId(), quiz, respondent, taking.workshop());
        if (started.refusal().isPresent()) {
            ctx.status(HttpStatus.CONFLICT);
            replies.intro(ctx, quiz, taking, messages.get(visitor.lang(), started.refusal().get()), Map.of());
            return;
        }
        ctx.redirect(quiz.url() + "/isi", HttpStatus.SEE_OTHER);
    }

    public void take(Context ctx) {
        Quiz quiz = quiz(ctx);
        Visitor visitor = Visitor.of(ctx);
        Taking taking = taking(ctx, quiz);
        Optional<AttemptRow> draft = attempts.draft(taking.learnerId(), quiz);
        if (draft.isEmpty() || taking.isFrozen()) {
            ctx.redirect(quiz.url(), HttpStatus.SEE_OTHER);
            return;
        }
        int page = pageParam(ctx.queryParam("halaman"));
        replies.take(ctx, quiz, draft.get(), page, visitor.lang(), Map.of(), null);
    }

    public void save(Context ctx) {
        Quiz quiz = quiz(ctx);
        Visitor visitor = Visitor.of(ctx);
        Taking taking = taking(ctx, quiz);
        AttemptRow attempt = postedAttempt(ctx, quiz, visitor, taking);
        if (taking.isFrozen()) {
            replies.frozen(ctx, quiz, taking);
            return;
        }
        if (!attempt.draft()) {
            replies.done(ctx, quiz, attempt);
            return;
        }
        QuizForm.Parsed parsed = form.read(quiz, ctx.formParamMap());
        Optional<String> check = Optional.ofNullable(ctx.formParam("periksa"));
        Attempts.Result<Map<String, AnswerCheck.Invalid>> saved = attempts.save(quiz, attempt, parsed, check);
        int page = pageParam(Optional.ofNullable(ctx.formParam("pindah")).orElse(ctx.formParam("halaman")));
        int current = pageParam(ctx.formParam("halaman"));
        if (saved.refusal().isPresent()) {
            replies.refused(ctx, quiz, taking, attempt, saved.refusal().get(), visitor.lang());
            return;
        }
        Map<String, AnswerCheck.Invalid> invalid = saved.value().orElseThrow();
        if (QuizReplies.isFragment(ctx)) {
            replies.autosaved(ctx, invalid, visitor.lang());
            return;
        }
        if (!invalid.isEmpty()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            replies.take(ctx, quiz, attempt, current, visitor.lang(), invalid,
                    messages.get(visitor.lang(), "quiz.invalid", invalid.size()));
            return;
        }
        String anchor = check.map(id -> "#soal-" + id).orElse("");
        ctx.redirect(quiz.url() + "/isi" + (page > 1 ? "?halaman=" + page : "") + anchor, HttpStatus.SEE_OTHER);
    }

    public void submit(Context ctx) {
        Quiz quiz = quiz(ctx);
        Visitor visitor = Visitor.of(ctx);
        Taking taking = taking(ctx, quiz);
        AttemptRow attempt = postedAttempt(ctx, quiz, visitor, taking);
        if (taking.isFrozen()) {
            replies.frozen(ctx, quiz, taking);
            return;
        }
        QuizForm.Parsed parsed = form.read(quiz, ctx.formParamMap());
        Attempts.Result<Map<String, AnswerCheck.Invalid>> sent = attempts.submit(quiz, attempt, parsed);
        if (sent.refusal().isPresent()) {
            replies.refused(ctx, quiz, taking, attempt, sent.refusal().get(), visitor.lang());
            return;
        }
        Map<String, AnswerCheck.Invalid> invalid = sent.value().orElseThrow();
        if (!invalid.isEmpty()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            replies.take(ctx, quiz, attempt, pageParam(ctx.formParam("halaman")), visitor.lang(), invalid,
                    messages.get(visitor.lang(), "quiz.invalid.send", invalid.size()));
            return;
        }
        attempt.workshop().ifPresent(sentInWorkshop);
        replies.done(ctx, quiz, attempt);
    }

    public void result(Context ctx) {
        Quiz quiz = quiz(ctx);
        Visitor visitor = Visitor.of(ctx);
        Taking taking = taking(ctx, quiz);
        AttemptRow attempt = attempts.attempt(taking.learnerId(), quiz, ctx.pathParam("attempt"))
                .filter(a -> !a.draft()).orElseThrow(NotFoundResponse::new);
        replies.result(ctx, quiz, attempt, taking, visitor.lang());
    }

    /** The attempt a form names, which must be the visitor's own. */
    private AttemptRow postedAttempt(Context ctx, Quiz quiz, Visitor visitor, Taking taking) {
        String id = ctx.formParam("percobaan");
        if (id == null || id.isBlank()) {
            throw new BadRequestResponse(messages.get(visitor.lang(), "quiz.attempt.missing"));
        }
        return attempts.attempt(taking.learnerId(), quiz, id).orElseThrow(NotFoundResponse::new);
    }

    private Taking taking(Context ctx, Quiz quiz) {
        return taker.of(ctx.cookieMap(), Visitor.of(ctx).learnerId(), quiz);
    }

    private Quiz quiz(Context ctx) {
        return attempts.quizzes().find(ctx.pathParam("quiz")).orElseThrow(NotFoundResponse::new);
    }

    private static String param(Context ctx, String name, int max) {
        String value = ctx.formParam(name);
        if (value == null) {
            return "";
        }
        String stripped = value.strip();
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }

    private static int pageParam(String value) {
        try {
            return value == null ? 1 : Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
