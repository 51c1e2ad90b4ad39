package id.serambi.quiz.file;

import id.serambi.i18n.Lang;
import org.junit.jupiter.api.Test;

import java.util.List;

import static id.serambi.quiz.file.QuizFiles.*;
import static id.serambi.quiz.file.QuizLoaderTest.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fields of each question type in a file, and the line each mistake is reported on. */
class QuestionFieldsTest {

    private static String message(QuizFile file, String key) {
        return file.problems().stream().filter(p -> p.key().equals(key)).findFirst()
                .map(p -> MESSAGES.get(Lang.ID, p.key(), p.args().toArray())).orElseThrow();
    }

    @Test
    void a_single_choice_needs_exactly_one_right_option() {
        String none = edit(QUIZ, "{ id: a, text: WhatsApp, correct: true, feedback: Tepat. }",
                "{ id: a, text: WhatsApp }");
        assertProblem(read(none), lineOf(none, "choices:"), "quiz.file.single.none");
        String two = edit(QUIZ, "{ id: c, text: Surat }", "{ id: c, text: Surat, weight: 100 }");
        QuizFile file = read(two);
        assertProblem(file, lineOf(two, "{ id: c, text: Surat"), "quiz.file.single.many");
        assertTrue(message(file, "quiz.file.single.many").contains("type: multiple"), "says how to fix it");
    }

    @Test
    void multiple_choice_positive_weights_must_make_100() {
        String yaml = edit(QUIZ, "{ id: c, text: Filter foto, weight: -50 }", "{ id: c, text: Filter foto, weight: 70 }");
        QuizFile file = read(yaml);
        int choices = lineOf(yaml, "choices:\n      - { id: a, text: Balasan");
        assertProblem(file, choices, "quiz.file.multiple.sum");
        // 50 + 50 + 70 = 170
        assertTrue(message(file, "quiz.file.multiple.sum").contains("sekarang 170"), message(file, "quiz.file.multiple.sum"));
        String none = edit(edit(QUIZ, "{ id: a, text: Balasan cepat, correct: true }", "{ id: a, text: Balasan cepat }"),
                "{ id: b, text: Pesan salam, correct: true }", "{ id: b, text: Pesan salam }");
        assertProblem(read(none), lineOf(none, "choices:\n      - { id: a, text: Balasan"), "quiz.file.multiple.none");
    }

    @Test
    void multiple_choice_explicit_weights_in_thirds_are_written_as_moodle_writes_them() {
        String yaml = edit(edit(edit(QUIZ, "{ id: a, text: Balasan cepat, correct: true }",
                "{ id: a, text: Balasan cepat, weight: 33.33333 }"), "{ id: b, text: Pesan salam, correct: true }",
                "{ id: b, text: Pesan salam, weight: 33.33333 }\n      - { id: d, text: Katalog, weight: 33.33333 }"),
                "{ id: c, text: Filter foto, weight: -50 }", "{ id: c, text: Filter foto, weight: -100 }");
        assertEquals(List.of(), read(yaml).problems());
        // 33.33 is no grade Moodle knows: its import would refuse the quiz
        String rounded = yaml.replace("weight: 33.33333 }\n      - { id: d", "weight: 33.33 }\n      - { id: d");
        assertProblem(read(rounded), lineOf(rounded, "weight: 33.33 }"), "quiz.file.weight.grade");
    }

    @Test
    void weights_are_percentages_from_minus_100_to_100_and_agree_with_correct() {
        String big = edit(QUIZ, "weight: -50, feedback: Sudah", "weight: -150, feedback: Sudah");
        assertProblem(read(big), lineOf(big, "weight: -150"), "quiz.file.number.range");
        String conflict = edit(QUIZ, "{ id: c, text: Filter foto, weight: -50 }",
                "{ id: c, text: Filter foto, correct: true, weight: -50 }");
        assertProblem(read(conflict), lineOf(conflict, "correct: true, weight: -50"), "quiz.file.weight.conflict");
    }

    @Test
    void a_choice_question_has_2_to_10_options_with_unique_ids() {
        String one = edit(edit(QUIZ, "      - { id: b, text: Faks, weight: -50, feedback: Sudah jarang dipakai. }\n", ""),
                "      - { id: c, text: Surat }\n", "");
        assertProblem(read(one), lineOf(one, "choices:"), "quiz.file.count");
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            many.append("      - { id: x").append(i).append(", text: Lain ").append(i).append(" }\n");
        }
        String eleven = edit(QUIZ, "      - { id: c, text: Surat }\n", many.toString());
        QuizFile file = read(eleven);
        assertProblem(file, lineOf(eleven, "choices:"), "quiz.file.count");
        assertEquals("'choices' harus berisi 2 sampai 10 baris, sekarang ada 12", message(file, "quiz.file.count"));
        String twice = edit(QUIZ, "{ id: c, text: Surat }", "{ id: a, text: Surat }");
        assertProblem(read(twice), lineOf(twice, "{ id: a, text: Surat }"), "quiz.file.option.duplicate");
        String noText = edit(QUIZ, "{ id: c, text: Surat }", "{ id: c }");
        assertProblem(read(noText), lineOf(noText, "{ id: c }"), "content.field.required");
    }

    @Test
    void questionnaire_options_are_not_marked_and_quiz_options_have_no_other() {
        String marked = edit(QUESTIONNAIRE, "{ id: skck, text: Surat keterangan kelakuan baik }",
                "{ id: skck, text: Surat keterangan kelakuan baik, correct: true }");
        assertProblem(read(marked), lineOf(marked, "correct: true"), "quiz.file.onlyquiz");
        String other = edit(QUIZ, "    prompt: Fitur WhatsApp Business?\n", "    prompt: Fitur?\n    other: true\n");
        assertProblem(read(other), lineOf(other, "other: true"), "quiz.file.onlyquestionnaire");
    }

    @Test
    void true_false_needs_its_answer() {
        String yaml = edit(QUIZ, "    answer: true\n", "");
        assertProblem(read(yaml), lineOf(yaml, "- id: gratis"), "content.field.required");
        String word = edit(QUIZ, "    answer: true\n", "    answer: benar\n");
        assertProblem(read(word), lineOf(word, "answer: benar"), "quiz.file.boolean");
    }

    @Test
    void a_short_answer_needs_one_answer_worth_full_marks() {
        String yaml = edit(QUIZ, "      - Instagram\n", "      - { text: Instagram, weight: 90 }\n");
        assertProblem(read(yaml), lineOf(yaml, "accept:"), "quiz.file.full.none");
        String empty = edit(edit(QUIZ, "      - Instagram\n", ""), "      - { text: \"insta*\", weight: 50, feedback: Hampir. }\n", "");
        assertProblem(read(empty), lineOf(empty, "accept:"), "content.field.required");
        String none = edit(empty, "accept:", "accept: []");
        assertProblem(read(none), lineOf(none, "accept:"), "quiz.file.count");
    }

    @Test
    void numerical_answers_are_a_value_with_tolerance_or_an_ordered_range() {
        String reversed = edit(QUIZ, "{ min: 6, max: 10, weight: 50 }", "{ min: 10, max: 6, weight: 50 }");
        assertProblem(read(reversed), lineOf(reversed, "{ min: 10"), "quiz.file.range.order");
        String both = edit(QUIZ, "{ value: 8, tolerance: 0.5 }", "{ value: 8, min: 6, max: 10 }");
        assertProblem(read(both), lineOf(both, "{ value: 8, min"), "quiz.file.numerical.form");
        String negative = edit(QUIZ, "tolerance: 0.5", "tolerance: -1");
        assertProblem(read(negative), lineOf(negative, "tolerance: -1"), "quiz.file.tolerance");
        String comma = edit(QUIZ, "tolerance: 0.5", "tolerance: \"0,5\"");
        assertProblem(read(comma), lineOf(comma, "tolerance:"), "quiz.file.number");
        String noFull = edit(QUIZ, "{ value: 8, tolerance: 0.5 }", "{ value: 8, tolerance: 0.5, weight: 80 }");
        assertProblem(read(noFull), lineOf(noFull, "answers:"), "quiz.file.full.none");
    }

    @Test
    void matching_pairs_have_distinct_texts_and_ordering_items_distinct_ids() {
        String yaml = edit(QUIZ, "{ left: KK, right: Dukcapil }", "{ left: KK, right: Kepolisian }");
        assertProblem(read(yaml), lineOf(yaml, "{ left: KK"), "quiz.file.pair.duplicate");
        String one = edit(QUIZ, "      - { left: KK, right: Dukcapil }\n", "");
        assertProblem(read(one), lineOf(one, "pairs:"), "quiz.file.count");
        String items = edit(QUIZ, "{ id: pulang, text: Pulang }", "{ id: antre, text: Pulang }");
        assertProblem(read(items), lineOf(items, "{ id: antre, text: Pulang }"), "quiz.file.option.duplicate");
    }

    @Test
    void likert_labels_are_4_or_5_and_match_the_scale() {
        String three = edit(QUESTIONNAIRE, "[Tidak mudah, Kurang mudah, Mudah, Sangat mudah]", "[Sulit, Biasa, Mudah]");
        assertProblem(read(three), lineOf(three, "labels:"), "quiz.file.likert.labels");
        String mismatch = edit(QUESTIONNAIRE, "    labels: [Tidak", "    scale: 5\n    labels: [Tidak");
        assertProblem(read(mismatch), lineOf(mismatch, "labels:"), "quiz.file.likert.mismatch");
        String seven = edit(QUESTIONNAIRE, "scale: skm", "scale: 7");
        assertProblem(read(seven), lineOf(seven, "scale: 7"), "quiz.file.value");
    }

    @Test
    void skm_elements_are_u1_to_u9_on_the_4_point_scale_once_per_file() {
        String bad = edit(QUESTIONNAIRE, "skm: U1", "skm: U10");
        assertProblem(read(bad), lineOf(bad, "skm: U10"), "quiz.file.skm.element");
        String fivePoint = edit(QUESTIONNAIRE, "    prompt: Saya puas", "    skm: U2\n    prompt: Saya puas");
        assertProblem(read(fivePoint), lineOf(fivePoint, "skm: U2"), "quiz.file.skm.scale");
        String twice = edit(QUESTIONNAIRE, "    labels: [Tidak", "    skm: U1\n    labels: [Tidak");
        assertProblem(read(twice), lineOf(twice, "- id: mudah"), "quiz.file.skm.duplicate");
    }

    @Test
    void rating_max_and_text_limit_are_in_range() {
        String rating = edit(QUESTIONNAIRE, "max: 10\n", "max: 11\n");
        assertProblem(read(rating), lineOf(rating, "max: 11"), "content.field.integer");
        String text = edit(QUESTIONNAIRE, "max: 1000", "max: 10001");
        assertProblem(read(text), lineOf(text, "max: 10001"), "content.field.integer");
        String longFlag = edit(QUIZ, "long: true", "long: ya");
        assertProblem(read(longFlag), lineOf(longFlag, "long: ya"), "quiz.file.boolean");
    }
}
