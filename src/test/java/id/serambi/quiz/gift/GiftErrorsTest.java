package id.serambi.quiz.gift;

import id.serambi.content.Problem;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each mistake in a GIFT file is named at its line, in both languages, with how to fix it; no quiz comes out. */
class GiftErrorsTest {
    private static final String PATH = "quizzes/kuis.gift";
    private static final Messages MESSAGES = new Messages();
    private final GiftParser parser = new GiftParser();

    private List<Problem> problems(byte[] bytes) {
        GiftParser.Result result = parser.parse(PATH, bytes);
        assertTrue(result.quiz().isEmpty(), "a file with a mistake gives no quiz");
        for (Problem p : result.problems()) {
            for (Lang lang : Lang.values()) {
                String message = MESSAGES.get(lang, p.key(), p.args().toArray());
                assertFalse(message.contains("??"), () -> "no message for " + p.key() + " in " + lang);
            }
        }
        return result.problems();
    }

    /** The one problem of the file, found at {@code line}, as {@code path:line: Indonesian message}. */
    private String problem(String gift, int line, String key) {
        List<Problem> problems = problems(gift.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, problems.size(), () -> problems.toString());
        Problem p = problems.get(0);
        assertEquals(key + "@" + line, p.key() + "@" + p.line());
        return p.path() + ":" + p.line() + ": " + MESSAGES.get(Lang.ID, p.key(), p.args().toArray());
    }

    private static final String GOOD = "::baik:: Soal yang benar. {T}\n\n";

    @Test
    void an_unclosed_brace_is_named_at_the_line_it_opens() {
        String printed = problem(GOOD + "::q2:: Kantor buka pukul {\n=08.00\n~10.00\n\nSoal lain {T}\n",
                3, "quiz.gift.brace.unclosed");
        assertTrue(printed.startsWith(PATH + ":3: blok jawaban { yang dibuka di baris ini tidak ditutup; tambahkan }"),
                printed);
    }

    @Test
    void a_closing_brace_without_an_opening_one_is_named_at_its_line() {
        String printed = problem(GOOD + "Soal\ntanpa pembuka =ya ~tidak}\n", 4, "quiz.gift.brace.unopened");
        assertTrue(printed.startsWith(PATH + ":4: ada } tanpa { pembuka; hapus, atau tulis \\}"), printed);
    }

    @Test
    void two_questions_without_a_blank_line_between_them_are_caught_at_the_second_block() {
        String printed = problem("Soal satu {T}\nSoal dua {F}\n", 2, "quiz.gift.brace.second");
        assertTrue(printed.startsWith(PATH + ":2: soal ini punya blok jawaban { kedua"), printed);
    }

    @Test
    void an_answer_without_a_marker_is_named_with_its_text_at_its_line() {
        String printed = problem(GOOD + "Pilih yang benar {\nbenar\n~salah\n}\n", 4, "quiz.gift.answer.marker");
        assertEquals(PATH + ":4: jawaban \"benar\" tidak diawali penanda = / ~; tulis penandanya di depan setiap jawaban",
                printed);
    }

    @Test
    void a_weight_that_is_not_a_number_is_named_at_the_line_of_its_answer() {
        String printed = problem(GOOD + "Pilih {\n~%50%a\n~%lima puluh%b\n~%-100%c\n}\n", 5, "quiz.gift.weight.number");
        assertTrue(printed.startsWith(PATH + ":5: bobot \"lima puluh\" tidak bisa dibaca"), printed);
    }

    @Test
    void a_weight_that_is_not_one_of_moodles_grades_is_refused_naming_its_line() {
        // Moodle's import: "Grades (0.33) do not match grade options" (invalid_import.gift.txt)
        String printed = problem(GOOD + "Pilih {\n~%-50%a\n~%33%b\n~%33.33333%c\n~%33.33333%d\n}\n", 5,
                "quiz.gift.weight.grade");
        assertTrue(printed.startsWith(PATH + ":5: bobot 33% tidak ada dalam daftar nilai Moodle"), printed);
        assertTrue(printed.contains("83.33333, 80, 75"), printed);
        problem("Pilih {~%150%a ~%-50%b}\n", 1, "quiz.gift.weight.grade");
        problem("Pilih {~%50%a ~%-101%b}\n", 1, "quiz.gift.weight.grade");
        problem("Berapa? {#\n=%45%3:1\n=3:0\n}\n", 2, "quiz.gift.weight.grade");
        problem("Singkatan? {=SKM =%65%survei}\n", 1, "quiz.gift.weight.grade");
        // two minus signs pass Moodle's expression, but PHP cannot divide them and the import fails
        problem("Pilih {~%--50%a =b}\n", 1, "quiz.gift.weight.number");
    }

    @Test
    void a_short_answer_without_a_100_percent_answer_is_refused_as_moodle_refuses_it() {
        String printed = problem(GOOD + "Singkatan? {=%50%SKM =%20%survei}\n", 3, "quiz.gift.short.full");
        assertTrue(printed.startsWith(PATH + ":3: tidak ada jawaban singkat yang bernilai 100% (yang tertinggi 50%)"),
                printed);
    }

    @Test
    void positive_weights_of_a_multiple_choice_must_add_up_to_100() {
        // 50 + 20 = 70: a learner choosing every right option could never reach full marks.
        String printed = problem(GOOD + "Pilih dua {~%50%a ~%20%b ~%-100%c}\n", 3, "quiz.gift.multiple.sum");
        assertTrue(printed.startsWith(PATH + ":3: pilihan ganda ini (tanpa jawaban =) punya bobot positif berjumlah 70%"),
                printed);
    }

    @Test
    void a_choice_with_one_option_is_refused() {
        problem("Pilih {~%100%satu-satunya}\n", 1, "quiz.gift.choice.few");
    }

    @Test
    void a_numerical_value_that_is_not_a_number_says_to_use_a_dot() {
        String printed = problem(GOOD + "Berapa? {#\n=3,5:0.1\n}\n", 4, "quiz.gift.numerical.number");
        assertTrue(printed.startsWith(PATH + ":4: \"3,5\" bukan angka; pakai titik untuk desimal"), printed);
        problem("Berapa? {#3:sedikit}\n", 1, "quiz.gift.numerical.number");
        problem("Berapa? {#\n=1..lima\n}\n", 2, "quiz.gift.numerical.number");
    }

    @Test
    void a_reversed_range_and_an_empty_numerical_block_are_refused() {
        assertTrue(problem("Berapa? {#5..1}\n", 1, "quiz.gift.numerical.range").contains("rentang 5..1 terbalik"));
        problem("Berapa? {#}\n", 1, "quiz.gift.numerical.empty");
    }

    @Test
    void matching_needs_two_pairs_and_three_right_hand_texts_each_pair_with_an_arrow() {
        String few = problem(GOOD + "Jodohkan {=WhatsApp -> pesan =Instagram -> foto}\n", 3, "quiz.gift.matching.few");
        assertTrue(few.startsWith(PATH + ":3: soal menjodohkan perlu minimal 2 pasangan"), few);
        problem("Jodohkan {=WhatsApp -> pesan = -> surat = -> foto}\n", 1, "quiz.gift.matching.few");
        String arrow = problem("Jodohkan {\n=WhatsApp -> pesan\n=Instagram\n}\n", 3, "quiz.gift.matching.arrow");
        assertTrue(arrow.startsWith(PATH + ":3: pasangan \"Instagram\" tidak punya ->"), arrow);
    }

    @Test
    void an_empty_answer_in_a_question_that_is_not_an_essay_is_refused() {
        problem("Pilih {\n=ya\n~\n}\n", 3, "quiz.gift.answer.empty");
        problem("Isi {=}\n", 1, "quiz.gift.answer.empty");
        problem("Jodohkan {=a -> =b -> 2 =c -> 3}\n", 1, "quiz.gift.answer.empty");
    }

    @Test
    void lower_case_true_false_is_caught_instead_of_becoming_a_short_answer() {
        String printed = problem("Bumi bulat. {true}\n", 1, "quiz.gift.truefalse.case");
        assertTrue(printed.contains("untuk jawaban singkat tulis =true"), printed);
    }

    @Test
    void an_unclosed_name_is_refused_and_a_file_of_descriptions_only_has_no_question() {
        problem("::nama Soal tanpa penutup nama {T}\n", 1, "quiz.gift.name.unclosed");
        problem("Ini hanya keterangan, bukan soal.\n", 1, "quiz.gift.empty");
    }

    @Test
    void a_question_glued_to_a_category_line_is_caught_instead_of_lost() {
        String printed = problem("$CATEGORY: Kuis\n::q1:: Soal {T}\n\n::q2:: Soal lain {F}\n", 2,
                "quiz.gift.category.alone");
        assertTrue(printed.startsWith(PATH + ":2: baris $CATEGORY: harus berdiri sendiri"), printed);
    }

    @Test
    void a_file_with_only_comments_and_categories_has_no_question() {
        problem("// belum ada soal\n$CATEGORY: Kosong\n", 1, "quiz.gift.empty");
        problem("", 1, "quiz.gift.empty");
    }

    @Test
    void every_mistake_in_a_file_is_reported_not_only_the_first() {
        List<Problem> problems = problems("""
                Pilih {~%abc%a ~b}

                ::ok:: Benar. {T}

                Berapa? {#x}
                """.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("quiz.gift.weight.number@1", "quiz.gift.numerical.number@5"),
                problems.stream().map(p -> p.key() + "@" + p.line()).toList());
    }

    @Test
    void a_file_saved_as_windows_1252_is_refused_naming_the_byte_and_its_line() {
        byte[] ansi = "$CATEGORY: Kuis\n\nKafé buka pukul 8? {T}\n".getBytes(Charset.forName("windows-1252"));
        List<Problem> problems = problems(ansi);
        assertEquals(1, problems.size());
        Problem p = problems.get(0);
        assertEquals(3, p.line());
        assertEquals("quiz.gift.encoding.invalid", p.key());
        assertEquals("file bukan UTF-8: byte E9 di baris ini bukan UTF-8 (dalam ANSI/Windows-1252 itu huruf \"é\"); "
                + "simpan ulang sebagai UTF-8 (Simpan Sebagai, Pengodean: UTF-8)",
                MESSAGES.get(Lang.ID, p.key(), p.args().toArray()));
    }

    @Test
    void a_file_saved_as_utf16_is_refused_with_or_without_a_byte_order_mark() {
        for (Charset utf16 : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            List<Problem> problems = problems("Kafé buka? {T}\n".getBytes(utf16));
            assertEquals(List.of(Problem.at(PATH, 1, "quiz.gift.encoding.utf16")), problems, utf16::name);
        }
        assertTrue(MESSAGES.get(Lang.ID, "quiz.gift.encoding.utf16").contains("simpan ulang sebagai UTF-8"));
    }
}
