package id.serambi.report.dashboard;

import id.serambi.i18n.Lang;
import id.serambi.quiz.model.Answer;
import id.serambi.quiz.model.Choice;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.result.Attempt;
import id.serambi.quiz.result.Response;
import id.serambi.quiz.result.TextAnswer;
import id.serambi.report.stats.QuizStats;
import id.serambi.report.summary.Summaries;
import id.serambi.report.summary.Summary;
import id.serambi.report.table.Cell;
import id.serambi.report.table.Table;
import id.serambi.report.table.Xlsx;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The raw data of a quiz or questionnaire as one row per submission, for CSV and spreadsheet
 * exports. Times are local to the given zone, written as {@code yyyy-MM-dd HH:mm} which both
 * Excel and LibreOffice read as a date. Hidden free-text answers are left out here too: a trainer
 * hides an answer so it is not passed on.
 */
public final class ExportTables {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ExportTables() {
    }

    /** As the same with the viewer's scope, for a viewer who sees no names and no workshop titles. */
    public static Table responses(Quiz quiz, List<Response> responses, Set<TextAnswer.Key> hidden, Lang lang,
                                  ExportWords words, ZoneId zone) {
        return responses(quiz, responses, hidden, lang, words, zone, Filter.all(zone).scope());
    }

    /**
     * One row per response, oldest first: id (the name given, where the viewer's scope shows it),
     * group, time, workshop (its title and date where the scope knows it), then one column per question.
     */
    public static Table responses(Quiz quiz, List<Response> responses, Set<TextAnswer.Key> hidden, Lang lang,
                                  ExportWords words, ZoneId zone, Scope scope) {
        List<String> header = new ArrayList<>(List.of(words.response(), words.group(), words.submitted(), words.workshop()));
        // a description between the questions asks nothing, so it has no column
        List<Question> asked = quiz.questions().stream().filter(q -> !(q instanceof Question.Description)).toList();
        asked.forEach(q -> header.add(q.prompt().in(lang)));
        List<List<Cell>> rows = new ArrayList<>();
        for (Response r : sorted(responses, Response::submittedAt, Response::id)) {
            List<Cell> row = new ArrayList<>(List.of(Cell.of(who(r.id(), r.name(), r.workshopId(), scope)),
                    Cell.of(r.group().map(words::group).orElse("")),
                    Cell.of(TIME.format(r.submittedAt().atZone(zone))), Cell.of(workshop(r.workshopId(), scope, lang))));
            for (Question q : asked) {
                boolean shown = !hidden.contains(new TextAnswer.Key(r.id(), q.id()));
                row.add(r.answer(q.id()).map(a -> cell(q, a, shown, lang, words)).orElse(Cell.of("")));
            }
            rows.add(row);
        }
        return new Table(quiz.title().in(lang), header, rows);
    }

    /** As the same with the viewer's scope, for a viewer who sees no names and no workshop titles. */
    public static Table attempts(Quiz quiz, List<Attempt> attempts, Lang lang, ExportWords words, ZoneId zone) {
        return attempts(quiz, attempts, lang, words, zone, Filter.all(zone).scope());
    }

    /**
     * One row per attempt, oldest first: participant (the name given, where the viewer's scope shows
     * it), group, time, workshop, score (%), then the mark on each graded question.
     */
    public static Table attempts(Quiz quiz, List<Attempt> attempts, Lang lang, ExportWords words, ZoneId zone,
                                 Scope scope) {
        List<Question> graded = quiz.questions().stream().filter(Question::graded).toList();
        List<String> header = new ArrayList<>(List.of(words.participant(), words.group(), words.submitted(),
                words.workshop(), words.score()));
        graded.forEach(q -> header.add(q.prompt().in(lang)));
        List<List<Cell>> rows = new ArrayList<>();
        for (Attempt a : sorted(attempts, Attempt::submittedAt, Attempt::participantId)) {
            Map<String, Double> marks = a.marks().stream()
                    .collect(Collectors.toMap(Attempt.Mark::questionId, Attempt.Mark::mark, Double::sum));
            List<Cell> row = new ArrayList<>(List.of(Cell.of(who(a.participantId(), a.name(), a.workshopId(), scope)),
                    Cell.of(a.group().map(words::group).orElse("")), Cell.of(TIME.format(a.submittedAt().atZone(zone))),
                    Cell.of(workshop(a.workshopId(), scope, lang)), Cell.of(QuizStats.clean(a.percent()), 1)));
            graded.forEach(q -> row.add(marks.containsKey(q.id()) ? Cell.of(marks.get(q.id()), 2) : Cell.of("")));
            rows.add(row);
        }
        return new Table(quiz.title().in(lang), header, rows);
    }

    /** The name a participant gave, in a workshop whose names the viewer sees; else the pseudonym or id. */
    static String who(String id, Optional<String> name, Optional<String> workshop, Scope scope) {
        return scope.names(workshop) ? name.orElse(id) : id;
    }

    /** A workshop as a reader knows it, "Pelatihan Media Sosial (2 Maret 2026)"; its id when the scope does not. */
    static String workshop(Optional<String> id, Scope scope, Lang lang) {
        return id.map(w -> scope.workshop(w).map(x -> x.title() + " (" + lang.date(x.date()) + ")").orElse(w))
                .orElse("");
    }

    /**
     * The sheets of a questionnaire's spreadsheet: the raw responses first (named {@code rawName}),
     * then one sheet per question summary, named by the question's id.
     */
    public static List<Xlsx.Sheet> workbook(Quiz quiz, List<Response> responses, Set<TextAnswer.Key> hidden, Lang lang,
                                            ExportWords words, ZoneId zone, String rawName) {
        return workbook(quiz, responses, hidden, lang, words, zone, rawName, Filter.all(zone).scope());
    }

    /** The same for a viewer whose scope names participants and workshops. */
    public static List<Xlsx.Sheet> workbook(Quiz quiz, List<Response> responses, Set<TextAnswer.Key> hidden, Lang lang,
                                            ExportWords words, ZoneId zone, String rawName, Scope scope) {
        List<Xlsx.Sheet> sheets = new ArrayList<>();
        sheets.add(new Xlsx.Sheet(rawName, responses(quiz, responses, hidden, lang, words, zone, scope)));
        for (Summary s : Summaries.of(quiz, responses, hidden)) {
            sheets.add(new Xlsx.Sheet(s.question().id(), SummaryTables.of(s, lang, words)));
        }
        return sheets;
    }

    static Cell cell(Question q, Answer a, boolean shown, Lang lang, ExportWords words) {
        if (a instanceof Answer.Scale s) {
            return Cell.of(s.value());
        } else if (a instanceof Answer.Bool b) {
            return Cell.of(b.value() ? words.yes() : words.no());
        } else if (a instanceof Answer.Typed t) {
            return Cell.of(shown ? t.text() : "");
        } else if (a instanceof Answer.Choices c) {
            Set<String> chosen = new HashSet<>(c.ids());
            List<String> parts = new ArrayList<>();
            for (Choice choice : choices(q)) {
                if (chosen.contains(choice.id())) {
                    parts.add(choice.text().in(lang));
                }
            }
            if (shown && !c.other().isBlank()) {
                parts.add(words.other() + ": " + c.other().strip());
            }
            return Cell.of(String.join("; ", parts));
        } else if (a instanceof Answer.Order o) {
            return Cell.of(String.join(" > ", o.ids()));
        } else if (a instanceof Answer.Pairs p) {
            return Cell.of(p.chosen().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining("; ")));
        }
        throw new IllegalArgumentException("unknown answer " + a);
    }

    private static List<Choice> choices(Question q) {
        if (q instanceof Question.Single s) {
            return s.choices();
        }
        return q instanceof Question.Multiple m ? m.choices() : List.of();
    }

    private static <T> List<T> sorted(List<T> items, Function<T, Instant> time, Function<T, String> id) {
        return items.stream().sorted(Comparator.comparing(time).thenComparing(id)).toList();
    }
}
