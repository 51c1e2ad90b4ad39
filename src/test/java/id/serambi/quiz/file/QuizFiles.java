package id.serambi.quiz.file;

import id.serambi.content.ContentFiles;
import id.serambi.content.Problem;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quiz files for loader tests: a valid quiz and questionnaire using every type, and reading them. */
final class QuizFiles {
    static final String PATH = "quizzes/contoh.yaml";
    static final Messages MESSAGES = new Messages();

    static final String QUIZ = """
            kind: quiz
            title: { id: Kuis Media Sosial, en: Social Media Quiz }
            description: Uji pemahaman Anda.
            pass: 60
            shuffle_options: false
            review: score
            review_closed: full
            feedback: immediate
            attempts: 3
            grading: last
            layout: per-question
            questions:
              - id: saluran
                type: single
                prompt:
                  id: Saluran utama?
                  en: Main channel?
                points: 2
                explanation: WhatsApp dipakai hampir semua warga.
                choices:
                  - { id: a, text: WhatsApp, correct: true, feedback: Tepat. }
                  - { id: b, text: Faks, weight: -50, feedback: Sudah jarang dipakai. }
                  - { id: c, text: Surat }
              - id: fitur
                type: multiple
                prompt: Fitur WhatsApp Business?
                choices:
                  - { id: a, text: Balasan cepat, correct: true }
                  - { id: b, text: Pesan salam, correct: true }
                  - { id: c, text: Filter foto, weight: -50 }
              - id: gratis
                type: truefalse
                prompt: WhatsApp Business gratis.
                answer: true
                feedback_false: Aplikasinya gratis.
              - id: aplikasi
                type: short
                prompt: Aplikasi berbagi foto?
                accept:
                  - Instagram
                  - { text: "insta*", weight: 50, feedback: Hampir. }
              - id: jam
                type: numerical
                prompt: Berapa jam layanan per hari?
                answers:
                  - { value: 8, tolerance: 0.5 }
                  - { min: 6, max: 10, weight: 50 }
              - id: pasangan
                type: matching
                prompt: Pasangkan.
                pairs:
                  - { left: SKCK, right: Kepolisian }
                  - { left: KK, right: Dukcapil }
              - id: urutan
                type: ordering
                prompt: Urutkan.
                items:
                  - { id: datang, text: Datang }
                  - { id: antre, text: Antre }
                  - { id: pulang, text: Pulang }
              - id: esai
                type: text
                prompt: Ceritakan pengalaman Anda.
                long: true
            """;

    static final String QUESTIONNAIRE = """
            kind: questionnaire
            title: Evaluasi Pelatihan
            respondent: { kelurahan: false }
            anonymous: false
            questions:
              - id: puas
                type: likert
                prompt: Saya puas dengan pelatihan ini.
              - id: u1
                type: likert
                scale: skm
                skm: U1
                prompt: Persyaratan pelayanan sesuai.
              - id: mudah
                type: likert
                labels: [Tidak mudah, Kurang mudah, Mudah, Sangat mudah]
                prompt: Prosedurnya mudah.
              - id: layanan
                type: multiple
                prompt: Layanan apa yang perlu ditambah ke menu?
                other: true
                choices:
                  - { id: skck, text: Surat keterangan kelakuan baik }
                  - { id: belum-menikah, text: Surat keterangan belum pernah menikah }
              - id: nilai
                type: rating
                max: 10
                prompt: Beri nilai.
              - id: saran
                type: text
                max: 1000
                prompt: Kritik dan saran.
            """;

    private QuizFiles() {
    }

    static QuizFile read(String yaml) {
        return read(Path.of("tidak-ada"), yaml);
    }

    /** Reads as {@link #PATH} under {@code root}, where banks named by {@code pool:} are looked up. */
    static QuizFile read(Path root, String yaml) {
        return new QuizLoader(MESSAGES).readYaml(new ContentFiles(root), "contoh", PATH, yaml);
    }

    /** The line of the first occurrence of {@code needle}, so tests survive edits above it. */
    static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        assertTrue(at >= 0, "no '" + needle + "' in the test file");
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    static void assertProblem(QuizFile file, String path, int line, String key) {
        assertFalse(file.ok(), "a file with problems gives no quiz");
        assertProblem(file.problems(), path, line, key);
    }

    static void assertProblem(QuizFile file, int line, String key) {
        assertProblem(file, PATH, line, key);
    }

    static void assertProblem(java.util.List<Problem> problems, String path, int line, String key) {
        assertTrue(problems.stream().anyMatch(p -> p.path().equals(path) && p.line() == line && p.key().equals(key)),
                () -> "expected " + path + ":" + line + ": " + key + " but got " + problems);
        for (Lang lang : Lang.values()) {
            assertTrue(MESSAGES.find(lang, key).isPresent(), key + " has no message in " + lang);
        }
    }
}
