package id.serambi.quiz.gift;

import id.serambi.content.Problem;
import id.serambi.content.Text;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.quiz.grade.Grade;
import id.serambi.quiz.grade.Grader;
import id.serambi.quiz.model.Answer;
import id.serambi.quiz.model.Choice;
import id.serambi.quiz.model.ItemInfo;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Serambi's own files under {@code src/test/resources/gift/} mirror Moodle's GIFT fixtures and the
 * import cases of {@code giftformat_test.php}; each imports as Moodle's code reads it and is
 * marked as Moodle marks it. The fixtures' comments name the Moodle test each question mirrors.
 */
class GiftMoodleFixturesTest {
    private static final Messages MESSAGES = new Messages();
    private final GiftParser parser = new GiftParser();
    private final Grader grader = new Grader();

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = GiftMoodleFixturesTest.class.getResourceAsStream("/gift/" + name)) {
            return in.readAllBytes();
        }
    }

    private Quiz quiz(String name) throws IOException {
        GiftParser.Result result = parser.parse("gift/" + name, bytes(name));
        assertEquals(List.of(), result.problems());
        return result.quiz().orElseThrow();
    }

    private List<String> problems(String name) throws IOException {
        GiftParser.Result result = parser.parse("gift/" + name, bytes(name));
        assertTrue(result.quiz().isEmpty(), "a file with a mistake gives no quiz");
        return result.problems().stream().map(GiftMoodleFixturesTest::printed).toList();
    }

    private static String printed(Problem p) {
        return p.path() + ":" + p.line() + ": " + MESSAGES.get(Lang.ID, p.key(), p.args().toArray());
    }

    private static <T extends Question> T q(Quiz quiz, String id, Class<T> kind) {
        return assertInstanceOf(kind, quiz.question(id).orElseThrow(() -> new AssertionError("no question " + id)));
    }

    private double mark(Question q, Answer answer) {
        return grader.grade(q, Optional.of(answer)).orElseThrow().fraction();
    }

    private List<String> feedback(Question q, Answer answer) {
        Grade g = grader.grade(q, Optional.of(answer)).orElseThrow();
        return g.feedback().stream().map(Text::id).toList();
    }

    private static Answer.Typed typed(String text) {
        return new Answer.Typed(text);
    }

    private static Answer.Choices chosen(String... ids) {
        return new Answer.Choices(List.of(ids), "");
    }

    private static Choice c(String id, String text, double weight, String feedback) {
        return new Choice(id, Text.of(text), weight, Optional.ofNullable(feedback).map(Text::of));
    }

    @Test
    void questions_gift_imports_its_nine_questions_as_moodle_does() throws IOException {
        Quiz quiz = quiz("soal-moodle.gift");
        // import_export.feature: "Importing 9 questions from file"
        assertEquals(List.of("q8", "kanal-layanan", "q2", "warna", "q5", "jawaban-singkat", "q1", "2-08-tsl",
                "2-08-tsl-2"), quiz.questions().stream().map(Question::id).toList());
        assertEquals(List.of(), quiz.questions().stream().filter(x -> x.line() == 0).toList());
    }

    @Test
    void test_import_essay() throws IOException {
        Question.FreeText essay = q(quiz("soal-moodle.gift"), "q8", Question.FreeText.class);
        assertEquals("Bagaimana kabar kantor Anda hari ini?", essay.prompt().id());
        // Moodle gives an essay its default mark of 1 and a teacher grades it by hand
        assertEquals(1, essay.points());
        assertTrue(essay.markedByTrainer(), "an essay is marked by a trainer, never automatically");
    }

    @Test
    void test_import_match_keeps_the_distractor_and_each_pairs_format() throws IOException {
        Quiz quiz = quiz("soal-moodle.gift");
        Question.Matching m = q(quiz, "kanal-layanan", Question.Matching.class);
        assertEquals("Jodohkan kanal dengan kegunaannya.", m.prompt().id());
        assertEquals(Optional.of("Jodohkan <b>kanal</b> dengan kegunaannya."), quiz.info(m.id()).promptHtml());
        assertEquals(List.of("Balasan otomatis dan menu bernomor.", "Foto kegiatan dan pengumuman kelurahan.",
                        "Tanya jawab di kolom komentar.", "Video pendek tentang **layanan**."),
                m.pairs().stream().map(p -> p.left().id()).toList());
        assertEquals(List.of("WhatsApp", "Instagram", "Facebook", "TikTok"),
                m.pairs().stream().map(p -> p.right().id()).toList());
        assertEquals(List.of(Text.of("Surat kabar")), m.distractors());
        assertEquals(List.of("WhatsApp", "Instagram", "Facebook", "TikTok", "Surat kabar"), m.rights());
        // the distractor is offered but matches nothing: choosing it for a pair is wrong
        assertEquals(0.75, mark(m, new Answer.Pairs(Map.of("p1", "WhatsApp", "p2", "Instagram", "p3", "Facebook",
                "p4", "Surat kabar"))));
    }

    @Test
    void test_import_multichoice_takes_the_questions_format_for_feedback() throws IOException {
        Question.Single s = q(quiz("soal-moodle.gift"), "q2", Question.Single.class);
        assertEquals(List.of(c("a", "Surat keterangan usaha", 1, "benar; bagus!"),
                c("b", "Surat nikah", 0, "salah, yang benar surat keterangan usaha"),
                c("c", "Akta kelahiran", 0, "salah, yang benar surat keterangan usaha")), s.choices());
        assertEquals(1, mark(s, chosen("a")));
        assertEquals(0, mark(s, chosen("b")));
    }

    @Test
    void test_import_multichoice_multi_gives_partial_and_negative_credit() throws IOException {
        Question.Multiple m = q(quiz("soal-moodle.gift"), "warna", Question.Multiple.class);
        assertEquals(List.of(0.5, -1.0, 0.5, -1.0), m.choices().stream().map(Choice::weight).toList());
        assertEquals("Pesan berantai", m.choices().get(3).text().id());
        assertEquals(1, mark(m, chosen("a", "c")));
        assertEquals(0.5, mark(m, chosen("a")));
        assertEquals(0, mark(m, chosen("a", "b", "c", "d")), "never below 0");
    }

    @Test
    void test_import_multichoice_multi_tricky() throws IOException {
        Question.Multiple m = q(quiz("kasus-uji-moodle.gift"), "tricky", Question.Multiple.class);
        assertEquals(List.of(1.0, -0.5, -0.5), m.choices().stream().map(Choice::weight).toList());
        assertEquals(1, mark(m, chosen("a")));
        assertEquals(0.5, mark(m, chosen("a", "b")));
    }

    @Test
    void test_import_numerical_with_the_fixtures_trailing_text_after_the_braces() throws IOException {
        Question.Numerical n = q(quiz("soal-moodle.gift"), "q5", Question.Numerical.class);
        assertEquals("Sebutkan angka dari 1 sampai 5. _____\";", n.prompt().id());
        assertEquals(List.of(new Question.Numerical.Range(1, 5, 1, Optional.empty()),
                new Question.Numerical.Range(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0,
                        Optional.of(Text.of("Sama sekali salah")))), n.answers());
        assertEquals(1, mark(n, typed("5")));
        assertEquals(0, mark(n, typed("6")));
        assertEquals(List.of("Sama sekali salah"), feedback(n, typed("6")));
    }

    @Test
    void test_import_shortanswer_marks_the_first_matching_answer() throws IOException {
        Question.ShortAnswer s = q(quiz("soal-moodle.gift"), "jawaban-singkat", Question.ShortAnswer.class);
        assertEquals(List.of("Katak", "Kucing", "*"), s.accepted().stream().map(Question.ShortAnswer.Accepted::pattern).toList());
        assertEquals(List.of(1.0, 0.5, 0.0), s.accepted().stream().map(Question.ShortAnswer.Accepted::weight).toList());
        assertEquals(1, mark(s, typed("  katak ")));
        assertEquals(List.of("Bagus!"), feedback(s, typed("KATAK")));
        assertEquals(0.5, mark(s, typed("Kucing")));
        assertEquals(List.of("Sama sekali salah"), feedback(s, typed("Anjing")));
    }

    @Test
    void test_import_shortanswer_with_general_feedback() throws IOException {
        Question.ShortAnswer s = q(quiz("kasus-uji-moodle.gift"), "jawaban-singkat-umum", Question.ShortAnswer.class);
        assertEquals(Optional.of(Text.of("Ini umpan balik umum!")), s.explanation());
        assertEquals(List.of("Bagus!", "Ini umpan balik umum!"), feedback(s, typed("Katak")));
    }

    @Test
    void test_import_truefalse_feedback_for_the_wrong_answer_comes_first() throws IOException {
        Question.TrueFalse t = q(quiz("soal-moodle.gift"), "q1", Question.TrueFalse.class);
        assertEquals("SKM punya sepuluh unsur._____\";", t.prompt().id());
        assertEquals(false, t.answer());
        assertEquals(Optional.of(Text.of("SKM punya sembilan unsur.")), t.feedbackTrue());
        assertEquals(Optional.of(Text.of("Anda menjawab benar.")), t.feedbackFalse());
        assertEquals(Optional.of(Text.of("Unsurnya ada di Permenpan RB Nomor 14 Tahun 2017.")), t.explanation());
        assertEquals(1, mark(t, new Answer.Bool(false)));
    }

    @Test
    void test_import_truefalse_true_answer1_and_2() throws IOException {
        Quiz quiz = quiz("soal-moodle.gift");
        for (String id : List.of("2-08-tsl", "2-08-tsl-2")) {
            Question.TrueFalse t = q(quiz, id, Question.TrueFalse.class);
            assertTrue(t.answer(), id);
            assertEquals("Kantor kelurahan buka pada hari Senin.", t.prompt().id());
        }
    }

    @Test
    void test_import_backslash() throws IOException {
        Question.FreeText e = q(quiz("kasus-uji-moodle.gift"), "double-backslash", Question.FreeText.class);
        assertEquals("A \\ B \\\\ C", e.prompt().id());
    }

    @Test
    void test_import_pre_content_keeps_the_html_with_its_braces() throws IOException {
        Quiz quiz = quiz("kasus-uji-moodle.gift");
        Question.FreeText e = q(quiz, "q001", Question.FreeText.class);
        // Moodle's import trims every line of a file (qformat_default::readquestions), so the
        // indentation inside <pre> goes, as in Moodle; the test itself hands readquestion untrimmed lines.
        // HTML drops the line end right after <pre>, as a browser does
        assertEquals(Optional.of("<p>Apa yang dicetak potongan kode ini?</p>\n<pre>void uji() {\nsapa();\npamit();\n}\n</pre>"),
                quiz.info(e.id()).promptHtml());
    }

    @Test
    void test_import_question_with_tags() throws IOException {
        Quiz quiz = quiz("kasus-uji-moodle.gift");
        ItemInfo info = quiz.info("question-name");
        assertEquals(List.of("tag", "other-tag"), info.tags());
        assertEquals(Optional.of("myid"), info.idNumber());
    }

    @Test
    void test_extract_idnumber_and_tags_from_comment() throws IOException {
        Quiz quiz = quiz("kasus-uji-moodle.gift");
        record Case(String question, String idNumber, List<String> tags) {
        }
        for (Case c : List.of(new Case("nothing", "", List.of()), new Case("idnumber-only", "frog", List.of()),
                new Case("tags-only", "", List.of("frog", "toad")), new Case("everything", "four", List.of("add", "basic")),
                new Case("everything-mixed-up", "four", List.of("basic", "add")),
                new Case("split-over-line", "", List.of()), new Case("escape-idnumber", "i]d", List.of()),
                new Case("escape-tag", "", List.of("t]ag")))) {
            ItemInfo info = quiz.info(c.question());
            assertEquals(c.idNumber(), info.idNumber().orElse(""), c.question());
            assertEquals(c.tags(), info.tags(), c.question());
        }
    }

    @Test
    void a_text_without_braces_is_a_description_worth_nothing() throws IOException {
        Quiz quiz = quiz("kasus-uji-moodle.gift");
        Question.Description d = q(quiz, "pengantar", Question.Description.class);
        assertEquals("Bagian berikut tentang SKM.", d.prompt().id());
        assertEquals(Optional.of("<p>Bagian berikut tentang <b>SKM</b>.</p>"), quiz.info(d.id()).promptHtml());
        assertEquals(0, d.points());
        assertEquals(Optional.empty(), grader.grade(d, Optional.of(typed("apa saja"))));
    }

    @Test
    void a_zero_percent_star_written_first_catches_the_right_answer_too() throws IOException {
        Question.ShortAnswer s = q(quiz("kasus-uji-moodle.gift"), "katak-dulu", Question.ShortAnswer.class);
        assertEquals(0, mark(s, typed("Katak")));
    }

    @Test
    void an_equals_answer_with_a_weight_is_a_right_answer_whose_text_keeps_the_weight() throws IOException {
        Question.Single s = q(quiz("kasus-uji-moodle.gift"), "ibu-kota", Question.Single.class);
        assertEquals(c("a", "%50%Jakarta", 1, null), s.choices().get(0));
        assertEquals(1, mark(s, chosen("a")));
    }

    @Test
    void a_backslash_star_is_a_star_in_a_short_answer() throws IOException {
        Question.ShortAnswer s = q(quiz("kasus-uji-moodle.gift"), "bintang", Question.ShortAnswer.class);
        assertEquals(1, mark(s, typed("5*3")));
        assertEquals(0, mark(s, typed("5 x 3")));
        assertEquals(1, mark(s, typed("LIMA KALI TIGA ")));
        assertEquals(0, mark(s, typed("lima  kali tiga")), "inner spaces count, as in Moodle");
    }

    @Test
    void questions_in_category_imports_four_questions_under_the_categorys_name() throws IOException {
        Quiz quiz = quiz("soal-dalam-kategori.gift");
        assertEquals("Bawaan untuk Fitur Baru", quiz.title().id());
        assertEquals(List.of("kanal-layanan", "salam", "pengguna-serambi", "singkatan-skm"),
                quiz.questions().stream().map(Question::id).toList());
        Question.Matching m = q(quiz, "kanal-layanan", Question.Matching.class);
        assertEquals("Jodohkan kanal dengan kegunaannya.", m.prompt().id());
        assertEquals(List.of(Text.of("Surat kabar")), m.distractors());
        Question.Single greeting = q(quiz, "salam", Question.Single.class);
        assertEquals("Dengarkan salam ini:\n\nBahasa apa yang dipakai?", greeting.prompt().id());
        assertEquals(Optional.of("<a href=\"http://contoh.kelurahan.id/salam.mp3\" rel=\"nofollow\">Dengarkan salam ini:</a>"
                + "<br><br>Bahasa apa yang dipakai?"), quiz.info("salam").promptHtml());
        assertEquals(1, mark(greeting, chosen("b")));
        Question.ShortAnswer user = q(quiz, "pengguna-serambi", Question.ShortAnswer.class);
        assertEquals(List.of(new Question.ShortAnswer.Accepted("Pengguna", 1, Optional.empty())), user.accepted());
        Question.TrueFalse acronym = q(quiz, "singkatan-skm", Question.TrueFalse.class);
        assertTrue(acronym.answer());
        // the span's style is dropped: only the allow-list's tags and attributes are kept
        assertEquals(Optional.of("SKM adalah singkatan dari <span>Survei Kepuasan Masyarakat</span>."),
                quiz.info("singkatan-skm").promptHtml());
    }

    @Test
    void invalid_import_a_weight_outside_moodles_grades_is_refused_at_its_line() throws IOException {
        // import_export.feature: "Grades (0.33) do not match grade options - question ... skipped."
        List<String> problems = problems("bobot-tidak-sah.gift");
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("gift/bobot-tidak-sah.gift:4: bobot 33% tidak ada dalam daftar nilai Moodle"),
                problems.get(0));
    }

    @Test
    void error_invalid_fraction_sum_both_wrong_sums_are_refused_at_their_questions() throws IOException {
        // qformat_gift_import_export_test::test_import_invalid_fraction_sum: errfractionsaddwrong 200, then 60
        List<String> problems = problems("jumlah-bobot-salah.gift");
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("gift/jumlah-bobot-salah.gift:2: pilihan ganda ini (tanpa jawaban =) punya "
                + "bobot positif berjumlah 200%"), problems.get(0));
        assertTrue(problems.get(1).startsWith("gift/jumlah-bobot-salah.gift:9: pilihan ganda ini (tanpa jawaban =) punya "
                + "bobot positif berjumlah 60%"), problems.get(1));
    }

    @Test
    void questions_encoding_windows_1252_is_refused_as_not_utf8() throws IOException {
        // import_export.feature: "The file you selected does not use UTF-8 character encoding."
        List<String> problems = problems("ansi-windows-1252.gift");
        assertEquals(List.of("gift/ansi-windows-1252.gift:2: file bukan UTF-8: byte E9 di baris ini bukan UTF-8 "
                + "(dalam ANSI/Windows-1252 itu huruf \"é\"); simpan ulang sebagai UTF-8 (Simpan Sebagai, Pengodean: UTF-8)"),
                problems);
    }

    @Test
    void every_fixture_that_imports_is_written_back_and_read_again_as_the_same_questions() throws IOException {
        GiftWriter writer = new GiftWriter(MESSAGES, Lang.ID);
        for (String name : List.of("soal-moodle.gift", "soal-dalam-kategori.gift", "kasus-uji-moodle.gift")) {
            Quiz quiz = quiz(name);
            String gift = writer.write(quiz);
            GiftParser.Result again = parser.parse("gift/" + name, gift);
            assertEquals(List.of(), again.problems(), gift);
            Quiz back = again.quiz().orElseThrow();
            assertEquals(quiz.questions().stream().map(GiftRoundTripTest::indonesian).toList(),
                    back.questions().stream().map(GiftRoundTripTest::indonesian).toList(), gift);
            assertEquals(quiz.info(), back.info(), gift);
        }
    }
}
