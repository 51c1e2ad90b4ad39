package id.serambi.report.dashboard;

import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.result.Attempt;
import id.serambi.report.chart.Chart;
import id.serambi.report.chart.ScoreHistogram;
import id.serambi.report.stats.ItemAnalysis;
import id.serambi.report.stats.QuizStats;
import id.serambi.report.stats.RandomGuess;
import id.serambi.report.table.Cell;
import id.serambi.report.table.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * What a quiz's dashboard, its printable report and its spreadsheet show: the overview, the score
 * distribution and the item analysis, over the attempt that counts for each participant.
 */
final class QuizDashboard {
    /** Moodle's bands of ten. */
    private static final int BANDS = 10;

    private final Quiz quiz;
    private final ReportText text;
    private final int attempts;
    private final QuizStats stats;
    private final ItemAnalysis items;
    private final List<Attempt> counting;

    /**
     * @param all      the filtered attempts, every one submitted
     * @param counting the attempt that counts for each participant among them
     */
    QuizDashboard(Quiz quiz, List<Attempt> all, List<Attempt> counting, ReportText text) {
        this(quiz, Figures.of(quiz, all, counting), text);
    }

    QuizDashboard(Quiz quiz, Figures figures, ReportText text) {
        this.quiz = quiz;
        this.text = text;
        this.attempts = figures.attempts();
        this.stats = figures.stats();
        this.items = figures.items();
        this.counting = figures.counting();
    }

    /**
     * The figures in any language: the number of attempts, the overview and the item analysis of
     * the attempt that counts for each participant, and those attempts.
     */
    record Figures(int attempts, QuizStats stats, ItemAnalysis items, List<Attempt> counting) {
        Figures {
            counting = List.copyOf(counting);
        }

        static Figures of(Quiz quiz, List<Attempt> all, List<Attempt> counting) {
            return new Figures(all.size(), QuizStats.of(counting, quiz.settings().passPercent(), BANDS),
                    ItemAnalysis.of(counting), counting);
        }
    }

    /** The attempt that counts for each participant. */
    List<Attempt> counting() {
        return counting;
    }

    int participants() {
        return stats.n();
    }

    Map<String, Object> model() {
        Map<String, Object> m = new HashMap<>();
        m.put("participants", stats.n());
        m.put("attempts", attempts);
        m.put("mean", text.percent(stats.mean()));
        m.put("median", text.percent(stats.median()));
        m.put("passRate", text.percent(stats.passRate()));
        m.put("passMark", quiz.settings().passPercent());
        m.put("hasPassMark", quiz.settings().hasPassMark());
        m.put("sd", text.percent(items.sd()));
        m.put("sem", text.number(items.sem(), 1));
        m.put("histogram", text.view(histogram()));
        m.put("items", text.view(itemTable()));
        m.put("alpha", text.number(items.alpha(), 2));
        m.put("alphaWords", alphaWords());
        m.put("fewNote", fewNote());
        m.put("flagged", items.items().stream().filter(i -> !i.flags().isEmpty()).count());
        return m;
    }

    Chart histogram() {
        return ScoreHistogram.draw(text.chart("histogram", text.get("report.quiz.histogram"), stats.n()), stats,
                text.lang.locale());
    }

    /**
     * One row per graded question, in the quiz's order: number, question, the attempts shown it,
     * facility, its band on Moodle's scale, SD, random guess score, discrimination, discriminative
     * efficiency, and what is worth checking (or that there are too few attempts to tell).
     */
    Table itemTable() {
        Map<String, ItemAnalysis.Item> byId = items.items().stream()
                .collect(Collectors.toMap(ItemAnalysis.Item::questionId, i -> i));
        List<List<Cell>> rows = new ArrayList<>();
        int number = 0;
        for (Question q : quiz.questions()) {
            if (!q.graded()) {
                continue;
            }
            number++;
            Optional<ItemAnalysis.Item> item = Optional.ofNullable(byId.get(q.id()));
            rows.add(List.of(Cell.of(number), Cell.of(q.prompt().in(text.lang)),
                    Cell.of(item.map(ItemAnalysis.Item::n).orElse(0)),
                    cell(item.map(ItemAnalysis.Item::facility)),
                    Cell.of(item.flatMap(ItemAnalysis.Item::difficulty)
                            .map(d -> text.get("report.difficulty." + d.name().toLowerCase(Locale.ROOT))).orElse("\u2013")),
                    cell(item.map(ItemAnalysis.Item::sd)), cell(Optional.of(RandomGuess.of(q))),
                    cell(item.map(ItemAnalysis.Item::discrimination)), cell(item.map(ItemAnalysis.Item::efficiency)),
                    Cell.of(item.map(this::flags).orElse(""))));
        }
        List<String> header = List.of(text.get("report.items.number"), text.get("report.items.question"),
                text.get("report.items.attempts"), text.get("report.items.facility"), text.get("report.items.band"),
                text.get("report.items.sd"), text.get("report.items.guess"), text.get("report.items.discrimination"),
                text.get("report.items.efficiency"), text.get("report.items.flags"));
        return new Table(text.get("report.items.title"), header, rows);
    }

    /** The overview as a two-column table, for the spreadsheet. */
    Table overview() {
        List<List<Cell>> rows = new java.util.ArrayList<>(List.of(
                List.of(Cell.of(text.get("report.quiz.participants")), Cell.of(stats.n())),
                List.of(Cell.of(text.get("report.quiz.attempts")), Cell.of(attempts)),
                List.of(Cell.of(text.get("report.quiz.mean")), cell(stats.mean())),
                List.of(Cell.of(text.get("report.quiz.median")), cell(stats.median())),
                List.of(Cell.of(text.get("report.quiz.passrate", quiz.settings().passPercent())), cell(stats.passRate())),
                List.of(Cell.of(text.get("report.quiz.sd")), cell(items.sd())),
                List.of(Cell.of(text.get("report.items.alpha")),
                        items.alpha().isPresent() ? Cell.of(items.alpha().getAsDouble(), 2) : Cell.of("")),
                List.of(Cell.of(text.get("report.quiz.sem")), cell(items.sem())),
                List.of(Cell.of(text.get("report.items.alpha.judged")), Cell.of(alphaWords()))));
        if (!quiz.settings().hasPassMark()) {
            rows.remove(4); // a quiz without a pass mark has no pass rate
        }
        return new Table(quiz.title().in(text.lang), List.of(text.get("report.col.figure"), text.get("report.col.value")),
                rows);
    }

    /** The flags, or where there are too few attempts to judge, that instead. */
    private String flags(ItemAnalysis.Item item) {
        List<String> words = new ArrayList<>();
        item.flags().stream().sorted().map(f -> text.get("report.flag." + f.name().toLowerCase(Locale.ROOT) + ".short"))
                .forEach(words::add);
        item.tooFew().stream().sorted().map(j -> text.get("report.items.few." + j.name().toLowerCase(Locale.ROOT)))
                .forEach(words::add);
        return String.join("; ", words);
    }

    private String alphaWords() {
        OptionalDouble alpha = items.alpha();
        if (alpha.isEmpty()) {
            return text.get(items.sameQuestions() ? "report.items.alpha.none" : "report.items.alpha.mixed");
        }
        if (!items.reliabilityJudged()) {
            return text.get("report.items.alpha.few", ItemAnalysis.FEW_FOR_RELIABILITY, items.n());
        }
        return text.get(alpha.getAsDouble() >= 0.7 ? "report.items.alpha.good" : "report.items.alpha.low");
    }

    /** Said once above the table when some figure has too few attempts behind it; null otherwise. */
    private String fewNote() {
        boolean few = !items.reliabilityJudged() || items.items().stream().anyMatch(i -> !i.tooFew().isEmpty());
        return few && stats.n() > 0 ? text.get("report.items.few.note", stats.n(), ItemAnalysis.FEW_FOR_FACILITY,
                ItemAnalysis.FEW_FOR_DISCRIMINATION, ItemAnalysis.FEW_FOR_RELIABILITY) : null;
    }

    private static Cell cell(OptionalDouble value) {
        return value != null && value.isPresent() ? Cell.of(value.getAsDouble(), 1) : Cell.of("\u2013");
    }

    private static Cell cell(Optional<OptionalDouble> value) {
        return cell(value.orElse(OptionalDouble.empty()));
    }
}
