package id.serambi.quiz.grade;

import id.serambi.content.Text;
import id.serambi.quiz.model.Answer;
import id.serambi.quiz.model.Question;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static id.serambi.quiz.model.QuizFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Marking every graded question type; the expected marks are worked out by hand beside each case. */
class GraderTest {
    private static final double EPS = 1e-9;
    private final Grader grader = new Grader();

    private Grade grade(Question q, Answer a) {
        return grader.grade(q, Optional.of(a)).orElseThrow();
    }

    private static void assertMark(double fraction, Grade.Verdict verdict, Grade grade) {
        assertEquals(fraction, grade.fraction(), EPS);
        assertEquals(verdict, grade.verdict());
    }

    private static List<String> feedback(Grade grade) {
        return grade.feedback().stream().map(Text::id).toList();
    }

    // single: a is right (100), b half right (50), c a penalty (-50)
    private final Question.Single single = single("q1", option("a", 100, "Tepat"), option("b", 50, "Hampir"),
            option("c", -50, "Keliru"));

    @Test
    void single_choice_right_option_earns_full_marks_with_its_feedback_then_the_explanation() {
        Grade g = grade(single, chose("a"));
        assertMark(1, Grade.Verdict.RIGHT, g);
        assertEquals(1, g.points(), EPS);
        assertEquals(List.of("Tepat", "Penjelasan umum"), feedback(g));
    }

    @Test
    void single_choice_partly_right_option_earns_its_weight() {
        // weight 50% of 1 point = 0.5
        Grade g = grade(single, chose("b"));
        assertMark(0.5, Grade.Verdict.PARTLY, g);
        assertEquals(0.5, g.points(), EPS);
    }

    @Test
    void single_choice_penalty_option_costs_marks() {
        // weight -50% of 1 point = -0.5: the spec lets a single choice go below 0
        Grade g = grade(single, chose("c"));
        assertMark(-0.5, Grade.Verdict.WRONG, g);
        assertEquals(-0.5, g.points(), EPS);
        assertEquals(List.of("Keliru", "Penjelasan umum"), feedback(g));
    }

    @Test
    void unanswered_question_earns_nothing_and_shows_only_the_explanation() {
        Grade g = grader.grade(single, Optional.empty()).orElseThrow();
        assertMark(0, Grade.Verdict.WRONG, g);
        assertEquals(List.of("Penjelasan umum"), feedback(g));
    }

    @Test
    void an_answer_of_the_wrong_kind_earns_nothing() {
        assertMark(0, Grade.Verdict.WRONG, grade(single, typed("a")));
        assertMark(0, Grade.Verdict.WRONG, grade(single, chose("a", "b")));
    }

    // multiple, 2 points: a and b right (50 each), c and d wrong (-50 each), as in Moodle
    private final Question.Multiple multiple = multiple("q2", 2, option("a", 50, "a benar"), option("b", 50),
            option("c", -50, "c salah"), option("d", -50));

    @Test
    void multiple_choice_all_right_options_earn_full_marks() {
        // 0.5 + 0.5 = 1.0 -> 2 points
        Grade g = grade(multiple, chose("b", "a"));
        assertMark(1, Grade.Verdict.RIGHT, g);
        assertEquals(2, g.points(), EPS);
    }

    @Test
    void multiple_choice_one_of_two_right_options_earns_half() {
        // 0.5 -> 1 of 2 points
        Grade g = grade(multiple, chose("a"));
        assertMark(0.5, Grade.Verdict.PARTLY, g);
        assertEquals(1, g.points(), EPS);
    }

    @Test
    void multiple_choice_with_a_wrong_option_loses_its_negative_weight() {
        // a + b + c = 0.5 + 0.5 - 0.5 = 0.5: ticking extra boxes costs
        assertMark(0.5, Grade.Verdict.PARTLY, grade(multiple, chose("a", "b", "c")));
        // a + c = 0.5 - 0.5 = 0
        Grade g = grade(multiple, chose("a", "c"));
        assertMark(0, Grade.Verdict.WRONG, g);
        assertEquals(List.of("a benar", "c salah"), feedback(g), "feedback of every chosen option, in option order");
    }

    @Test
    void multiple_choice_never_goes_below_zero() {
        // c + d = -0.5 - 0.5 = -1.0, clamped to 0
        Grade g = grade(multiple, chose("c", "d"));
        assertMark(0, Grade.Verdict.WRONG, g);
        assertEquals(0, g.points(), EPS);
        // every box: 0.5 + 0.5 - 0.5 - 0.5 = 0
        assertMark(0, Grade.Verdict.WRONG, grade(multiple, chose("a", "b", "c", "d")));
    }

    @Test
    void multiple_choice_in_thirds_written_as_decimals_is_still_right() {
        // 33.33 + 33.33 + 33.34 = 100
        Question.Multiple thirds = multiple("q", 3, option("a", 33.33), option("b", 33.33), option("c", 33.34),
                option("d", -100));
        assertMark(1, Grade.Verdict.RIGHT, grade(thirds, chose("a", "b", "c")));
        // a + b = 66.66% of 3 points = 1.9998
        assertEquals(1.9998, grade(thirds, chose("a", "b")).points(), 1e-9);
    }

    @Test
    void true_false_is_right_or_wrong_with_the_feedback_for_what_was_answered() {
        Question.TrueFalse q = trueFalse("q3", false);
        Grade right = grade(q, new Answer.Bool(false));
        assertMark(1, Grade.Verdict.RIGHT, right);
        assertEquals(List.of("Anda memilih Salah"), feedback(right));
        Grade wrong = grade(q, new Answer.Bool(true));
        assertMark(0, Grade.Verdict.WRONG, wrong);
        assertEquals(List.of("Anda memilih Benar"), feedback(wrong));
    }

    // short: "instagram" full marks, "insta*" half, "facebook" a known wrong answer with feedback
    private final Question.ShortAnswer shortQ = shortAnswer("q4", accept("instagram", 100), accept("insta*", 50),
            accept("facebook", 0));

    @Test
    void short_answer_ignores_case_and_outer_spacing() {
        Grade g = grade(shortQ, typed("  InstaGRAM \n"));
        assertMark(1, Grade.Verdict.RIGHT, g);
        assertEquals(List.of("umpan instagram"), feedback(g), "the best match's feedback, not insta*'s");
    }

    @Test
    void short_answer_wildcard_earns_the_pattern_weight() {
        // "insta gram" is not "instagram" but starts with "insta": 50%
        Grade g = grade(shortQ, typed("Insta   gram"));
        assertMark(0.5, Grade.Verdict.PARTLY, g);
        assertEquals(List.of("umpan insta*"), feedback(g));
    }

    @Test
    void short_answer_known_wrong_answer_earns_nothing_but_shows_its_feedback() {
        Grade g = grade(shortQ, typed("Facebook"));
        assertMark(0, Grade.Verdict.WRONG, g);
        assertEquals(List.of("umpan facebook"), feedback(g));
        assertEquals(List.of(), feedback(grade(shortQ, typed("tiktok"))));
    }

    @Test
    void short_answer_keeps_inner_spacing_as_moodle_does_and_takes_the_wildcard_anywhere() {
        Question.ShortAnswer q = shortAnswer("q", accept("surat keterangan*usaha", 100), accept("1+1", 100),
                accept("*", 0));
        assertMark(1, Grade.Verdict.RIGHT, grade(q, typed(" Surat Keterangan Usaha\t")));
        assertMark(1, Grade.Verdict.RIGHT, grade(q, typed("surat keterangan domisili usaha")));
        // Moodle trims the answer but compares its inside as typed: two spaces are not one
        assertMark(0, Grade.Verdict.WRONG, grade(q, typed("Surat   Keterangan Usaha")));
        // the + of an accepted answer is a plain character, not a regular expression
        assertMark(0, Grade.Verdict.WRONG, grade(q, typed("11")));
        assertEquals(List.of(), feedback(grade(q, typed("   "))), "a blank answer matches nothing, not even *");
    }

    @Test
    void the_first_matching_answer_in_file_order_counts_with_its_feedback_as_in_moodle() {
        // Moodle's question_first_matching_answer_grading_strategy: a 0% "*" written first catches every answer
        Question.ShortAnswer q = shortAnswer("q", accept("*", 0), accept("katak", 100));
        Grade g = grade(q, typed("Katak"));
        assertMark(0, Grade.Verdict.WRONG, g);
        assertEquals(List.of("umpan *"), feedback(g));
        Question.Numerical n = numerical("n", between(10, 20, 50), around(14, 0.5, 100));
        assertMark(0.5, Grade.Verdict.PARTLY, grade(n, typed("14")));
    }

    @Test
    void a_backslash_star_is_a_star_and_a_run_of_stars_is_one_wildcard() {
        Question.ShortAnswer q = shortAnswer("q", accept("5\\*3", 100), accept("a**b", 50));
        assertMark(1, Grade.Verdict.RIGHT, grade(q, typed("5*3")));
        assertMark(0, Grade.Verdict.WRONG, grade(q, typed("5x3")));
        assertMark(0.5, Grade.Verdict.PARTLY, grade(q, typed("a-tengah-b")));
    }

    // numerical: 14 +- 0.5 full marks, anything from 10 to 20 half
    private final Question.Numerical numericalQ = numerical("q5", around(14, 0.5, 100), between(10, 20, 50));

    @Test
    void numerical_answer_within_the_tolerance_earns_full_marks_with_a_decimal_comma_or_point() {
        assertMark(1, Grade.Verdict.RIGHT, grade(numericalQ, typed("14,3")));
        assertMark(1, Grade.Verdict.RIGHT, grade(numericalQ, typed(" 13.5 ")));
        Grade edge = grade(numericalQ, typed("14,5"));
        assertMark(1, Grade.Verdict.RIGHT, edge);
        assertEquals(List.of("sekitar 14.0"), feedback(edge));
    }

    @Test
    void numerical_answer_in_a_wider_range_earns_that_range_weight() {
        // 15 is outside 13.5-14.5 but within 10-20: 50%
        Grade g = grade(numericalQ, typed("15"));
        assertMark(0.5, Grade.Verdict.PARTLY, g);
        assertEquals(List.of("10.0-20.0"), feedback(g));
        assertMark(0, Grade.Verdict.WRONG, grade(numericalQ, typed("20,01")));
        assertMark(0, Grade.Verdict.WRONG, grade(numericalQ, typed("banyak")));
        assertMark(1, Grade.Verdict.RIGHT, grade(numericalQ, typed("empat belas")));
    }

    @Test
    void numerical_answer_reads_dots_before_three_digits_as_thousands_and_a_comma_as_the_decimal_mark() {
        // "1.000" is a thousand, as an Indonesian writes it; "1.5" and "1,5" are one and a half
        assertMark(0, Grade.Verdict.WRONG, grade(numerical("q", around(1, 0, 100)), typed("1.000")));
        assertMark(1, Grade.Verdict.RIGHT, grade(numerical("q", around(1000, 0, 100)), typed("1.000")));
        assertMark(1, Grade.Verdict.RIGHT, grade(numerical("q", around(1.5, 0, 100)), typed("1.5")));
        assertMark(1, Grade.Verdict.RIGHT, grade(numerical("q", around(1.5, 0, 100)), typed("1,5")));
        assertMark(1, Grade.Verdict.RIGHT, grade(numerical("q", around(15, 0, 100)), typed("lima belas")));
        assertMark(1, Grade.Verdict.RIGHT, grade(numerical("q", around(-2.5, 0, 100)), typed("-2,5")));
        assertMark(1, Grade.Verdict.RIGHT, grade(numerical("q", around(0.3, 0, 100)), typed(",3")));
    }

    @Test
    void matching_earns_the_share_of_right_pairs() {
        // p1 and p2 right, p3 and p4 swapped: 2 of 4 pairs = 0.5
        Question.Matching q = matching("q6", 4);
        Grade g = grade(q, pairs("p1", "R1", "p2", "E2", "p3", "R4", "p4", "R3"));
        assertMark(0.5, Grade.Verdict.PARTLY, g);
        assertEquals(0.5, g.points(), EPS);
        assertMark(1, Grade.Verdict.RIGHT, grade(q, pairs("p1", "R1", "p2", "R2", "p3", "R3", "p4", "R4")));
        // only p1 given and right: 1 of 4 = 0.25
        assertMark(0.25, Grade.Verdict.PARTLY, grade(q, pairs("p1", "R1")));
    }

    @Test
    void ordering_earns_the_share_of_items_in_their_right_place() {
        Question.Ordering q = ordering("q7", "a", "b", "c", "d");
        assertMark(1, Grade.Verdict.RIGHT, grade(q, order("a", "b", "c", "d")));
        // a c b d: a and d in place, 2 of 4 = 0.5
        assertMark(0.5, Grade.Verdict.PARTLY, grade(q, order("a", "c", "b", "d")));
        // b a d c: none in place
        assertMark(0, Grade.Verdict.WRONG, grade(q, order("b", "a", "d", "c")));
        // d b c a: b and c in place, 2 of 4 = 0.5
        assertMark(0.5, Grade.Verdict.PARTLY, grade(q, order("d", "b", "c", "a")));
    }

    @Test
    void questionnaire_items_and_essays_are_not_graded() {
        assertTrue(grader.grade(likert("l", 5), Optional.of(new Answer.Scale(5))).isEmpty());
        assertTrue(grader.grade(freeText("t", 100), Optional.of(typed("Bagus"))).isEmpty());
        Question.Single questionnaireSingle = new Question.Single("s", Text.of("Pilih"), 0, Optional.empty(), 1,
                List.of(option("a", 0), option("b", 0)), true);
        assertTrue(grader.grade(questionnaireSingle, Optional.of(chose("a"))).isEmpty());
    }
}
