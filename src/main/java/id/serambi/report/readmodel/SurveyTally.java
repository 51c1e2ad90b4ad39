package id.serambi.report.readmodel;

import id.serambi.quiz.model.Answer;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.result.Group;
import id.serambi.quiz.result.Response;
import id.serambi.quiz.result.TextAnswer;
import id.serambi.report.stats.Skm;
import id.serambi.report.summary.Summaries;
import id.serambi.report.summary.Summary;
import id.serambi.report.summary.TextSummary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A questionnaire's responses added up once, as they arrive, into counts: one part per group,
 * workshop and day (the cells every dashboard filter is made of), each holding per question the
 * count of each option or level and the typed answers, and the SKM sums. A dashboard adds up the
 * parts its filter shows, so what it costs grows with the cells and the typed answers, not with
 * the responses. Not thread-safe: {@link ReadModels} guards it.
 */
public final class SurveyTally {
    /** Where a response falls for the filters: its group, its workshop and its day in the tally's zone. */
    public record Cell(Optional<Group> group, Optional<String> workshop, LocalDate day) {
    }

    /** A typed answer as kept: its response, the text as given and when it was sent. */
    private record Typed(String responseId, String text, Instant at) {
    }

    private static final Comparator<Typed> OLDEST_FIRST = Comparator.comparing(Typed::at)
            .thenComparing(Typed::responseId);

    private final Quiz quiz;
    private final ZoneId zone;
    private final List<Question> questions;
    private final Optional<List<String>> skmItems;
    private final Map<Cell, Part> parts = new HashMap<>();
    private int size;

    public SurveyTally(Quiz quiz, ZoneId zone) {
        this.quiz = quiz;
        this.zone = zone;
        this.questions = quiz.questions().stream().filter(Summaries::summarised).toList();
        this.skmItems = Skm.items(quiz);
    }

    public Quiz quiz() {
        return quiz;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The responses added so far. */
    public int size() {
        return size;
    }

    public void add(Response r) {
        parts.computeIfAbsent(new Cell(r.group(), r.workshopId(), LocalDate.ofInstant(r.submittedAt(), zone)),
                c -> new Part()).add(r);
        size++;
    }

    /**
     * The figures over the cells {@code shown} accepts, as {@link SurveyFigures#of} gives them over
     * the same responses.
     */
    public SurveyFigures figures(Predicate<Cell> shown, Set<TextAnswer.Key> hidden, boolean split) {
        Part all = new Part();
        Map<Group, Part> byGroup = new EnumMap<>(Group.class);
        for (Group g : Group.values()) {
            byGroup.put(g, new Part());
        }
        int ungrouped = 0;
        for (Map.Entry<Cell, Part> e : parts.entrySet()) {
            if (!shown.test(e.getKey())) {
                continue;
            }
            all.add(e.getValue());
            if (e.getKey().group().isPresent()) {
                byGroup.get(e.getKey().group().get()).add(e.getValue());
            } else {
                ungrouped += e.getValue().responses;
            }
        }
        Map<Group, List<Summary>> summaries = new EnumMap<>(Group.class);
        Map<Group, Integer> groups = new EnumMap<>(Group.class);
        byGroup.forEach((g, part) -> {
            groups.put(g, part.responses);
            if (split) {
                summaries.put(g, part.summaries(hidden));
            }
        });
        return new SurveyFigures(all.responses, all.summaries(hidden), summaries, groups, ungrouped,
                skmItems.map(items -> Skm.of(items, all.responses, all.skmComplete, all.skmSums)));
    }

    /** The counts of one cell, or of several added together; question i is {@code questions.get(i)}. */
    private final class Part {
        private int responses;
        private final int[][] counts = new int[questions.size()][];
        private final int[] answered = new int[questions.size()];
        private final List<List<Typed>> typed = new ArrayList<>();
        private final long[] skmSums = new long[Skm.CODES.size()];
        private int skmComplete;

        Part() {
            for (int i = 0; i < questions.size(); i++) {
                Question q = questions.get(i);
                counts[i] = new int[q instanceof Question.Single || q instanceof Question.Multiple
                        ? Summaries.choices(q).size() : q instanceof Question.FreeText ? 0 : Summaries.levels(q)];
                typed.add(new ArrayList<>());
            }
        }

        void add(Response r) {
            responses++;
            for (int i = 0; i < questions.size(); i++) {
                Question q = questions.get(i);
                Answer a = r.answer(q.id()).orElse(null);
                List<Typed> texts = typed.get(i);
                if (q instanceof Question.Single || q instanceof Question.Multiple) {
                    if (Summaries.countChoices(q, a, counts[i])) {
                        answered[i]++;
                    }
                    Summaries.other(q, a).ifPresent(t -> texts.add(new Typed(r.id(), t, r.submittedAt())));
                } else if (q instanceof Question.FreeText) {
                    Summaries.typed(q, a).ifPresent(t -> texts.add(new Typed(r.id(), t, r.submittedAt())));
                } else {
                    Summaries.countScale(a, counts[i]);
                }
            }
            skmItems.flatMap(items -> Skm.scores(r, items)).ifPresent(scores -> {
                skmComplete++;
                for (int k = 0; k < skmSums.length; k++) {
                    skmSums[k] += scores[k];
                }
            });
        }


        void add(Part other) {
            responses += other.responses;
            for (int i = 0; i < questions.size(); i++) {
                for (int k = 0; k < counts[i].length; k++) {
                    counts[i][k] += other.counts[i][k];
                }
                answered[i] += other.answered[i];
                typed.get(i).addAll(other.typed.get(i));
            }
            for (int k = 0; k < skmSums.length; k++) {
                skmSums[k] += other.skmSums[k];
            }
            skmComplete += other.skmComplete;
        }

        List<Summary> summaries(Set<TextAnswer.Key> hidden) {
            List<Summary> out = new ArrayList<>();
            for (int i = 0; i < questions.size(); i++) {
                Question q = questions.get(i);
                List<TextAnswer> texts = typed.get(i).stream().sorted(OLDEST_FIRST)
                        .map(t -> Summaries.text(t.responseId(), q, t.text(), t.at(), hidden)).toList();
                if (q instanceof Question.Single || q instanceof Question.Multiple) {
                    out.add(Summaries.choices(q, counts[i], answered[i], texts));
                } else if (q instanceof Question.FreeText) {
                    out.add(new TextSummary(q, texts));
                } else {
                    Summaries.scale(q, counts[i]).ifPresent(out::add);
                }
            }
            return out;
        }
    }
}
