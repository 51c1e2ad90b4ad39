package id.serambi.report.dashboard;

import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.model.QuizCatalog;
import id.serambi.quiz.result.Attempt;
import id.serambi.quiz.result.Submissions;
import id.serambi.report.chart.Chart;
import id.serambi.report.chart.CountBars;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A quiz's or questionnaire's results within one workshop, for the projector: the model of its
 * dashboard (the same figures and charts), and for a quiz how many got each question right, which
 * a room reads more easily than facility indices.
 */
public final class LiveResults {
    private final Dashboards dashboards;
    private final Messages messages;

    public LiveResults(QuizCatalog quizzes, Submissions submissions, Messages messages) {
        this.dashboards = new Dashboards(quizzes, submissions, ReportController.ZONE);
        this.messages = messages;
    }

    /**
     * The dashboard's model ({@code questionnaire}, {@code report}, {@code closed}) and, for a quiz,
     * {@code correct}: a bar chart view. Empty for a quiz the catalog does not know.
     */
    public Optional<Map<String, Object>> model(String quizId, String workshopId, Lang lang) {
        return dashboards.find(quizId).map(quiz -> {
            ReportText text = new ReportText(messages, lang);
            Filter filter = Filter.all(ReportController.ZONE).withWorkshop(workshopId);
            if (quiz.kind() != Quiz.Kind.QUIZ) {
                return dashboards.model(quiz, filter, text);
            }
            // the attempts are read once, for the dashboard's figures and for the bars alike
            QuizDashboard dashboard = dashboards.quiz(quiz, filter, text);
            Map<String, Object> model = dashboards.model(quiz, dashboard.model());
            model.put("correct", text.view(correct(quiz, dashboard.counting(), text)));
            return model;
        });
    }

    /** One bar per graded question: the participants whose counting attempt earned its full mark. */
    private Chart correct(Quiz quiz, List<Attempt> counting, ReportText text) {
        List<CountBars.Bar> bars = new ArrayList<>();
        int number = 0;
        for (Question q : quiz.questions()) {
            if (!q.graded()) {
                continue;
            }
            number++;
            int right = (int) counting.stream().filter(a -> a.marks().stream()
                    .anyMatch(m -> m.questionId().equals(q.id()) && m.mark() >= m.max())).count();
            double percent = counting.isEmpty() ? 0 : right * 100.0 / counting.size();
            bars.add(new CountBars.Bar(number + ". " + q.prompt().in(text.lang), right, percent));
        }
        Chart.Words words = new Chart.Words(text.get("live.correct.title"),
                text.get("live.correct.description", counting.size()),
                List.of(text.get("live.correct.headers").split("\\|")));
        return CountBars.draw(words, bars, text.lang.locale());
    }
}
