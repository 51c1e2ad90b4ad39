package id.serambi.quiz.marking;

import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.quiz.grade.Scoring;
import id.serambi.quiz.model.Answer;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.result.Submissions;
import id.serambi.quiz.take.Attempts;
import id.serambi.quiz.take.QuizStore;
import id.serambi.web.Pages;
import id.serambi.web.Visitor;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A quiz's marking queue for trainers: every sent essay worth points, and every typed answer the
 * key did not give full marks, each with a form for a mark and a comment. Essays waiting for a
 * mark come first. A mark changes the attempt's score at once, and the learner sees it with the
 * comment on their result page.
 */
public final class MarkingController {
    private static final ZoneId ZONE = ZoneId.of("Asia/Makassar");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH.mm");

    private final Attempts attempts;
    private final Pages pages;
    private final Messages messages;
    private final Function<Context, String> trainer;

    /** @param trainer the account id of the signed-in trainer who marks */
    public MarkingController(Attempts attempts, Pages pages, Messages messages, Function<Context, String> trainer) {
        this.attempts = attempts;
        this.pages = pages;
        this.messages = messages;
        this.trainer = trainer;
    }

    /**
     * One answer in the queue.
     *
     * @param waiting whether it is an essay no trainer has marked yet
     * @param mark    the mark as it stands ("" for an essay not yet marked), as the form shows it
     * @param byKey   what the answer key gave it, for a typed answer; empty for an essay
     */
    public record Row(String attempt, String question, String who, String when, String prompt, String answer,
                      String mark, String max, String byKey, String comment, boolean waiting, String anchor) {
    }

    public void page(Context ctx) {
        Quiz quiz = quiz(ctx);
        Lang lang = Visitor.of(ctx).lang();
        render(ctx, quiz, lang, ctx.queryParam("dinilai") != null ? messages.get(lang, "quiz.mark.saved") : null,
                null);
    }

    public void mark(Context ctx) {
        Quiz quiz = quiz(ctx);
        Lang lang = Visitor.of(ctx).lang();
        String attempt = ctx.formParam("percobaan");
        String question = ctx.formParam("soal");
        Attempts.Result<Scoring.Score> marked = attempts.markByTrainer(quiz, attempt == null ? "" : attempt,
                question == null ? "" : question, ctx.formParam("nilai"), ctx.formParam("komentar"), trainer.apply(ctx));
        if (marked.refusal().isPresent()) {
            String key = marked.refusal().get();
            ctx.status(key.equals("quiz.mark.unknown") ? HttpStatus.NOT_FOUND : HttpStatus.UNPROCESSABLE_CONTENT);
            String max = quiz.question(question == null ? "" : question).map(q -> number(q.points(), lang)).orElse("");
            render(ctx, quiz, lang, null, messages.get(lang, key, max, Attempts.COMMENT_MAX));
            return;
        }
        ctx.redirect(quiz.url().replace("/kuis/", "/dasbor/") + "/nilai?dinilai=1#" + anchor(attempt, question),
                HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, Quiz quiz, Lang lang, String notice, String error) {
        List<Row> rows = new ArrayList<>();
        for (QuizStore.ToMark m : attempts.toMark(quiz)) {
            Question q = quiz.question(m.question()).orElseThrow();
            boolean byTrainer = m.saved().byTrainer().isPresent();
            double byKey = m.saved().mark().orElse(0.0);
            if (!q.markedByTrainer() && !byTrainer && byKey >= q.points()) {
                continue; // the key gave full marks: nothing to look at
            }
            String typed = m.saved().answer() instanceof Answer.Typed t ? t.text() : "";
            String who = m.attempt().respondent().name().orElse(Submissions.pseudonym(m.attempt().learnerId()));
            String when = WHEN.format(Instant.ofEpochMilli(m.attempt().submittedAt().orElse(0L)).atZone(ZONE));
            boolean waiting = q.markedByTrainer() && !byTrainer;
            String mark = waiting ? "" : number(byKey, lang);
            String key = q.markedByTrainer() ? "" : messages.get(lang, "quiz.mark.bykey", number(byKey, lang),
                    number(q.points(), lang));
            rows.add(new Row(m.attempt().id(), q.id(), who, when, q.prompt().in(lang), typed, mark,
                    number(q.points(), lang), key, m.saved().byTrainer().map(QuizStore.TrainerMark::comment).orElse(""),
                    waiting, anchor(m.attempt().id(), q.id())));
        }
        rows.sort(Comparator.comparing((Row r) -> !r.waiting()));
        Map<String, Object> model = new HashMap<>();
        model.put("quizTitle", quiz.title().in(lang));
        model.put("base", quiz.url().replace("/kuis/", "/dasbor/"));
        model.put("rows", rows);
        model.put("waiting", rows.stream().filter(Row::waiting).count());
        model.put("notice", notice);
        model.put("error", error);
        model.put("commentMax", Attempts.COMMENT_MAX);
        model.put("pageStyle", "/static/quiz.css");
        pages.render(ctx, "quiz/marking/queue", model);
    }

    private static String anchor(String attempt, String question) {
        return "nilai-" + attempt + "-" + question;
    }

    private Quiz quiz(Context ctx) {
        return attempts.quizzes().find(ctx.pathParam("quiz")).filter(q -> q.kind() == Quiz.Kind.QUIZ)
                .orElseThrow(NotFoundResponse::new);
    }

    private static String number(double value, Lang lang) {
        NumberFormat format = NumberFormat.getNumberInstance(lang.locale());
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}
