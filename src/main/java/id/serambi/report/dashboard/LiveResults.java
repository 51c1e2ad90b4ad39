package id.serambi.report.dashboard;

import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.model.QuizCatalog;
import id.serambi.quiz.result.Attempt;
import id.serambi.quiz.result.Submissions;
import id.serambi.report.readmodel.ReadModels;
import id.serambi.report.readmodel.SurveyFigures;
import id.serambi.report.stats.Skm;
import id.serambi.report.summary.ChoiceSummary;
import id.serambi.report.summary.LikertSummary;
import id.serambi.report.summary.RatingSummary;
import id.serambi.report.summary.Summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A quiz's or questionnaire's results within one workshop, for the projector: its figures (a quiz's
 * mean and pass rate, a survey's IKM), and one tile per question that a room reads from the back:
 * for a quiz how many got it right, for a questionnaire what the room answered (the share that
 * agrees, the mean rating, the most chosen option, the number of written answers).
 */
public final class LiveResults {
    private final Dashboards dashboards;
    private final Messages messages;
    private final BiFunction<String, Lang, Optional<String>> objectives;

    public LiveResults(QuizCatalog quizzes, Submissions submissions, ReadModels models, Messages messages) {
        this(quizzes, submissions, models, messages, (objective, lang) -> Optional.empty());
    }

    /**
     * @param objectives the words of a lesson objective ({@code <lesson-id>#<n>}) in a language, for
     *                   the tiles of a quiz that draws its items per objective
     */
    public LiveResults(QuizCatalog quizzes, Submissions submissions, ReadModels models, Messages messages,
                       BiFunction<String, Lang, Optional<String>> objectives) {
        this.dashboards = new Dashboards(quizzes, submissions, models, ReportController.ZONE);
        this.messages = messages;
        this.objectives = objectives;
    }

    /**
     * One question on the projector: its number, the figure shown large, the words under it, the
     * question itself (for screen readers and the tile's title) and how well the room did
     * ({@code low}, {@code mid}, {@code high}; empty where that means nothing).
     */
    public record Tile(String number, String value, String caption, String question, String level) {
    }

    /**
     * {@code questionnaire}, {@code report} (the dashboard's model), {@code closed}, {@code tiles},
     * and for a survey with the SKM's elements {@code ikm} and {@code ikmGrade}. Empty for a quiz the
     * catalog does not know.
     */
    public Optional<Map<String, Object>> model(String quizId, String workshopId, Lang lang) {
        return dashboards.find(quizId).map(quiz -> {
            ReportText text = new ReportText(messages, lang);
            Filter filter = Filter.all(ReportController.ZONE).withWorkshop(workshopId);
            if (quiz.kind() != Quiz.Kind.QUIZ) {
                SurveyFigures figures = dashboards.figures(quiz, filter, false);
                Map<String, Object> model = dashboards.model(quiz, Map.of("n", figures.responses()));
                model.put("tiles", surveyTiles(figures.summaries(), text));
                figures.skm().flatMap(Skm::index).ifPresent(index -> {
                    model.put("ikm", text.number(index.converted().doubleValue(), 2));
                    model.put("ikmGrade", index.grade().name() + " (" + text.get("report.skm.grade." + index.grade().name())
                            + ")");
                });
                return model;
            }
            // the attempts are read once, for the figures and for the tiles alike
            QuizDashboard dashboard = dashboards.quiz(quiz, filter, text);
            Map<String, Object> model = dashboards.model(quiz, dashboard.model());
            model.put("tiles", quiz.settings().draw() > 0 ? objectiveTiles(quiz, dashboard.counting(), text)
                    : quizTiles(quiz, dashboard.counting(), text));
            return model;
        });
    }

    /**
     * One tile per graded question: the participants whose counting attempt earned its full mark, of
     * those whose attempt was shown it.
     */
    private static List<Tile> quizTiles(Quiz quiz, List<Attempt> counting, ReportText text) {
        List<Tile> tiles = new ArrayList<>();
        int number = 0;
        for (Question q : quiz.questions()) {
            if (!q.graded()) {
                continue;
            }
            number++;
            // out of those who were shown it: a quiz may draw its questions per attempt
            List<Attempt> shown = counting.stream().filter(a -> a.shown(q.id())).toList();
            int right = (int) shown.stream().filter(a -> a.marks().stream()
                    .anyMatch(m -> m.questionId().equals(q.id()) && m.mark() >= m.max())).count();
            double percent = Summary.percent(right, shown.size());
            tiles.add(new Tile(String.valueOf(number), text.number(percent, 0) + "%",
                    text.get("live.tile.right", right, shown.size()), q.prompt().in(text.lang),
                    shown.isEmpty() ? "" : level(percent)));
        }
        return tiles;
    }

    /**
     * For a quiz whose attempts each draw their own items per objective: one tile per objective, the
     * share of right answers to its items among the answers the room was shown. A tile per bank
     * item would fill the screen with questions most of the room never saw.
     */
    private List<Tile> objectiveTiles(Quiz quiz, List<Attempt> counting, ReportText text) {
        Map<String, List<Question>> byObjective = new LinkedHashMap<>();
        for (Question q : quiz.questions()) {
            if (q.graded()) {
                byObjective.computeIfAbsent(quiz.info(q.id()).objective().orElse(""), k -> new ArrayList<>()).add(q);
            }
        }
        List<Tile> tiles = new ArrayList<>();
        int number = 0;
        for (Map.Entry<String, List<Question>> e : byObjective.entrySet()) {
            number++;
            int shown = 0;
            int right = 0;
            for (Question q : e.getValue()) {
                for (Attempt a : counting) {
                    if (a.shown(q.id())) {
                        shown++;
                        right += a.marks().stream().anyMatch(m -> m.questionId().equals(q.id()) && m.mark() >= m.max())
                                ? 1 : 0;
                    }
                }
            }
            double percent = Summary.percent(right, shown);
            String label = objectives.apply(e.getKey(), text.lang).orElse(e.getValue().get(0).prompt().in(text.lang));
            tiles.add(new Tile(String.valueOf(number), text.number(percent, 0) + "%",
                    text.get("live.tile.right", right, shown), label, shown == 0 ? "" : level(percent)));
        }
        return tiles;
    }

    private List<Tile> surveyTiles(List<Summary> summaries, ReportText text) {
        List<Tile> tiles = new ArrayList<>();
        int number = 0;
        for (Summary s : summaries) {
            number++;
            String question = s.question().prompt().in(text.lang);
            String n = String.valueOf(number);
            if (s instanceof LikertSummary l) {
                tiles.add(new Tile(n, text.number(l.agree(), 0) + "%", text.get("live.tile.agree"), question,
                        l.n() == 0 ? "" : level(l.agree())));
            } else if (s instanceof RatingSummary r) {
                tiles.add(new Tile(n, text.number(r.mean(), 1), text.get("live.tile.mean", r.question().max()), question,
                        ""));
            } else if (s instanceof ChoiceSummary c) {
                Optional<ChoiceSummary.Count> top = c.counts().stream().filter(x -> x.count() > 0)
                        .max(Comparator.comparingInt(ChoiceSummary.Count::count));
                tiles.add(new Tile(n, top.map(t -> text.number(t.percent(), 0) + "%").orElse("\u2013"),
                        top.map(t -> t.label().map(l -> l.in(text.lang)).orElse(text.get("live.tile.other")))
                                .orElse(text.get("live.tile.none")), question, ""));
            } else {
                tiles.add(new Tile(n, String.valueOf(s.n()), text.get("live.tile.written"), question, ""));
            }
        }
        return tiles;
    }

    /** How a share reads at a glance: under half, under three quarters, or more. */
    private static String level(double percent) {
        return percent < 50 ? "low" : percent < 75 ? "mid" : "high";
    }
}
