package id.serambi.report.dashboard;

import id.serambi.i18n.Messages;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.model.QuizCatalog;
import id.serambi.quiz.result.Submissions;
import id.serambi.quiz.result.TextAnswer;
import id.serambi.report.readmodel.ReadModels;
import id.serambi.report.table.Csv;
import id.serambi.report.table.Table;
import id.serambi.report.table.Xlsx;
import id.serambi.web.Pages;
import id.serambi.web.Visitor;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The dashboards for trainers: the list, a quiz's or questionnaire's results, the pre/post gain,
 * the exports and the printable report, and the two things a trainer changes (hiding a typed
 * answer, closing to new answers). Every handler starts with {@link #trainer(Context)}.
 */
public final class ReportController {
    /** Days in filters and times in exports are those of the training's region (WITA). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Makassar");
    private static final String STYLE = "/static/report.css";

    private final Dashboards dashboards;
    private final Pages pages;
    private final Messages messages;
    private final Clock clock;
    private final Function<Context, Scope> viewers;

    /**
     * {@code viewers} gives what the visitor of a request may see, or throws when they may not see
     * the dashboards at all (a stranger, a learner).
     */
    public ReportController(QuizCatalog quizzes, Submissions submissions, ReadModels models, Pages pages,
                            Messages messages, Clock clock, Function<Context, Scope> viewers) {
        this.dashboards = new Dashboards(quizzes, submissions, models, ZONE);
        this.pages = pages;
        this.messages = messages;
        this.clock = clock;
        this.viewers = viewers;
    }

    /** Who looks, as the handlers need it: their language and what they may see. */
    private record Viewer(ReportText text, Scope scope) {
    }

    public void list(Context ctx) {
        Viewer viewer = trainer(ctx);
        render(ctx, "report/dashboard/list", Map.of("quizzes", dashboards.list(viewer.text(), viewer.scope()),
                "pre", Dashboards.PRE, "post", Dashboards.POST));
    }

    public void dashboard(Context ctx) {
        Viewer viewer = trainer(ctx);
        ReportText text = viewer.text();
        Quiz quiz = quiz(ctx);
        FilterForm form = filter(ctx, viewer);
        Map<String, Object> model = common(quiz, form, text);
        if (form.ok()) {
            model.putAll(dashboards.model(quiz, form.filter(), text));
        } else {
            ctx.status(HttpStatus.BAD_REQUEST);
        }
        render(ctx, "report/dashboard/dashboard", model);
    }

    public void print(Context ctx) {
        Viewer viewer = trainer(ctx);
        ReportText text = viewer.text();
        Quiz quiz = quiz(ctx);
        FilterForm form = filter(ctx, viewer);
        if (!form.ok()) {
            refuse(ctx, form, text);
            return;
        }
        Map<String, Object> model = common(quiz, form, text);
        model.putAll(dashboards.model(quiz, form.filter(), text));
        model.put("today", text.date(LocalDate.now(clock.withZone(ZONE))));
        model.put("filterWords", text.describe(form.filter()));
        render(ctx, "report/dashboard/print", model);
    }

    public void prePost(Context ctx) {
        Viewer viewer = trainer(ctx);
        ReportText text = viewer.text();
        FilterForm form = filter(ctx, viewer);
        List<Quiz> tests = dashboards.tests();
        String preId = chosen(ctx.queryParam("awal"), Dashboards.PRE, tests);
        String postId = chosen(ctx.queryParam("akhir"), Dashboards.POST, tests);
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("errors", errors(form, text));
        model.put("tests", tests.stream().map(q -> Map.of("id", q.id(), "title", q.title().in(text.lang))).toList());
        model.put("pre", preId);
        model.put("post", postId);
        model.put("same", preId.equals(postId));
        Quiz pre = dashboards.find(preId).orElse(null);
        Quiz post = dashboards.find(postId).orElse(null);
        if (!form.ok()) {
            ctx.status(HttpStatus.BAD_REQUEST);
        } else if (pre != null && post != null && !preId.equals(postId)) {
            model.put("gain", dashboards.gain(pre, post, form.filter(), text).model());
        }
        render(ctx, "report/dashboard/prepost", model);
    }

    public void csv(Context ctx) throws IOException {
        Viewer viewer = trainer(ctx);
        ReportText text = viewer.text();
        Quiz quiz = quiz(ctx);
        FilterForm form = filter(ctx, viewer);
        if (!form.ok()) {
            refuse(ctx, form, text);
            return;
        }
        Table rows = dashboards.rows(quiz, form.filter(), text);
        attachment(ctx, "text/csv; charset=utf-8", fileName(quiz, "jawaban", "csv"));
        try (OutputStream out = ctx.outputStream()) {
            Csv.write(rows, out);
        }
    }

    public void xlsx(Context ctx) throws IOException {
        Viewer viewer = trainer(ctx);
        ReportText text = viewer.text();
        Quiz quiz = quiz(ctx);
        FilterForm form = filter(ctx, viewer);
        if (!form.ok()) {
            refuse(ctx, form, text);
            return;
        }
        List<Xlsx.Sheet> sheets = dashboards.workbook(quiz, form.filter(), text);
        attachment(ctx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                fileName(quiz, "ringkasan", "xlsx"));
        try (OutputStream out = ctx.outputStream()) {
            Xlsx.write(sheets, out);
        }
    }

    /** Hides a typed answer ({@code sembunyikan=1}) or shows it again (0), then back to the dashboard. */
    public void hide(Context ctx) {
        Viewer viewer = trainer(ctx);
        ReportText text = viewer.text();
        Quiz quiz = quiz(ctx);
        String response = ctx.formParam("jawaban");
        String question = ctx.formParam("soal");
        boolean hidden = "1".equals(ctx.formParam("sembunyikan"));
        // an answer given in another trainer's workshop is theirs to moderate
        if (response == null || question == null || !dashboards.shows(quiz, response, viewer.scope())
                || !dashboards.submissions().setHidden(quiz, new TextAnswer.Key(response, question), hidden)) {
            throw new BadRequestResponse(text.get("report.hide.unknown"));
        }
        back(ctx, quiz, viewer, "#soal-" + question);
    }

    /** Closes the quiz to new answers ({@code tutup=1}) or opens it again (0). */
    public void close(Context ctx) {
        Viewer viewer = trainer(ctx);
        Quiz quiz = quiz(ctx);
        dashboards.submissions().setClosed(quiz, "1".equals(ctx.formParam("tutup")));
        back(ctx, quiz, viewer, "");
    }

    /** Who may see the dashboards, and what of them: every handler passes through here first. */
    private Viewer trainer(Context ctx) {
        Scope scope = viewers.apply(ctx);
        return new Viewer(new ReportText(messages, Visitor.of(ctx).lang()), scope);
    }

    private Map<String, Object> common(Quiz quiz, FilterForm form, ReportText text) {
        Map<String, Object> model = new HashMap<>();
        model.put("quizId", quiz.id());
        model.put("quizTitle", quiz.title().in(text.lang));
        model.put("base", "/dasbor/" + quiz.id());
        model.put("form", form);
        model.put("errors", errors(form, text));
        model.put("query", form.query());
        model.put("questionnaire", quiz.kind() == Quiz.Kind.QUESTIONNAIRE);
        model.put("anonymous", quiz.kind() == Quiz.Kind.QUESTIONNAIRE && quiz.settings().anonymous());
        form.filter().workshopId().ifPresent(w -> model.put("onlyWorkshop", text.workshop(w, form.filter().scope())));
        return model;
    }

    private static List<String> errors(FilterForm form, ReportText text) {
        return form.problems().stream().map(p -> text.get(p.key(), p.args().toArray())).toList();
    }

    private void refuse(Context ctx, FilterForm form, ReportText text) {
        throw new BadRequestResponse(String.join(" ", errors(form, text)));
    }

    /** Back to the dashboard after a post, with the filter the form carried. */
    private void back(Context ctx, Quiz quiz, Viewer viewer, String anchor) {
        FilterForm form = scoped(FilterForm.read(ctx::formParam, ZONE), viewer);
        ctx.redirect("/dasbor/" + quiz.id() + form.query() + anchor, HttpStatus.SEE_OTHER);
    }

    private static FilterForm filter(Context ctx, Viewer viewer) {
        return scoped(FilterForm.read(ctx::queryParam, ZONE), viewer);
    }

    /** The form narrowed to the viewer's scope; a workshop outside it is not found, as if it did not exist. */
    private static FilterForm scoped(FilterForm form, Viewer viewer) {
        if (form.filter().workshopId().filter(w -> !viewer.scope().knows(w)).isPresent()) {
            throw new NotFoundResponse();
        }
        return form.within(viewer.scope());
    }

    private Quiz quiz(Context ctx) {
        return dashboards.find(ctx.pathParam("quiz")).orElseThrow(NotFoundResponse::new);
    }

    private static String chosen(String asked, String fallback, List<Quiz> tests) {
        String id = asked == null || asked.isBlank() ? fallback : asked.strip();
        return tests.stream().anyMatch(q -> q.id().equals(id)) ? id
                : tests.isEmpty() ? "" : tests.stream().anyMatch(q -> q.id().equals(fallback)) ? fallback : tests.get(0).id();
    }

    /** e.g. {@code evaluasi-pelatihan-jawaban-2025-03-01.csv}: the quiz and the day it was exported. */
    private String fileName(Quiz quiz, String what, String extension) {
        return quiz.id() + "-" + what + "-" + LocalDate.now(clock.withZone(ZONE)) + "." + extension;
    }

    private static void attachment(Context ctx, String type, String name) {
        ctx.contentType(type);
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        ctx.header("Cache-Control", "no-store");
    }

    private void render(Context ctx, String template, Map<String, Object> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("pageStyle", STYLE);
        pages.render(ctx, template, all);
    }
}
