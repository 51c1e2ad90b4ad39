package id.serambi.quiz.gift;

import id.serambi.content.Text;
import id.serambi.quiz.model.Choice;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.model.Settings;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every GIFT construct, mostly with the examples of Moodle's GIFT format documentation, read into
 * the quiz model.
 */
class GiftParserTest {
    private final GiftParser parser = new GiftParser();

    private Quiz parse(String gift) {
        GiftParser.Result result = parser.parse("quizzes/kuis-gift.gift", gift.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), result.problems());
        return result.quiz().orElseThrow();
    }

    private <Q extends Question> Q only(String gift, Class<Q> type) {
        List<Question> questions = parse(gift).questions();
        assertEquals(1, questions.size(), () -> questions.toString());
        return type.cast(questions.get(0));
    }

    private static Choice choice(String id, String text, double weight) {
        return new Choice(id, Text.of(text), weight, Optional.empty());
    }

    private static Choice choice(String id, String text, double weight, String feedback) {
        return new Choice(id, Text.of(text), weight, Optional.of(Text.of(feedback)));
    }

    private static Optional<Text> some(String text) {
        return Optional.of(Text.of(text));
    }

    @Test
    void an_equals_sign_marks_the_one_right_answer_of_a_single_choice() {
        Question.Single q = only("Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}", Question.Single.class);
        assertEquals("Who's buried in Grant's tomb?", q.prompt().id());
        assertEquals(List.of(choice("a", "Grant", 0), choice("b", "Jefferson", 0), choice("c", "no one", 1)),
                q.choices());
        assertEquals(1, q.points());
        assertFalse(q.other());
    }

    @Test
    void answers_inside_the_sentence_leave_a_blank_in_the_prompt() {
        Question.Single q = only("Grant is {~buried =entombed ~living} in Grant's tomb.", Question.Single.class);
        assertEquals("Grant is _____ in Grant's tomb.", q.prompt().id());
        assertEquals(1, q.choices().get(1).weight());
    }

    @Test
    void answers_may_stand_on_their_own_indented_lines_and_questions_are_split_by_blank_lines() {
        Quiz quiz = parse("""
                The American holiday of Thanksgiving is celebrated on the {
                    ~second
                    ~third
                    =fourth
                } Thursday of November.

                Japanese characters originally came from what country? {
                    ~India
                    =China
                    ~Korea
                    ~Egypt}
                """);
        assertEquals(2, quiz.questions().size());
        Question.Single first = (Question.Single) quiz.questions().get(0);
        assertEquals("The American holiday of Thanksgiving is celebrated on the _____ Thursday of November.",
                first.prompt().id());
        assertEquals(List.of(choice("a", "second", 0), choice("b", "third", 0), choice("c", "fourth", 1)),
                first.choices());
        Question.Single second = (Question.Single) quiz.questions().get(1);
        assertEquals("Japanese characters originally came from what country?", second.prompt().id());
        assertEquals(7, second.line());
        assertEquals(4, second.choices().size());
    }

    @Test
    void weights_without_an_equals_answer_make_a_multiple_choice_with_partial_and_negative_credit() {
        Question.Multiple q = only("What two people are entombed in Grant's tomb? "
                + "{~%-100%No one ~%50%Grant ~%50%Grant's wife ~%-100%Grant's father}", Question.Multiple.class);
        assertEquals(List.of(choice("a", "No one", -1), choice("b", "Grant", 0.5), choice("c", "Grant's wife", 0.5),
                choice("d", "Grant's father", -1)), q.choices());
        assertEquals("What two people are entombed in Grant's tomb?", q.prompt().id());
    }

    @Test
    void fractional_weights_like_a_third_are_read_exactly() {
        Question.Multiple q = only("Pilih tiga. {~%33.33333%a ~%33.33333%b ~%33.33334%c ~%-100%d}",
                Question.Multiple.class);
        assertEquals(0.3333333, q.choices().get(0).weight());
        assertEquals(0.3333334, q.choices().get(2).weight());
    }

    @Test
    void true_and_false_are_written_in_four_ways() {
        Quiz quiz = parse("""
                Grant is buried in Grant's tomb.{F}

                The sun rises in the east.{T}

                Bumi itu bulat.{TRUE}

                Matahari terbit di barat.{FALSE}
                """);
        assertEquals(List.of(false, true, true, false), quiz.questions().stream()
                .map(q -> ((Question.TrueFalse) q).answer()).toList());
        assertEquals("The sun rises in the east.", quiz.questions().get(1).prompt().id());
    }

    @Test
    void true_false_feedback_comes_first_for_a_wrong_answer_then_for_a_right_one() {
        Quiz quiz = parse("""
                ::tf-benar:: 1+1=2 {T#Coba hitung lagi.#Betul, 1+1\\=2.}

                ::tf-salah:: Surat keterangan usaha dibuat di kantor pos. {F#Bukan, di kelurahan.#Betul.}

                ::tf-satu:: Grant is buried in Grant's tomb.{FALSE#No one is buried in Grant's tomb.}
                """);
        Question.TrueFalse right = (Question.TrueFalse) quiz.questions().get(0);
        assertTrue(right.answer());
        assertEquals("1+1=2", right.prompt().id());
        // The answer is true: answering "Benar" is right, so it gets the second feedback.
        assertEquals(some("Betul, 1+1=2."), right.feedbackTrue());
        assertEquals(some("Coba hitung lagi."), right.feedbackFalse());
        Question.TrueFalse wrong = (Question.TrueFalse) quiz.questions().get(1);
        // The answer is false: answering "Benar" is wrong, so it gets the first feedback.
        assertEquals(some("Bukan, di kelurahan."), wrong.feedbackTrue());
        assertEquals(some("Betul."), wrong.feedbackFalse());
        Question.TrueFalse one = (Question.TrueFalse) quiz.questions().get(2);
        assertEquals(some("No one is buried in Grant's tomb."), one.feedbackTrue());
        assertEquals(Optional.empty(), one.feedbackFalse());
    }

    @Test
    void a_short_answer_accepts_every_equals_answer_and_partial_weights() {
        Quiz quiz = parse("""
                Who's buried in Grant's tomb?{=no one =nobody}

                Two plus two equals {=four =4}.

                Aplikasi pesan yang dipakai kelurahan? {=WhatsApp =%50%WA#Hampir: tulis lengkap.}

                Who's buried in Grant's tomb?{no one}
                """);
        Question.ShortAnswer first = (Question.ShortAnswer) quiz.questions().get(0);
        assertEquals(List.of(new Question.ShortAnswer.Accepted("no one", 1, Optional.empty()),
                new Question.ShortAnswer.Accepted("nobody", 1, Optional.empty())), first.accepted());
        assertEquals("Two plus two equals _____.", quiz.questions().get(1).prompt().id());
        Question.ShortAnswer weighted = (Question.ShortAnswer) quiz.questions().get(2);
        assertEquals(new Question.ShortAnswer.Accepted("WA", 0.5, some("Hampir: tulis lengkap.")),
                weighted.accepted().get(1));
        Question.ShortAnswer bare = (Question.ShortAnswer) quiz.questions().get(3);
        assertEquals(List.of(new Question.ShortAnswer.Accepted("no one", 1, Optional.empty())), bare.accepted());
    }

    @Test
    void a_numerical_answer_is_a_value_with_tolerance_or_a_range() {
        Quiz quiz = parse("""
                When was Ulysses S. Grant born?{#1822:5}

                What is the value of pi (to 3 decimal places)? {#3.141..3.142}.

                Berapa jam layanan kantor sehari? {#8}
                """);
        // 1822 plus or minus 5 is 1817 to 1827.
        assertEquals(List.of(new Question.Numerical.Range(1817, 1827, 1, Optional.empty())),
                ((Question.Numerical) quiz.questions().get(0)).answers());
        Question.Numerical pi = (Question.Numerical) quiz.questions().get(1);
        assertEquals("What is the value of pi (to 3 decimal places)? _____.", pi.prompt().id());
        assertEquals(List.of(new Question.Numerical.Range(3.141, 3.142, 1, Optional.empty())), pi.answers());
        assertEquals(List.of(new Question.Numerical.Range(8, 8, 1, Optional.empty())),
                ((Question.Numerical) quiz.questions().get(2)).answers());
    }

    @Test
    void several_numerical_answers_give_partial_credit_and_their_own_feedback() {
        Quiz quiz = parse("""
                When was Ulysses S. Grant born? {#
                    =1822:0      # Correct! Full credit.
                    =%50%1822:2  # He was born in 1822. Half credit for being close.
                }

                Tahun berapa UU Pelayanan Publik? {# =2009:0 =%50%2008..2010 ~#Lihat UU 25/2009.}

                Tahun? {# =1975:0 =%50%1970:5}
                """);
        assertEquals(List.of(new Question.Numerical.Range(1822, 1822, 1, some("Correct! Full credit.")),
                        new Question.Numerical.Range(1820, 1824, 0.5,
                                some("He was born in 1822. Half credit for being close."))),
                ((Question.Numerical) quiz.questions().get(0)).answers());
        Question.Numerical law = (Question.Numerical) quiz.questions().get(1);
        assertEquals(List.of(new Question.Numerical.Range(2009, 2009, 1, Optional.empty()),
                new Question.Numerical.Range(2008, 2010, 0.5, Optional.empty()),
                new Question.Numerical.Range(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0,
                        some("Lihat UU 25/2009."))), law.answers());
        assertEquals(List.of(new Question.Numerical.Range(1975, 1975, 1, Optional.empty()),
                        new Question.Numerical.Range(1965, 1975, 0.5, Optional.empty())),
                ((Question.Numerical) quiz.questions().get(2)).answers());
    }

    @Test
    void matching_pairs_each_left_text_with_a_right_text() {
        Question.Matching q = only("""
                Match the following countries with their corresponding capitals. {
                    =Canada -> Ottawa
                    =Italy  -> Rome
                    =Japan  -> Tokyo
                    =India  -> New Delhi
                    ####It's good to know the capitals.
                }""", Question.Matching.class);
        assertEquals(List.of(new Question.Matching.Pair("p1", Text.of("Canada"), Text.of("Ottawa")),
                new Question.Matching.Pair("p2", Text.of("Italy"), Text.of("Rome")),
                new Question.Matching.Pair("p3", Text.of("Japan"), Text.of("Tokyo")),
                new Question.Matching.Pair("p4", Text.of("India"), Text.of("New Delhi"))), q.pairs());
        assertEquals(some("It's good to know the capitals."), q.explanation());
    }

    @Test
    void empty_braces_make_an_essay_worth_one_point_that_a_trainer_marks() {
        Question.FreeText q = only("Write a short biography of Dag Hammarskjöld. {}", Question.FreeText.class);
        assertEquals("Write a short biography of Dag Hammarskjöld.", q.prompt().id());
        assertTrue(q.longText());
        assertEquals(Question.FreeText.DEFAULT_MAX, q.maxChars());
        assertEquals(1, q.points(), 1e-9);
        assertTrue(q.markedByTrainer());
        Question.FreeText unmarked = only("// serambi: points-0\nKritik dan saran? {}", Question.FreeText.class);
        assertFalse(unmarked.graded(), "free text Serambi wrote as unmarked stays unmarked");
    }

    @Test
    void each_answer_may_carry_its_feedback_and_the_question_a_general_feedback() {
        Question.Single q = only("""
                What's the answer to this multiple-choice question? {
                ~wrong answer#feedback comment on the wrong answer
                ~another wrong answer#feedback comment on this wrong answer
                =right answer#Very good!
                ####Pilihan ganda punya satu jawaban benar.}""", Question.Single.class);
        assertEquals(List.of(choice("a", "wrong answer", 0, "feedback comment on the wrong answer"),
                choice("b", "another wrong answer", 0, "feedback comment on this wrong answer"),
                choice("c", "right answer", 1, "Very good!")), q.choices());
        assertEquals(some("Pilihan ganda punya satu jawaban benar."), q.explanation());
    }

    @Test
    void a_backslash_makes_special_characters_plain_text_and_backslash_n_a_new_line() {
        Quiz quiz = parse("""
                Which answer equals 5? {
                    ~ \\= 2 + 2
                    = \\= 2 + 3
                    ~ \\= 2 + 4
                }

                ::Jam\\: layanan:: Kurung \\{kurawal\\}, pagar \\#, tilde \\~ dan titik dua\\:\\nbaris baru\\\\ {=ok}
                """);
        Question.Single equals = (Question.Single) quiz.questions().get(0);
        assertEquals(List.of(choice("a", "= 2 + 2", 0), choice("b", "= 2 + 3", 1), choice("c", "= 2 + 4", 0)),
                equals.choices());
        Question escaped = quiz.questions().get(1);
        assertEquals("jam-layanan", escaped.id());
        assertEquals("Kurung {kurawal}, pagar #, tilde ~ dan titik dua:\nbaris baru\\", escaped.prompt().id());
    }

    @Test
    void the_first_category_names_the_quiz_and_comments_are_skipped_even_inside_a_question() {
        Quiz quiz = parse("""
                // Kuis modul pertama
                $CATEGORY: $course$/top/Kuis Media Sosial

                // soal pertama
                ::Jam Layanan:: Kantor buka pukul {
                // komentar di tengah soal tidak memisahkannya
                =08.00 ~10.00} WITA.

                $CATEGORY: $course$/top/Kuis Lain

                ::Jam layanan!:: Kantor tutup pada hari Minggu. {T}

                Tanpa nama. {T}
                """);
        assertEquals("Kuis Media Sosial", quiz.title().id());
        assertEquals(Quiz.Kind.QUIZ, quiz.kind());
        assertEquals(Settings.quizDefaults(), quiz.settings());
        assertEquals("kuis-gift", quiz.id());
        assertEquals(List.of("jam-layanan", "jam-layanan-2", "q3"), quiz.questions().stream().map(Question::id).toList());
        assertEquals("Kantor buka pukul _____ WITA.", quiz.questions().get(0).prompt().id());
        assertEquals(List.of(5, 11, 13), quiz.questions().stream().map(Question::line).toList());
    }

    @Test
    void without_a_category_the_title_is_the_file_id() {
        GiftParser.Result result = parser.parse("quizzes/Pre Test Modul 1.gift",
                "Soal {T}".getBytes(StandardCharsets.UTF_8));
        assertEquals("pre-test-modul-1", result.quiz().orElseThrow().id());
        assertEquals("pre-test-modul-1", result.quiz().orElseThrow().title().id());
    }

    @Test
    void html_is_reduced_to_its_text_so_nothing_runs_and_the_format_carries_to_the_answers() {
        Question.Single q = only("""
                [html]<p>Apa <b>kepanjangan</b> &amp; arti SKM?</p><script>alert(1)</script>
                <p>Pilih satu.</p>{
                =<i>Survei Kepuasan Masyarakat</i>#<b>Benar</b>
                ~[plain]<b>Surat</b> Keterangan}""", Question.Single.class);
        assertEquals("Apa kepanjangan & arti SKM?\nPilih satu.", q.prompt().id());
        assertEquals(choice("a", "Survei Kepuasan Masyarakat", 1, "Benar"), q.choices().get(0));
        assertEquals("<b>Surat</b> Keterangan", q.choices().get(1).text().id());
    }

    @Test
    void markdown_is_rendered_plain_is_kept_as_written_and_moodle_texts_keep_their_html_for_the_pages() {
        Quiz quiz = parse("""
                [markdown]Balas dengan **ramah** dan _singkat_. {T}

                [plain]Tag <b> tampil apa adanya. {T}

                [moodle]Teks <b>Moodle</b> boleh berisi HTML; 3 < 5. {T}

                Tanpa format, <em>sama</em> seperti [moodle].\nBaris dua. {T}
                """);
        assertEquals(List.of("Balas dengan ramah dan singkat.", "Tag <b> tampil apa adanya.",
                        "Teks Moodle boleh berisi HTML; 3 < 5.", "Tanpa format, sama seperti [moodle].\nBaris dua."),
                quiz.questions().stream().map(q -> q.prompt().id()).toList());
        assertEquals(List.of(Optional.of("<p>Balas dengan <strong>ramah</strong> dan <em>singkat</em>.</p>"),
                        Optional.empty(), Optional.of("Teks <b>Moodle</b> boleh berisi HTML; 3 &lt; 5."),
                        Optional.of("Tanpa format, <em>sama</em> seperti [moodle].<br>\nBaris dua.")),
                quiz.questions().stream().map(q -> quiz.info(q.id()).promptHtml()).toList());
    }

    @Test
    void windows_line_ends_and_a_utf8_byte_order_mark_are_accepted() {
        byte[] text = "\uFEFF$CATEGORY: Kuis Jendela\r\n\r\nKafé buka?\r\n{T}\r\n".getBytes(StandardCharsets.UTF_8);
        GiftParser.Result result = parser.parse("quizzes/jendela.gift", text);
        assertEquals(List.of(), result.problems());
        Quiz quiz = result.quiz().orElseThrow();
        assertEquals("Kuis Jendela", quiz.title().id());
        assertEquals("Kafé buka?", quiz.questions().get(0).prompt().id());
        assertEquals(3, quiz.questions().get(0).line());
    }
}
