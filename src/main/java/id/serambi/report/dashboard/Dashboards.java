package id.serambi.report.dashboard;

import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.model.QuizCatalog;
import id.serambi.quiz.result.Attempt;
import id.serambi.quiz.result.Response;
import id.serambi.quiz.result.Submissions;
import id.serambi.quiz.result.TextAnswer;
import id.serambi.report.readmodel.ReadModels;
import id.serambi.report.readmodel.SurveyFigures;
import id.serambi.report.table.Table;
import id.serambi.report.table.Xlsx;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what a dashboard needs and hands it to the page models and the exports: submissions of a
 * quiz through the filter, the attempt that counts per participant, the hidden answers. No HTTP
 * here; {@link ReportController} parses the request and renders.
 */
final class Dashboards {
    static final String PRE = "tes-awal";
    static final String POST = "tes-akhir";

    private final QuizCatalog quizzes;
    private final Submissions submissions;
    private final ReadModels models;
    private final ZoneId zone;

    Dashboards(QuizCatalog quizzes, Submissions submissions, ReadModels models, ZoneId zone) {
        this.quizzes = quizzes;
        this.submissions = submissions;
        this.models = models;
        this.zone = zone;
    }

    Optional<Quiz> find(String id) {
        return quizzes.find(id);
    }

    Submissions submissions() {
        return submissions;
    }

    /** A quiz or questionnaire in the list: its dashboard, kind and number of submissions. */
    record Entry(String id, String title, boolean questionnaire, int submitted, boolean closed, String url) {
    }

    List<Entry> list(ReportText text, Scope scope) {
        Map<String, Integer> counts = submissions.counts(scope::shows);
        return quizzes.all().stream().map(q -> new Entry(q.id(), q.title().in(text.lang),
                q.kind() == Quiz.Kind.QUESTIONNAIRE, counts.getOrDefault(q.id(), 0), submissions.closed(q),
                "/dasbor/" + q.id())).toList();
    }

    /** Whether the submission {@code responseId} of the quiz is one the viewer's scope shows. */
    boolean shows(Quiz quiz, String responseId, Scope scope) {
        return submissions.responses(quiz).stream()
                .anyMatch(r -> r.id().equals(responseId) && scope.shows(r.workshopId()));
    }

    /** The quizzes (not questionnaires), for choosing the two tests to compare. */
    List<Quiz> tests() {
        return quizzes.all().stream().filter(q -> q.kind() == Quiz.Kind.QUIZ).toList();
    }

    /** Worked out once per filter while the quiz's attempts stay as they are. */
    QuizDashboard quiz(Quiz quiz, Filter filter, ReportText text) {
        return new QuizDashboard(quiz, models.attempts(quiz, filter, attempts -> {
            List<Attempt> all = filter.apply(attempts);
            return QuizDashboard.Figures.of(quiz, all, Submissions.counting(all, quiz.settings().grading()));
        }), text);
    }

    /** Added up from the questionnaire's tally, over the cells (group, workshop, day) the filter shows. */
    SurveyDashboard survey(Quiz quiz, Filter filter, ReportText text) {
        return new SurveyDashboard(figures(quiz, filter, filter.group().isEmpty()), text, zone);
    }

    /** The questionnaire's figures through the filter, each group's too when {@code split}. */
    SurveyFigures figures(Quiz quiz, Filter filter, boolean split) {
        Set<TextAnswer.Key> hidden = models.hidden();
        return models.survey(quiz, tally -> tally.zone().equals(filter.zone())
                ? tally.figures(c -> filter.test(c.group(), c.workshop(), c.day()), hidden, split)
                : SurveyFigures.of(quiz, filter.apply(submissions.responses(quiz)), hidden, split));
    }

    GainDashboard gain(Quiz pre, Quiz post, Filter filter, ReportText text) {
        return new GainDashboard(counting(pre, filter), counting(post, filter), text, filter.scope());
    }

    /** One row per submission: every attempt of a quiz, every response of a questionnaire. */
    Table rows(Quiz quiz, Filter filter, ReportText text) {
        if (quiz.kind() == Quiz.Kind.QUIZ) {
            return ExportTables.attempts(quiz, filter.apply(models.attempts(quiz)), text.lang, text.export(), zone,
                    filter.scope());
        }
        return ExportTables.responses(quiz, filter.apply(submissions.responses(quiz)), models.hidden(),
                text.lang, text.export(), zone, filter.scope());
    }

    /**
     * The spreadsheet: for a questionnaire, the responses and a sheet per question summary (and the
     * SKM when it has one); for a quiz, the attempts, the overview and the item analysis.
     */
    List<Xlsx.Sheet> workbook(Quiz quiz, Filter filter, ReportText text) {
        String raw = text.get("report.sheet.raw");
        if (quiz.kind() == Quiz.Kind.QUIZ) {
            QuizDashboard d = quiz(quiz, filter, text);
            return List.of(new Xlsx.Sheet(raw, rows(quiz, filter, text)),
                    new Xlsx.Sheet(text.get("report.sheet.overview"), d.overview()),
                    new Xlsx.Sheet(text.get("report.sheet.items"), d.itemTable()));
        }
        List<Response> responses = filter.apply(submissions.responses(quiz));
        Set<TextAnswer.Key> hidden = models.hidden();
        List<Xlsx.Sheet> sheets = new ArrayList<>(ExportTables.workbook(quiz, responses, hidden,
                text.lang, text.export(), zone, raw, filter.scope()));
        SurveyDashboard survey = new SurveyDashboard(quiz, responses, hidden, text, zone, filter.group().isEmpty());
        survey.skmTable().ifPresent(t -> sheets.add(new Xlsx.Sheet("SKM", t)));
        survey.groupTable().ifPresent(t -> sheets.add(new Xlsx.Sheet(text.get("report.sheet.groups"), t)));
        return sheets;
    }

    /** The model every dashboard of one quiz shares: its kind's figures and whether it is closed. */
    Map<String, Object> model(Quiz quiz, Filter filter, ReportText text) {
        boolean questionnaire = quiz.kind() == Quiz.Kind.QUESTIONNAIRE;
        return model(quiz, questionnaire ? survey(quiz, filter, text).model() : quiz(quiz, filter, text).model());
    }

    /** The same, around a dashboard's own model already made. */
    Map<String, Object> model(Quiz quiz, Map<String, Object> report) {
        Map<String, Object> m = new HashMap<>();
        m.put("questionnaire", quiz.kind() == Quiz.Kind.QUESTIONNAIRE);
        m.put("report", report);
        m.put("closed", submissions.closed(quiz));
        return m;
    }

    private List<Attempt> counting(Quiz quiz, Filter filter) {
        return Submissions.counting(filter.apply(models.attempts(quiz)), quiz.settings().grading());
    }
}
