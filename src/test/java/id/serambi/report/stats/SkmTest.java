package id.serambi.report.stats;

import id.serambi.content.Text;
import id.serambi.quiz.model.Answer;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.model.Settings;
import id.serambi.quiz.result.Group;
import id.serambi.quiz.result.Response;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static id.serambi.report.stats.Fixtures.likert;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class SkmTest {
    public static final Quiz SKM = skm(4, 9);

    /** A questionnaire with items u1..u{elements} on U1..U{elements}, of {@code levels} levels, and a comment box. */
    static Quiz skm(int levels, int elements) {
        List<Question> questions = new ArrayList<>();
        for (int i = 1; i <= elements; i++) {
            questions.add(likert("u" + i, levels, Optional.of("U" + i)));
        }
        questions.add(new Question.FreeText("saran", Text.of("Saran"), Optional.empty(), 1, true, 2000));
        return new Quiz("skm", Quiz.Kind.QUESTIONNAIRE, Text.of("SKM"), Optional.empty(),
                Settings.questionnaireDefaults(), questions);
    }

    /** A response giving {@code scores} to u1, u2, ... in order; fewer than nine leaves the rest blank. */
    public static Response scores(String id, int... scores) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (int i = 0; i < scores.length; i++) {
            answers.put("u" + (i + 1), new Answer.Scale(scores[i]));
        }
        return new Response(id, Optional.of(Group.WARGA), Fixtures.T0, Optional.empty(), answers);
    }

    @Test
    void nrr_per_element_and_ikm_from_complete_questionnaires_only() {
        //          U1 U2 U3 U4 U5 U6 U7 U8 U9 | sum
        //   R1      4  4  4  4  4  4  4  4  4 | 36
        //   R2      3  3  3  3  3  3  3  3  3 | 27
        //   R3      4  3  3  3  4  2  3  3  3 | 28
        //   R4      1  1  1  1  1  1  1  1  - | incomplete: left out of every figure
        //   R5      3  3  2  3  3  3  4  3  2 | 26
        // N = 4 complete. Element sums 14 13 12 13 14 12 14 13 12 -> NRR = sum / 4:
        //   3.50 3.25 3.00 3.25 3.50 3.00 3.50 3.25 3.00
        // IKM = (3.50 + 3.25 + 3.00 + 3.25 + 3.50 + 3.00 + 3.50 + 3.25 + 3.00) x 1/9 = 29.25 / 9 = 3.250
        // (the same as 117 / 36, the grand total over 9 N). Converted 3.25 x 25 = 81.25 -> B (76.61-88.30).
        Skm s = Skm.of(SKM, List.of(scores("R1", 4, 4, 4, 4, 4, 4, 4, 4, 4), scores("R2", 3, 3, 3, 3, 3, 3, 3, 3, 3),
                scores("R3", 4, 3, 3, 3, 4, 2, 3, 3, 3), scores("R4", 1, 1, 1, 1, 1, 1, 1, 1),
                scores("R5", 3, 3, 2, 3, 3, 3, 4, 3, 2))).orElseThrow();
        assertEquals(5, s.responses());
        assertEquals(4, s.complete());
        assertEquals(Skm.CODES, s.elements().stream().map(Skm.Element::code).toList());
        assertEquals(List.of("3.50", "3.25", "3.00", "3.25", "3.50", "3.00", "3.50", "3.25", "3.00"),
                s.elements().stream().map(e -> e.nrr().orElseThrow().toPlainString()).toList());
        Skm.Index ikm = s.index().orElseThrow();
        assertEquals(new BigDecimal("3.250"), ikm.raw());
        assertEquals(new BigDecimal("81.25"), ikm.converted());
        assertEquals(Skm.Grade.B, ikm.grade());
    }

    @Test
    void an_index_of_exactly_65_is_graded_c_at_the_band_edge() {
        // Five questionnaires, every element scored 3 3 3 2 2: each element sums to 13, NRR 13 / 5 = 2.60.
        // IKM = 9 x 2.60 x 1/9 = 2.600; converted 2.6 x 25 = 65.00 -> C, the lowest value of 65.00-76.60.
        // (With the printed weight 0.111 it would be 9 x 2.6 x 0.111 x 25 = 64.935 -> D: hence exactly 1/9.)
        int[] three = {3, 3, 3, 3, 3, 3, 3, 3, 3};
        int[] two = {2, 2, 2, 2, 2, 2, 2, 2, 2};
        List<Response> five = List.of(scores("a", three), scores("b", three), scores("c", three),
                scores("d", two), scores("e", two));
        Skm.Index ikm = Skm.of(SKM, five).orElseThrow().index().orElseThrow();
        assertEquals(new BigDecimal("2.600"), ikm.raw());
        assertEquals(new BigDecimal("65.00"), ikm.converted());
        assertEquals(Skm.Grade.C, ikm.grade());
        // One score lower: total 116, converted 116 x 25 / 45 = 64.444 -> 64.44 -> D.
        List<Response> lower = new ArrayList<>(five);
        lower.set(4, scores("e", 1, 2, 2, 2, 2, 2, 2, 2, 2));
        Skm.Index below = Skm.of(SKM, lower).orElseThrow().index().orElseThrow();
        assertEquals(new BigDecimal("64.44"), below.converted());
        assertEquals(Skm.Grade.D, below.grade());
    }

    @Test
    void grades_follow_the_regulations_table_after_rounding_to_two_decimals() {
        assertEquals(Skm.Grade.D, grade("25.00"));
        assertEquals(Skm.Grade.D, grade("64.99"));
        assertEquals(Skm.Grade.D, grade("64.994"));
        assertEquals(Skm.Grade.C, grade("64.995"), "rounds to 65.00");
        assertEquals(Skm.Grade.C, grade("76.60"));
        assertEquals(Skm.Grade.C, grade("76.6049"));
        assertEquals(Skm.Grade.B, grade("76.605"), "rounds to 76.61");
        assertEquals(Skm.Grade.B, grade("88.30"));
        assertEquals(Skm.Grade.B, grade("88.3049"));
        assertEquals(Skm.Grade.A, grade("88.305"), "rounds to 88.31; unrounded it sits between the bands");
        assertEquals(Skm.Grade.A, grade("100"));
    }

    private static Skm.Grade grade(String converted) {
        return Skm.Grade.of(new BigDecimal(converted));
    }

    @Test
    void a_perfect_survey_is_100_and_the_lowest_is_25() {
        Skm.Index top = Skm.of(SKM, List.of(scores("a", 4, 4, 4, 4, 4, 4, 4, 4, 4))).orElseThrow().index().orElseThrow();
        assertEquals(new BigDecimal("100.00"), top.converted());
        assertEquals(new BigDecimal("4.000"), top.raw());
        assertEquals(Skm.Grade.A, top.grade());
        Skm.Index low = Skm.of(SKM, List.of(scores("a", 1, 1, 1, 1, 1, 1, 1, 1, 1))).orElseThrow().index().orElseThrow();
        assertEquals(new BigDecimal("25.00"), low.converted());
    }

    @Test
    void off_scale_answers_make_a_questionnaire_incomplete_and_none_complete_means_no_index() {
        Skm s = Skm.of(SKM, List.of(scores("a", 4, 4, 4, 4, 4, 4, 4, 4, 5), scores("b", 1, 2, 3))).orElseThrow();
        assertEquals(0, s.complete());
        assertTrue(s.index().isEmpty());
        assertTrue(s.elements().get(0).nrr().isEmpty());
    }

    @Test
    void a_questionnaire_without_all_nine_four_level_elements_is_not_an_skm() {
        assertTrue(Skm.of(skm(4, 8), List.of()).isEmpty());
        assertTrue(Skm.of(skm(5, 9), List.of()).isEmpty());
    }
}
