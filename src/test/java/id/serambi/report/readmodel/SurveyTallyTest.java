package id.serambi.report.readmodel;

import id.serambi.content.Text;
import id.serambi.quiz.model.Answer;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.model.Settings;
import id.serambi.quiz.result.Group;
import id.serambi.quiz.result.Response;
import id.serambi.quiz.result.TextAnswer;
import id.serambi.report.dashboard.Filter;
import id.serambi.report.dashboard.Scope;
import id.serambi.report.stats.Skm;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static id.serambi.report.stats.Fixtures.choice;
import static id.serambi.report.stats.Fixtures.likert;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tally gives exactly the figures of adding up the responses one by one, over random sets of
 * responses and random filters, whatever order the responses were added in.
 */
class SurveyTallyTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Makassar");
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    static final Quiz FORM = form();

    private static Quiz form() {
        List<Question> questions = new ArrayList<>();
        questions.add(new Question.Single("umur", Text.of("Umur"), 0, Optional.empty(), 1,
                List.of(choice("muda", "Muda"), choice("tua", "Tua"), choice("lain", "Lain")), true));
        questions.add(new Question.Multiple("layanan", Text.of("Layanan"), 0, Optional.empty(), 2,
                List.of(choice("skck", "SKCK"), choice("nikah", "Nikah"), choice("usaha", "Usaha")), true));
        questions.add(likert("puas", 5, Optional.empty()));
        for (String code : Skm.CODES) {
            questions.add(likert("skm-" + code, 4, Optional.of(code)));
        }
        questions.add(new Question.Rating("bintang", Text.of("Nilai"), Optional.empty(), 3, 5));
        questions.add(new Question.FreeText("saran", Text.of("Saran"), Optional.empty(), 4, true,
                Question.FreeText.DEFAULT_MAX));
        return new Quiz("evaluasi", Quiz.Kind.QUESTIONNAIRE, Text.of("Evaluasi"), Optional.empty(),
                Settings.questionnaireDefaults(), questions);
    }

    /** Random responses: any group or none, in or out of two workshops, over a week, with blanks, off-scale values and unknown options. */
    static List<Response> responses(Random random, int count) {
        List<Response> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Answer> answers = new LinkedHashMap<>();
            for (Question q : FORM.questions()) {
                if (random.nextInt(8) == 0) {
                    continue; // left blank
                }
                answers.put(q.id(), answer(q, random));
            }
            Optional<Group> group = switch (random.nextInt(3)) {
                case 0 -> Optional.of(Group.WARGA);
                case 1 -> Optional.of(Group.APARAT);
                default -> Optional.empty();
            };
            Optional<String> workshop = switch (random.nextInt(3)) {
                case 0 -> Optional.of("w1");
                case 1 -> Optional.of("w2");
                default -> Optional.empty();
            };
            // a few share a second, so the order among equal times (by id) matters
            Instant at = T0.plusSeconds(random.nextInt(7 * 24 * 60) * 60L);
            out.add(new Response("r" + random.nextInt(1_000_000) + "-" + i, group, at, workshop, answers));
        }
        return out;
    }

    private static Answer answer(Question q, Random random) {
        if (q instanceof Question.Single || q instanceof Question.Multiple) {
            List<String> ids = new ArrayList<>();
            for (String id : List.of("muda", "tua", "lain", "skck", "nikah", "usaha", "hilang")) {
                if (random.nextInt(3) == 0) {
                    ids.add(id);
                }
            }
            String other = switch (random.nextInt(4)) {
                case 0 -> "  Surat pindah " + random.nextInt(3);
                case 1 -> "   ";
                default -> "";
            };
            return new Answer.Choices(ids, other);
        } else if (q instanceof Question.Likert || q instanceof Question.Rating) {
            return random.nextInt(20) == 0 ? new Answer.Typed("4") : new Answer.Scale(random.nextInt(7));
        }
        return new Answer.Typed(random.nextInt(4) == 0 ? " " : "Saran " + random.nextInt(50) + " ");
    }

    private static Filter filter(Random random) {
        Filter f = Filter.all(ZONE);
        if (random.nextBoolean()) {
            f = f.withGroup(random.nextBoolean() ? Group.WARGA : Group.APARAT);
        }
        if (random.nextBoolean()) {
            LocalDate first = LocalDate.of(2026, 3, 1 + random.nextInt(4));
            f = f.withDates(first, random.nextBoolean() ? first.plusDays(random.nextInt(4)) : null);
        }
        if (random.nextInt(3) == 0) {
            f = f.withWorkshop("w1");
        }
        if (random.nextBoolean()) {
            f = f.within(Scope.own(Set.of("w1")));
        }
        return f;
    }

    private static Set<TextAnswer.Key> hidden(Random random, List<Response> responses) {
        Set<TextAnswer.Key> hidden = new HashSet<>();
        for (Response r : responses) {
            if (random.nextInt(5) == 0) {
                hidden.add(new TextAnswer.Key(r.id(), random.nextBoolean() ? "saran" : "layanan"));
            }
        }
        return hidden;
    }

    private static SurveyFigures tallied(SurveyTally tally, Filter f, Set<TextAnswer.Key> hidden, boolean split) {
        return tally.figures(c -> f.test(c.group(), c.workshop(), c.day()), hidden, split);
    }

    @Test
    void the_tally_gives_the_figures_of_adding_up_every_response_on_random_data() {
        for (long seed = 1; seed <= 12; seed++) {
            Random random = new Random(seed);
            List<Response> responses = responses(random, 50 + random.nextInt(400));
            SurveyTally tally = new SurveyTally(FORM, ZONE);
            responses.forEach(tally::add);
            Set<TextAnswer.Key> hidden = hidden(random, responses);
            for (int k = 0; k < 6; k++) {
                Filter f = filter(random);
                boolean split = f.group().isEmpty();
                assertEquals(SurveyFigures.of(FORM, f.apply(responses), hidden, split), tallied(tally, f, hidden, split),
                        "seed " + seed + ", filter " + f);
            }
        }
    }

    @Test
    void responses_added_later_count_as_if_they_had_been_there_from_the_start() {
        Random random = new Random(99);
        List<Response> responses = responses(random, 300);
        SurveyTally tally = new SurveyTally(FORM, ZONE);
        Filter all = Filter.all(ZONE);
        for (int from = 0; from < responses.size(); from += 75) {
            responses.subList(from, from + 75).forEach(tally::add);
            List<Response> sofar = responses.subList(0, from + 75);
            assertEquals(SurveyFigures.of(FORM, sofar, Set.of(), true), tallied(tally, all, Set.of(), true));
        }
        assertEquals(300, tally.size());
    }

    @Test
    void an_empty_tally_shows_zero_responses_and_no_index() {
        SurveyFigures none = tallied(new SurveyTally(FORM, ZONE), Filter.all(ZONE), Set.of(), true);
        assertEquals(SurveyFigures.of(FORM, List.of(), Set.of(), true), none);
        assertEquals(0, none.responses());
        assertTrue(none.skm().orElseThrow().index().isEmpty());
    }
}
