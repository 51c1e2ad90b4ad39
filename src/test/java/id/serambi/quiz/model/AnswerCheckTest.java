package id.serambi.quiz.model;

import id.serambi.content.Text;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static id.serambi.quiz.model.QuizFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which submitted answers are refused, and the message the respondent then reads. */
class AnswerCheckTest {
    private final AnswerCheck check = new AnswerCheck();
    private final Messages messages = new Messages();

    private final Question.Single quizSingle = single("q1", option("a", 100), option("b", 0));
    private final Question.Multiple withOther = new Question.Multiple("layanan", Text.of("Layanan apa?"), 0,
            Optional.empty(), 1, List.of(option("skck", 0), option("usaha", 0)), true);

    private void assertValid(Question q, Answer a) {
        assertEquals(Optional.empty(), check.check(q, a));
    }

    private AnswerCheck.Invalid assertInvalid(Question q, Answer a, String key) {
        AnswerCheck.Invalid invalid = check.check(q, a).orElseThrow(() -> new AssertionError("accepted " + a));
        assertEquals(key, invalid.key());
        for (Lang lang : Lang.values()) {
            assertTrue(messages.find(lang, key).isPresent(), key + " missing in " + lang);
        }
        return invalid;
    }

    private String text(Lang lang, AnswerCheck.Invalid invalid) {
        return messages.get(lang, invalid.key(), invalid.args().toArray());
    }

    @Test
    void known_options_and_no_option_at_all_are_taken() {
        assertValid(quizSingle, chose("b"));
        assertValid(quizSingle, chose());
        assertValid(withOther, new Answer.Choices(List.of("skck"), "Surat pindah"));
    }

    @Test
    void an_unknown_option_id_is_refused_and_named() {
        AnswerCheck.Invalid invalid = assertInvalid(quizSingle, chose("z"), "quiz.answer.option");
        assertEquals("Pilihan 'z' tidak ada di pertanyaan ini. Muat ulang halaman, lalu pilih lagi.",
                text(Lang.ID, invalid));
        assertInvalid(withOther, chose("skck", "kk"), "quiz.answer.option");
    }

    @Test
    void a_single_choice_takes_one_option_or_one_other_text() {
        assertInvalid(quizSingle, chose("a", "b"), "quiz.answer.one");
        Question.Single single = new Question.Single("s", Text.of("Pilih"), 0, Optional.empty(), 1,
                List.of(option("a", 0), option("b", 0)), true);
        assertValid(single, new Answer.Choices(List.of(), "Lainnya saja"));
        assertInvalid(single, new Answer.Choices(List.of("a"), "dan ini"), "quiz.answer.one");
    }

    @Test
    void other_text_is_refused_where_the_question_has_no_other() {
        assertInvalid(quizSingle, new Answer.Choices(List.of(), "jawaban lain"), "quiz.answer.other.off");
        assertValid(quizSingle, new Answer.Choices(List.of("a"), "  "));
    }

    @Test
    void the_wrong_kind_of_answer_is_refused() {
        assertInvalid(quizSingle, new Answer.Scale(1), "quiz.answer.kind");
        assertInvalid(trueFalse("t", true), typed("benar"), "quiz.answer.kind");
        assertInvalid(likert("l", 5), typed("5"), "quiz.answer.kind");
        assertValid(trueFalse("t", true), new Answer.Bool(false));
    }

    @Test
    void likert_value_must_be_on_its_scale() {
        Question.Likert skm = likert("u1", 4);
        assertValid(skm, new Answer.Scale(1));
        assertValid(skm, new Answer.Scale(4));
        AnswerCheck.Invalid invalid = assertInvalid(skm, new Answer.Scale(5), "quiz.answer.scale");
        assertEquals("Nilai 5 di luar skala; pilih 1 sampai 4.", text(Lang.ID, invalid));
        assertInvalid(skm, new Answer.Scale(0), "quiz.answer.scale");
    }

    @Test
    void rating_must_be_from_one_to_its_max() {
        Question.Rating rating = new Question.Rating("r", Text.of("Nilai"), Optional.empty(), 1, 5);
        assertValid(rating, new Answer.Scale(5));
        assertInvalid(rating, new Answer.Scale(6), "quiz.answer.rating");
        assertInvalid(rating, new Answer.Scale(-1), "quiz.answer.rating");
    }

    @Test
    void free_text_over_its_limit_is_refused_stating_the_limit() {
        Question.FreeText saran = freeText("saran", 2000);
        assertValid(saran, typed("a".repeat(2000)));
        AnswerCheck.Invalid invalid = assertInvalid(saran, typed("a".repeat(2001)), "quiz.answer.long");
        assertEquals("Jawaban terlalu panjang: paling banyak 2.000 karakter, sekarang 2.001. Persingkat jawaban Anda.",
                text(Lang.ID, invalid));
        assertTrue(text(Lang.EN, invalid).contains("at most 2,000 characters"));
    }

    @Test
    void an_emoji_counts_as_one_character() {
        assertValid(freeText("saran", 3), typed("👍👍👍"));
    }

    @Test
    void other_text_and_short_answers_have_a_limit_too() {
        assertInvalid(withOther, new Answer.Choices(List.of(), "x".repeat(AnswerCheck.TYPED_MAX + 1)),
                "quiz.answer.long");
        assertInvalid(shortAnswer("s", accept("x", 100)), typed("x".repeat(AnswerCheck.TYPED_MAX + 1)),
                "quiz.answer.long");
    }

    @Test
    void a_numerical_answer_must_be_a_number() {
        Question.Numerical q = numerical("n", around(3.5, 0, 100));
        assertValid(q, typed("3,5"));
        assertValid(q, typed(""));
        assertValid(q, typed("tiga"));
        assertValid(q, typed("1.000.000"));
        assertInvalid(q, typed("tiga apel"), "quiz.answer.number");
        assertInvalid(q, typed("1.000.00"), "quiz.answer.number");
    }

    @Test
    void matching_names_only_its_pairs_and_offered_texts() {
        Question.Matching q = matching("m", 3);
        assertValid(q, pairs("p1", "R2", "p2", "E1"));
        assertInvalid(q, pairs("p9", "R1"), "quiz.answer.pair");
        assertInvalid(q, pairs("p1", "R9"), "quiz.answer.pair.right");
    }

    @Test
    void ordering_must_place_every_item_once() {
        Question.Ordering q = ordering("o", "a", "b", "c");
        assertValid(q, order("c", "a", "b"));
        assertInvalid(q, order("a", "a", "b"), "quiz.answer.order");
        assertInvalid(q, order("a", "b"), "quiz.answer.order");
        assertInvalid(q, order("a", "b", "x"), "quiz.answer.order");
    }
}
