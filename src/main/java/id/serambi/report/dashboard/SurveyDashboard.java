package id.serambi.report.dashboard;

import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.result.Group;
import id.serambi.quiz.result.Response;
import id.serambi.quiz.result.TextAnswer;
import id.serambi.report.chart.Chart;
import id.serambi.report.chart.CountBars;
import id.serambi.report.chart.LikertChart;
import id.serambi.report.chart.SkmChart;
import id.serambi.report.readmodel.SurveyFigures;
import id.serambi.report.stats.Skm;
import id.serambi.report.summary.ChoiceSummary;
import id.serambi.report.summary.LikertSummary;
import id.serambi.report.summary.RatingSummary;
import id.serambi.report.summary.Summary;
import id.serambi.report.summary.TextSummary;
import id.serambi.report.table.Cell;
import id.serambi.report.table.Table;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a questionnaire's dashboard and printable report show: one block per question in the
 * questionnaire's order, except that Likert items in a row on the same scale share one diverging
 * chart; then the SKM index when the questionnaire asks all nine elements.
 */
final class SurveyDashboard {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH.mm");

    private final ReportText text;
    private final ZoneId zone;
    private final SurveyFigures figures;
    private final List<Summary> summaries;
    /** Each group's summaries, when the dashboard shows every group; empty when it shows one. */
    private final Map<Group, List<Summary>> byGroup;

    SurveyDashboard(Quiz quiz, List<Response> responses, Set<TextAnswer.Key> hidden, ReportText text, ZoneId zone) {
        this(quiz, responses, hidden, text, zone, false);
    }

    /** @param split whether to set the groups side by side: on a dashboard not narrowed to one group */
    SurveyDashboard(Quiz quiz, List<Response> responses, Set<TextAnswer.Key> hidden, ReportText text, ZoneId zone,
                    boolean split) {
        this(SurveyFigures.of(quiz, responses, hidden, split), text, zone);
    }

    /** Over figures already added up; they were split by group when {@code byGroup} is not empty. */
    SurveyDashboard(SurveyFigures figures, ReportText text, ZoneId zone) {
        this.text = text;
        this.zone = zone;
        this.figures = figures;
        this.summaries = figures.summaries();
        this.byGroup = figures.byGroup().isEmpty() ? Map.of() : new EnumMap<>(figures.byGroup());
    }

    /**
     * A question or a run of Likert items: its heading, n, chart (which carries the table of its
     * figures), one line of shares per Likert item, and the typed answers (free text or "Lainnya").
     */
    record Block(String kind, String anchor, String heading, int n, ReportText.ChartView chart,
                 List<String> lines, String mean, List<Typed> answers, ReportText.ChartView byGroup) {
    }

    /** One respondent group in the split: its name, how many responded and their share. */
    record Share(String group, int count, String percent) {
    }

    /** A typed answer; {@code text} is null when it is hidden, so no page shows it. */
    record Typed(String responseId, String questionId, String text, String when, boolean hidden) {
    }

    /** The SKM section: the chart (its table lists NRR per element), the index and its grade. */
    record SkmView(ReportText.ChartView chart, int responses, int complete, String raw, String converted,
                   String grade, String gradeWords) {
    }

    Map<String, Object> model() {
        Map<String, Object> m = new HashMap<>();
        m.put("responses", figures.responses());
        m.put("blocks", blocks());
        m.put("skm", skm().orElse(null));
        m.put("groups", byGroup.isEmpty() || figures.responses() == 0 ? null : groups());
        return m;
    }

    /** How the responses split into warga, aparat and those who gave no group (that row only when any did not). */
    List<Share> groups() {
        List<Share> shares = new ArrayList<>();
        for (Group g : Group.values()) {
            shares.add(share(text.get("report.group." + g.code()), figures.groups().getOrDefault(g, 0)));
        }
        if (figures.ungrouped() > 0) {
            shares.add(share(text.get("report.group.none"), figures.ungrouped()));
        }
        return shares;
    }

    /** The split as a table for the spreadsheet; empty when the dashboard shows one group. */
    Optional<Table> groupTable() {
        if (byGroup.isEmpty()) {
            return Optional.empty();
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (Share s : groups()) {
            rows.add(List.of(Cell.of(s.group()), Cell.of(s.count()),
                    Cell.of(Summary.percent(s.count(), figures.responses()), 1)));
        }
        return Optional.of(new Table(text.get("report.groups.title"), List.of(text.get("report.col.group"),
                text.get("report.col.count"), text.get("report.col.percent")), rows));
    }

    private Share share(String group, int count) {
        return new Share(group, count, text.number(Summary.percent(count, figures.responses()), 0) + "%");
    }

    /**
     * A choice question's options with each group's count and share of that group's respondents:
     * what citizens and staff each said they need. Null when the dashboard shows one group.
     */
    private ReportText.ChartView byGroup(ChoiceSummary all) {
        if (byGroup.isEmpty()) {
            return null;
        }
        Map<Group, ChoiceSummary> of = new EnumMap<>(Group.class);
        byGroup.forEach((g, list) -> list.stream().filter(x -> x.question().id().equals(all.question().id()))
                .findFirst().ifPresent(x -> of.put(g, (ChoiceSummary) x)));
        List<String> header = new ArrayList<>(List.of(text.get("report.col.option")));
        for (Group g : Group.values()) {
            header.add(text.get("report.groups.column", text.get("report.group." + g.code()),
                    of.containsKey(g) ? of.get(g).n() : 0));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (ChoiceSummary.Count c : all.counts()) {
            List<Cell> row = new ArrayList<>(List.of(Cell.of(c.label().map(t -> t.in(text.lang))
                    .orElse(text.get("report.other")))));
            for (Group g : Group.values()) {
                Optional<ChoiceSummary.Count> x = Optional.ofNullable(of.get(g)).flatMap(cs -> cs.counts().stream()
                        .filter(y -> y.optionId().equals(c.optionId())).findFirst());
                row.add(Cell.of(x.map(y -> y.count() + " (" + text.number(y.percent(), 0) + "%)").orElse("0")));
            }
            rows.add(row);
        }
        return text.view(new Table(text.get("report.groups.needs"), header, rows));
    }

    List<Summary> summaries() {
        return summaries;
    }

    List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        int number = 0;
        for (int i = 0; i < summaries.size(); i++) {
            Summary s = summaries.get(i);
            if (s instanceof LikertSummary first) {
                List<LikertSummary> run = new ArrayList<>(List.of(first));
                while (i + 1 < summaries.size() && summaries.get(i + 1) instanceof LikertSummary next
                        && next.question().labels().equals(first.question().labels())) {
                    run.add(next);
                    i++;
                }
                blocks.add(likert(run, number));
                number += run.size();
                continue;
            }
            number++;
            String heading = number + ". " + s.question().prompt().in(text.lang);
            String anchor = "soal-" + s.question().id();
            if (s instanceof ChoiceSummary c) {
                Chart chart = CountBars.draw(text.chart("bars", heading, c.n()), CountBars.of(c, text.lang,
                        text.get("report.other")), text.lang.locale());
                blocks.add(new Block("choice", anchor, heading, c.n(), text.view(chart), List.of(), null,
                        typed(c.others()), byGroup(c)));
            } else if (s instanceof RatingSummary r) {
                Chart chart = CountBars.draw(text.chart("rating", heading, r.n()), CountBars.of(r), text.lang.locale());
                blocks.add(new Block("rating", anchor, heading, r.n(), text.view(chart), List.of(),
                        text.number(r.mean(), 2), List.of(), null));
            } else if (s instanceof TextSummary t) {
                blocks.add(new Block("text", anchor, heading, t.n(), null, List.of(), null,
                        typed(t.answers()), null));
            }
        }
        return blocks;
    }

    private Block likert(List<LikertSummary> run, int before) {
        List<LikertChart.Row> rows = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        int n = 0;
        for (int k = 0; k < run.size(); k++) {
            LikertSummary l = run.get(k);
            String label = (before + k + 1) + ". " + l.question().prompt().in(text.lang);
            // A lone item's statement is the heading above its chart; its number is label enough there.
            rows.add(new LikertChart.Row(run.size() == 1 ? (before + k + 1) + "." : label, l));
            List<String> labels = l.question().labels().stream().map(t -> t.in(text.lang)).toList();
            int half = l.levels() / 2;
            String or = text.get("report.likert.or");
            String neutral = l.levels() % 2 == 1
                    ? text.get("report.likert.neutral", text.number(l.neutral(), 0), labels.get(half)) : "";
            lines.add(text.get("report.likert.line", label, l.n(), text.number(l.agree(), 0), neutral,
                    text.number(l.disagree(), 0), String.join(or, labels.subList(l.levels() - half, l.levels())),
                    String.join(or, labels.subList(0, half))));
            n = Math.max(n, l.n());
        }
        List<String> levels = run.get(0).question().labels().stream().map(t -> t.in(text.lang)).toList();
        String heading = run.size() == 1 ? (before + 1) + ". " + run.get(0).question().prompt().in(text.lang)
                : text.get("report.likert.heading", before + 1, before + run.size());
        Chart chart = LikertChart.draw(text.chart("likert", heading, run.size()), levels, rows, text.lang.locale());
        return new Block("likert", "soal-" + run.get(0).question().id(), heading, n, text.view(chart), lines, null,
                List.of(), null);
    }

    private List<Typed> typed(List<TextAnswer> answers) {
        return answers.stream().map(a -> new Typed(a.key().responseId(), a.key().questionId(),
                a.hidden() ? null : a.text(), WHEN.format(a.submittedAt().atZone(zone)), a.hidden())).toList();
    }

    /** NRR per element, then the index raw and converted and its grade, as numbers a spreadsheet can use. */
    Optional<Table> skmTable() {
        return figures.skm().map(skm -> {
            List<List<Cell>> rows = new ArrayList<>();
            for (Skm.Element e : skm.elements()) {
                rows.add(List.of(Cell.of(e.code() + " " + text.get("report.skm." + e.code())),
                        e.nrr().<Cell>map(v -> Cell.of(v.doubleValue(), 2)).orElse(Cell.of(""))));
            }
            rows.add(List.of(Cell.of(text.get("report.skm.complete.label")), Cell.of(skm.complete())));
            skm.index().ifPresent(x -> {
                rows.add(List.of(Cell.of(text.get("report.skm.raw")), Cell.of(x.raw().doubleValue(), 3)));
                rows.add(List.of(Cell.of(text.get("report.skm.converted")), Cell.of(x.converted().doubleValue(), 2)));
                rows.add(List.of(Cell.of(text.get("report.skm.grade")),
                        Cell.of(x.grade().name() + " (" + text.get("report.skm.grade." + x.grade().name()) + ")")));
            });
            return new Table(text.get("report.skm.heading"), List.of(text.get("report.skm.element"), text.get("report.skm.nrr")),
                    rows);
        });
    }

    Optional<SkmView> skm() {
        return figures.skm().map(skm -> {
            List<String> names = Skm.CODES.stream().map(c -> text.get("report.skm." + c)).toList();
            Chart chart = SkmChart.draw(text.chart("skm", text.get("report.skm.chart"), skm.complete()), skm, names,
                    text.get("report.skm.ikm"), text.lang.locale());
            Optional<Skm.Index> index = skm.index();
            return new SkmView(text.view(chart), skm.responses(), skm.complete(),
                    index.map(x -> text.number(x.raw().doubleValue(), 3)).orElse("\u2013"),
                    index.map(x -> text.number(x.converted().doubleValue(), 2)).orElse("\u2013"),
                    index.map(x -> x.grade().name()).orElse(null),
                    index.map(x -> text.get("report.skm.grade." + x.grade().name())).orElse(null));
        });
    }
}
