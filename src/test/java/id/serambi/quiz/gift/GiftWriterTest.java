package id.serambi.quiz.gift;

import id.serambi.content.Text;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.quiz.model.Choice;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.model.Settings;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Any quiz exported to GIFT reads back as the same quiz; what GIFT cannot hold is said at the top. */
class GiftWriterTest {
    private static final Messages MESSAGES = new Messages();
    private final GiftWriter writer = new GiftWriter(MESSAGES, Lang.ID);
    private final GiftParser parser = new GiftParser();

    private static Text t(String text) {
        return Text.of(text);
    }

    private static Optional<Text> some(String text) {
        return Optional.of(Text.of(text));
    }

    private static Choice c(String id, String text, double weight, String feedback) {
        return new Choice(id, t(text), weight, Optional.ofNullable(feedback).map(Text::of));
    }

    private static Quiz quiz(String id, String title, Question... questions) {
        return new Quiz(id, Quiz.Kind.QUIZ, t(title), Optional.empty(), Settings.quizDefaults(), List.of(questions));
    }

    private Quiz roundTrip(Quiz quiz) {
        String gift = writer.write(quiz);
        GiftParser.Result result = parser.parse("quizzes/" + quiz.id() + ".gift", gift);
        assertEquals(List.of(), result.problems(), gift);
        return result.quiz().orElseThrow();
    }

    /** The same question as if it stood at {@code line}: lines are where a question is in its file. */
    static Question atLine(Question q, int line) {
        if (q instanceof Question.Single s) {
            return new Question.Single(s.id(), s.prompt(), s.points(), s.explanation(), line, s.choices(), s.other());
        } else if (q instanceof Question.Multiple m) {
            return new Question.Multiple(m.id(), m.prompt(), m.points(), m.explanation(), line, m.choices(), m.other());
        } else if (q instanceof Question.TrueFalse t) {
            return new Question.TrueFalse(t.id(), t.prompt(), t.points(), t.explanation(), line, t.answer(),
                    t.feedbackTrue(), t.feedbackFalse());
        } else if (q instanceof Question.ShortAnswer s) {
            return new Question.ShortAnswer(s.id(), s.prompt(), s.points(), s.explanation(), line, s.accepted());
        } else if (q instanceof Question.Numerical n) {
            return new Question.Numerical(n.id(), n.prompt(), n.points(), n.explanation(), line, n.answers());
        } else if (q instanceof Question.Matching m) {
            return new Question.Matching(m.id(), m.prompt(), m.points(), m.explanation(), line, m.pairs(),
                    m.distractors());
        } else if (q instanceof Question.Ordering o) {
            return new Question.Ordering(o.id(), o.prompt(), o.points(), o.explanation(), line, o.items());
        } else if (q instanceof Question.FreeText f) {
            return new Question.FreeText(f.id(), f.prompt(), f.explanation(), line, f.longText(), f.maxChars());
        } else if (q instanceof Question.Likert l) {
            return new Question.Likert(l.id(), l.prompt(), l.explanation(), line, l.labels(), l.skm());
        } else if (q instanceof Question.Rating r) {
            return new Question.Rating(r.id(), r.prompt(), r.explanation(), line, r.max());
        } else if (q instanceof Question.Description d) {
            return new Question.Description(d.id(), d.prompt(), line);
        }
        throw new IllegalArgumentException("not a quiz question: " + q);
    }

    /** Every quiz question type, with the characters and texts that need care in GIFT. */
    static Quiz everyType() {
        return quiz("kuis-lengkap", "Kuis Media Sosial / Modul 1",
                new Question.Single("jam-layanan", t("Kantor buka pukul _____ WITA, Senin-Jumat."), 1,
                        some("Lihat papan jam layanan = {jadwal}."), 0, List.of(
                        c("a", "08.00", 1, "Betul: sesuai maklumat #1."),
                        c("b", "10:00 ~ kira-kira", 0, null),
                        c("c", "%30 lebih awal", -0.5, "Terlalu pagi.")), false),
                new Question.Single("tanpa-benar-penuh", t("Pilih yang paling tepat"), 1, Optional.empty(), 0, List.of(
                        c("a", "Hampir", 0.5, null), c("b", "Salah", 0, null)), false),
                new Question.Multiple("dua-benar", t("Pilih <b>dua</b> kanal resmi & aktif:\nbaca teliti"), 1,
                        Optional.empty(), 0, List.of(
                        c("a", "WhatsApp", 0.3333333, "Ya"), c("b", "Instagram", 0.3333333, null),
                        c("c", "Surat", 0.3333334, null), c("d", "[html] bukan format", -1, "Bukan")), false),
                new Question.TrueFalse("tf-benar", t("Balasan otomatis bisa dijadwalkan."), 1, some("Fitur pesan menjauh."),
                        0, true, some("Betul."), some("Keliru: bisa.")),
                new Question.TrueFalse("tf-salah", t("SKM punya 10 unsur."), 1, Optional.empty(), 0, false,
                        Optional.empty(), some("Betul, ada 9.")),
                new Question.ShortAnswer("singkatan", t("Singkatan survei kepuasan masyarakat?"), 1, Optional.empty(), 0,
                        List.of(new Question.ShortAnswer.Accepted("SKM", 1, some("Tepat.")),
                                new Question.ShortAnswer.Accepted("survei*", 0.5, Optional.empty()),
                                new Question.ShortAnswer.Accepted("%SKM", 0.25, Optional.empty()),
                                new Question.ShortAnswer.Accepted("T", 0.1, Optional.empty()))),
                new Question.Numerical("angka", t("Berapa unsur SKM?"), 1, some("Ada sembilan."), 0, List.of(
                        new Question.Numerical.Range(9, 9, 1, some("Tepat.")),
                        new Question.Numerical.Range(8.5, 9.5, 0.5, Optional.empty()),
                        new Question.Numerical.Range(0.1, 0.3, 0.25, Optional.empty()),
                        new Question.Numerical.Range(-3, 20, 0.1, Optional.empty()),
                        new Question.Numerical.Range(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0,
                                some("Hitung lagi: U1 sampai U9.")))),
                new Question.Matching("jodohkan", t("Jodohkan surat dengan syaratnya."), 1, some("Syarat ada di maklumat."),
                        0, List.of(new Question.Matching.Pair("p1", t("Domisili"), t("KTP & KK")),
                        new Question.Matching.Pair("p2", t("Usaha"), t("Foto tempat usaha")),
                        new Question.Matching.Pair("p3", t("Kelakuan baik"), t("Pengantar RT/RW")))),
                new Question.Ordering("urutan", t("Urutkan langkah membalas pesan."), 1, Optional.empty(), 0, List.of(
                        c("a", "Salam", 0, null), c("b", "Jawab", 0, null), c("c", "Tutup dengan terima kasih", 0, null))),
                new Question.FreeText("esai", t("Tulis saran untuk menu WhatsApp kelurahan Anda."), some("Dinilai pelatih."),
                        0, true, Question.FreeText.DEFAULT_MAX));
    }

    @Test
    void a_quiz_with_every_question_type_reads_back_the_same_except_for_lines() {
        Quiz quiz = everyType();
        Quiz back = roundTrip(quiz);
        assertEquals(quiz.id(), back.id());
        assertEquals(quiz.title(), back.title());
        assertEquals(quiz.settings(), back.settings());
        List<Question> read = back.questions();
        assertEquals(quiz.questions().size(), read.size());
        for (int i = 0; i < read.size(); i++) {
            assertEquals(quiz.questions().get(i), atLine(read.get(i), 0));
        }
    }

    @Test
    void written_once_more_the_file_does_not_change() {
        String once = writer.write(everyType());
        assertEquals(once, writer.write(roundTrip(everyType())));
    }

    @Test
    void special_characters_are_escaped_and_true_false_feedback_follows_moodle_order() {
        String gift = writer.write(quiz("kuis", "Kuis",
                new Question.TrueFalse("q1", t("Rumus 1+1=2 {benar}: pakai # dan ~?"), 1, Optional.empty(), 0, true,
                        some("Betul."), some("Coba lagi.")),
                new Question.ShortAnswer("q2", t("Jalur berkas\\nama"), 1, Optional.empty(), 0,
                        List.of(new Question.ShortAnswer.Accepted("C:\\data", 1, Optional.empty())))));
        assertTrue(gift.contains("::q1::Rumus 1+1\\=2 \\{benar\\}\\: pakai \\# dan \\~?{TRUE#Coba lagi.#Betul.}\n"), gift);
        assertTrue(gift.contains("::q2::Jalur berkas\\\\nama{\n\t=C\\:\\\\data\n}\n"), gift);
    }

    @Test
    void a_text_that_moodle_would_read_as_html_is_marked_plain() {
        String gift = writer.write(quiz("kuis", "Kuis",
                new Question.TrueFalse("q1", t("Tag <b> tampil apa adanya & utuh."), 1, Optional.empty(), 0, true,
                        Optional.empty(), Optional.empty())));
        assertTrue(gift.contains("::q1::[plain]Tag <b> tampil apa adanya & utuh.{TRUE}"), gift);
    }

    @Test
    void the_header_says_what_gift_cannot_hold_and_questionnaire_items_become_choices_and_essays() {
        Quiz survey = new Quiz("evaluasi", Quiz.Kind.QUESTIONNAIRE, Text.of("Evaluasi Pelatihan", "Training evaluation"),
                Optional.of(t("Isi dengan jujur.")), Settings.questionnaireDefaults(), List.of(
                new Question.Likert("u1", t("Persyaratan mudah dipenuhi."), Optional.empty(), 0,
                        List.of(t("Tidak mudah"), t("Kurang mudah"), t("Mudah"), t("Sangat mudah")), Optional.of("U1")),
                new Question.Rating("bintang", t("Nilai pelatihan ini."), Optional.empty(), 0, 5),
                new Question.Single("layanan", t("Layanan apa yang perlu ditambah?"), 0, Optional.empty(), 0,
                        List.of(c("a", "Surat kelakuan baik", 0, null), c("b", "Surat belum menikah", 0, null)), true),
                new Question.FreeText("saran", t("Kritik dan saran"), Optional.empty(), 0, false, 500)));
        String gift = writer.write(survey);
        assertTrue(gift.startsWith("""
                // Diekspor dari Serambi: Evaluasi Pelatihan (evaluasi), format GIFT Moodle
                // GIFT tidak bisa memuat semuanya; yang berubah:
                //   - teks bahasa Inggris tidak ikut (GIFT hanya memuat satu bahasa)
                //   - deskripsi kuis tidak ikut
                //   - pengaturan (nilai lulus, acak, umpan balik, percobaan, tampilan) tidak ikut; pengimpor memakai bawaannya
                //   - u1: skala Likert ditulis sebagai pilihan tunggal dengan label skalanya
                //   - bintang: penilaian 1-5 ditulis sebagai pilihan tunggal 1 sampai 5
                //   - layanan: pilihan tanpa jawaban benar; Moodle baru mau mengimpornya setelah satu pilihan diberi bobot 100%
                //   - layanan: pilihan "Lainnya" dengan isian bebas tidak ikut
                //   - saran: isian bebas ditulis sebagai esai, tanpa batas karakter

                $CATEGORY: $course$/top/Evaluasi Pelatihan
                """), gift);
        Quiz back = parser.parse("quizzes/evaluasi.gift", gift).quiz().orElseThrow();
        // the hints above each question (which Moodle ignores) give back the questionnaire's own items
        assertEquals(survey.questions(), back.questions().stream().map(q -> atLine(q, 0)).toList());
    }

    @Test
    void tags_id_numbers_distractors_and_descriptions_are_written_as_moodle_writes_them() {
        Quiz quiz = new Quiz("kuis", Quiz.Kind.QUIZ, t("Kuis"), Optional.empty(), Settings.quizDefaults(), List.of(
                new Question.Description("pengantar", t("Bagian ini tentang kanal."), 0),
                new Question.Matching("jodoh", t("Jodohkan."), 1, Optional.empty(), 0, List.of(
                        new Question.Matching.Pair("p1", t("Pesan"), t("WhatsApp")),
                        new Question.Matching.Pair("p2", t("Foto"), t("Instagram"))), List.of(t("Surat kabar")))),
                java.util.Map.of("jodoh", new id.serambi.quiz.model.ItemInfo(Optional.empty(), false,
                        List.of("tag1", "t]ag"), Optional.of("myid"))));
        String gift = writer.write(quiz);
        // Moodle's test_export_question_with_tags_and_idnumber and test_export_match
        assertTrue(gift.contains("::pengantar::Bagian ini tentang kanal.\n\n// [id:myid] [tag:tag1] [tag:t\\]ag]\n"
                + "::jodoh::Jodohkan.{\n\t=Pesan -> WhatsApp\n\t=Foto -> Instagram\n\t= -> Surat kabar\n}\n"), gift);
        Quiz back = roundTrip(quiz);
        assertEquals(quiz.info(), back.info());
        assertEquals(quiz.questions(), back.questions().stream().map(q -> atLine(q, 0)).toList());
    }

    @Test
    void the_header_can_be_written_in_english_and_points_other_than_one_are_noted() {
        String gift = new GiftWriter(MESSAGES, Lang.EN).write(quiz("kuis", "Kuis",
                new Question.TrueFalse("q1", t("Benar?"), 2, Optional.empty(), 0, true, Optional.empty(),
                        Optional.empty())));
        assertTrue(gift.startsWith("// Exported from Serambi: Kuis (kuis), Moodle GIFT format\n"
                + "// GIFT cannot hold everything; what changed:\n"
                + "//   - q1: worth 2 points; GIFT keeps no points, so it is worth 1\n"), gift);
    }
}
