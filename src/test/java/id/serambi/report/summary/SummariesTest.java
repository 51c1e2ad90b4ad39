package id.serambi.report.summary;

import id.serambi.content.Text;
import id.serambi.quiz.model.Answer;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.model.Settings;
import id.serambi.quiz.result.Response;
import id.serambi.quiz.result.TextAnswer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static id.serambi.report.stats.Fixtures.choice;
import static id.serambi.report.stats.Fixtures.chose;
import static id.serambi.report.stats.Fixtures.likert;
import static id.serambi.report.stats.Fixtures.response;
import static id.serambi.report.stats.Fixtures.scale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class SummariesTest {
    static final Question.Multiple SERVICES = new Question.Multiple("layanan", Text.of("Layanan apa?"), 0,
            Optional.empty(), 1, List.of(choice("skck", "Kelakuan baik"), choice("nikah", "Belum menikah"),
            choice("usaha", "Usaha"), choice("domisili", "Domisili")), true);
    static final Question.Likert SATISFIED = likert("puas", 5, Optional.empty());
    static final Question.Likert SKM_STYLE = likert("jelas", 4, Optional.empty());
    static final Question.Rating STARS = new Question.Rating("bintang", Text.of("Nilai"), Optional.empty(), 1, 5);
    static final Question.FreeText SUGGESTIONS = new Question.FreeText("saran", Text.of("Saran"), Optional.empty(), 1,
            true, Question.FreeText.DEFAULT_MAX);
    public static final Quiz FORM = new Quiz("evaluasi", Quiz.Kind.QUESTIONNAIRE, Text.of("Evaluasi"), Optional.empty(),
            Settings.questionnaireDefaults(), List.of(SERVICES, SATISFIED, SKM_STYLE, STARS, SUGGESTIONS));

    private static final List<Response> FIVE = List.of(
            response("r1", "layanan", chose("skck", "nikah"), "puas", scale(5), "jelas", scale(4), "bintang", scale(5),
                    "saran", new Answer.Typed("Tambah <b>jam</b> layanan")),
            response("r2", "layanan", chose("skck"), "puas", scale(4), "jelas", scale(3), "bintang", scale(4),
                    "saran", new Answer.Typed("   ")),
            response("r3", "layanan", chose(List.of("usaha"), "Surat pindah"), "puas", scale(3), "jelas", scale(2),
                    "bintang", scale(3), "saran", new Answer.Typed("=cmd|' /C calc'!A0")),
            response("r4", "layanan", chose(List.of(), "Akta kelahiran"), "puas", scale(2), "jelas", scale(3),
                    "bintang", scale(4)),
            response("r5", "puas", scale(4), "jelas", scale(9), "bintang", new Answer.Typed("4")));

    private static <T> T summary(List<Summary> all, int i, Class<T> type) {
        return type.cast(all.get(i));
    }

    @Test
    void choices_are_sorted_by_count_with_lainnya_last_and_its_answers_listed() {
        // Answered by r1..r4 (r4 only through "Lainnya"): n = 4.
        // skck 2 (50%), nikah 1, usaha 1 (25% each, in the question's order), domisili 0; Lainnya 2 (50%).
        ChoiceSummary s = summary(Summaries.of(FORM, FIVE, Set.of()), 0, ChoiceSummary.class);
        assertEquals(4, s.n());
        assertEquals(List.of("skck", "nikah", "usaha", "domisili", ChoiceSummary.Count.OTHER),
                s.counts().stream().map(ChoiceSummary.Count::optionId).toList());
        assertEquals(List.of(2, 1, 1, 0, 2), s.counts().stream().map(ChoiceSummary.Count::count).toList());
        assertEquals(List.of(50.0, 25.0, 25.0, 0.0, 50.0), s.counts().stream().map(ChoiceSummary.Count::percent).toList());
        assertTrue(s.counts().get(4).other());
        assertEquals(List.of("Surat pindah", "Akta kelahiran"), s.others().stream().map(TextAnswer::text).toList());
    }

    @Test
    void likert_counts_levels_and_splits_agree_neutral_and_disagree() {
        // Five-point: levels 5, 4, 3, 2, 4 -> counts [0, 1, 1, 2, 1], n 5.
        // Agree (4-5) 3/5 = 60%, neutral (3) 20%, disagree (1-2) 20%.
        LikertSummary s = summary(Summaries.of(FORM, FIVE, Set.of()), 1, LikertSummary.class);
        assertEquals(5, s.n());
        assertEquals(List.of(0, 1, 1, 2, 1), s.counts());
        assertEquals(60, s.agree(), 1e-9);
        assertEquals(20, s.neutral(), 1e-9);
        assertEquals(20, s.disagree(), 1e-9);
        // Diverging bar centred on the middle of neutral: it starts at -(20 + 20/2) = -30;
        // level 1 0% at -30, level 2 20% at -30, level 3 20% at -10 (so -10..10), level 4 40% at 10, level 5 20% at 50.
        assertEquals(List.of(-30.0, -30.0, -10.0, 10.0, 50.0),
                s.segments().stream().map(LikertSummary.Segment::start).toList());
    }

    @Test
    void a_four_point_scale_has_no_neutral_and_agree_is_its_top_two_levels() {
        // r1..r4 gave 4, 3, 2, 3; r5's 9 is off the scale and not counted: n 4, counts [0, 1, 2, 1].
        // Agree (3-4) 3/4 = 75%, disagree (1-2) 25%, neutral 0; the centre is between 2 and 3: start -25.
        LikertSummary s = summary(Summaries.of(FORM, FIVE, Set.of()), 2, LikertSummary.class);
        assertEquals(4, s.n());
        assertEquals(List.of(0, 1, 2, 1), s.counts());
        assertEquals(75, s.agree(), 1e-9);
        assertEquals(0, s.neutral(), 1e-9);
        assertEquals(25, s.disagree(), 1e-9);
        assertEquals(-25, s.segments().get(0).start(), 1e-9);
        assertEquals(0, s.segments().get(2).start(), 1e-9, "agreement starts at the centre");
    }

    @Test
    void rating_gives_its_distribution_and_mean() {
        // 5, 4, 3, 4 (r5 typed text, not counted): counts [0, 0, 1, 2, 1], mean 16 / 4 = 4.
        RatingSummary s = summary(Summaries.of(FORM, FIVE, Set.of()), 3, RatingSummary.class);
        assertEquals(4, s.n());
        assertEquals(List.of(0, 0, 1, 2, 1), s.counts());
        assertEquals(4, s.mean().getAsDouble(), 1e-9);
        assertEquals(50, s.percent(4), 1e-9);
    }

    @Test
    void free_text_lists_answers_as_given_with_hidden_ones_marked_not_removed() {
        TextAnswer.Key hide = new TextAnswer.Key("r3", "saran");
        TextSummary s = summary(Summaries.of(FORM, FIVE, Set.of(hide)), 4, TextSummary.class);
        assertEquals(2, s.n(), "the blank answer is not an answer");
        assertEquals("Tambah <b>jam</b> layanan", s.answers().get(0).text(), "escaping is the page's job");
        assertEquals(new TextAnswer.Key("r1", "saran"), s.answers().get(0).key());
        assertTrue(s.answers().get(1).hidden());
        assertEquals(List.of("r1"), s.visible().stream().map(a -> a.key().responseId()).toList());
    }

    @Test
    void nobody_answering_gives_zero_counts_and_no_mean() {
        List<Summary> all = Summaries.of(FORM, List.of(), Set.of());
        assertEquals(5, all.size());
        all.forEach(s -> assertEquals(0, s.n()));
        LikertSummary likert = summary(all, 1, LikertSummary.class);
        assertEquals(0, likert.agree());
        assertTrue(summary(all, 3, RatingSummary.class).mean().isEmpty());
    }
}
