package id.serambi.quiz.file;

import id.serambi.content.ContentFiles;
import id.serambi.content.Problem;
import id.serambi.content.Text;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.model.Settings;
import id.serambi.support.CourseFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static id.serambi.quiz.file.QuizFiles.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The content check over a whole {@code quizzes/} folder: banks, file names, encodings, other formats. */
class QuizFilesCheckTest {
    private static final String BANK = """
            questions:
              - id: saluran
                type: single
                prompt: Saluran utama?
                choices:
                  - { id: a, text: WhatsApp, correct: true }
                  - { id: b, text: Faks }
              - id: gratis
                type: truefalse
                prompt: WhatsApp Business gratis.
                answer: true
            """;
    private static final String PRE_TEST = "kind: quiz\ntitle: Pre-test\npass: 0\npool: pre-post\n";
    private static final String POST_TEST = "kind: quiz\ntitle: Post-test\npool: pre-post\n";

    private final CourseFixture course = CourseFixture.create();
    private final QuizFilesCheck check = new QuizFilesCheck(new QuizLoader(MESSAGES), List.of());

    @AfterEach
    void removeFiles() {
        course.close();
    }

    private CourseFixture bundled() {
        return course.file("quizzes/kuis-media-sosial.yaml", QUIZ)
                .file("quizzes/evaluasi.yaml", QUESTIONNAIRE)
                .file("quizzes/pre-test.yaml", PRE_TEST)
                .file("quizzes/post-test.yaml", POST_TEST)
                .file("quizzes/bank/pre-post.yaml", BANK);
    }

    @Test
    void a_clean_folder_has_no_problems_and_gives_every_quiz() {
        bundled();
        assertEquals(List.of(), check.check(course.root()));
        QuizLoader.Result result = check.load(course.root());
        assertEquals(java.util.Set.of("kuis-media-sosial", "evaluasi", "pre-test", "post-test"),
                result.quizzes().keySet());
    }

    @Test
    void pre_test_and_post_test_draw_the_same_questions_from_their_bank() {
        bundled();
        QuizLoader.Result result = check.load(course.root());
        Quiz pre = result.quizzes().get("pre-test");
        Quiz post = result.quizzes().get("post-test");
        assertEquals(List.of("saluran", "gratis"), pre.questions().stream().map(Question::id).toList());
        assertEquals(pre.questions(), post.questions());
        assertEquals(0, pre.settings().passPercent());
        assertEquals(70, post.settings().passPercent(), "the quiz default pass mark");
    }

    @Test
    void a_bank_problem_is_reported_once_at_the_bank_file_and_its_quizzes_are_not_served() {
        String broken = BANK.replace("answer: true", "answer: ya");
        bundled().file("quizzes/bank/pre-post.yaml", broken);
        List<Problem> problems = check.check(course.root());
        assertEquals(1, problems.size(), problems::toString);
        assertProblem(problems, "quizzes/bank/pre-post.yaml", lineOf(broken, "answer: ya"), "quiz.file.boolean");
        assertTrue(check.load(course.root()).quizzes().get("pre-test") == null);
    }

    @Test
    void an_unknown_pool_is_reported_at_the_pool_line() {
        course.file("quizzes/pre-test.yaml", PRE_TEST);
        assertProblem(check.check(course.root()), "quizzes/pre-test.yaml", 4, "quiz.file.pool.unknown");
    }

    @Test
    void an_unused_bank_is_checked_too() {
        course.file("quizzes/bank/cadangan.yaml", "questions:\n  - id: x\n    type: rating\n");
        List<Problem> problems = check.check(course.root());
        assertProblem(problems, "quizzes/bank/cadangan.yaml", 2, "content.field.required");
        course.file("quizzes/bank/cadangan.yaml", "judul: Cadangan\nquestions: []\n");
        assertProblem(check.check(course.root()), "quizzes/bank/cadangan.yaml", 1, "content.field.unknown");
    }

    @Test
    void a_file_name_that_is_not_an_id_is_reported() {
        course.file("quizzes/Kuis Satu.yaml", QUIZ);
        assertProblem(check.check(course.root()), "quizzes/Kuis Satu.yaml", 1, "quiz.file.name");
    }

    @Test
    void a_file_not_in_utf8_is_refused() {
        course.bytes("quizzes/lama.yaml", "kind: quiz\ntitle: Kuis \u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertProblem(check.check(course.root()), "quizzes/lama.yaml", 1, "content.file.encoding");
    }

    @Test
    void gift_files_are_left_alone_until_a_reader_takes_them() {
        bundled().file("quizzes/kuis-gift.gift", "::Q1:: Bukan YAML {=benar ~salah}\n");
        assertEquals(List.of(), check.check(course.root()));
    }

    /** Stands in for a GIFT parser: one question per file, or a problem on line 2 when the file says so. */
    private record FakeGift() implements QuizFileReader {
        @Override
        public String suffix() {
            return ".gift";
        }

        @Override
        public QuizFile read(ContentFiles files, Path file) {
            List<Problem> problems = new ArrayList<>();
            String text = files.read(file, problems).orElse("");
            if (text.contains("rusak")) {
                problems.add(Problem.at(files.display(file), 2, "content.file.empty"));
            }
            String id = QuizLoader.idOf(file, suffix());
            Question q = new Question.TrueFalse("q1", Text.of(text), 1, Optional.empty(), 1, true,
                    Optional.empty(), Optional.empty());
            return new QuizFile(Optional.of(new Quiz(id, Quiz.Kind.QUIZ, Text.of(id), Optional.empty(),
                    Settings.quizDefaults(), List.of(q))), problems);
        }
    }

    @Test
    void another_format_plugs_in_with_its_problems_and_quizzes() {
        QuizFilesCheck withGift = new QuizFilesCheck(new QuizLoader(MESSAGES), List.of(new FakeGift()));
        bundled().file("quizzes/kuis-gift.gift", "Benar?\n").file("quizzes/rusak.gift", "baris 1\nrusak\n");
        QuizLoader.Result result = withGift.load(course.root());
        assertTrue(result.quizzes().containsKey("kuis-gift"));
        assertTrue(result.quizzes().containsKey("kuis-media-sosial"));
        assertEquals(1, result.problems().size(), result.problems()::toString);
        assertProblem(result.problems(), "quizzes/rusak.gift", 2, "content.file.empty");
    }

    @Test
    void the_same_quiz_id_in_two_formats_is_reported_at_the_second_file() {
        QuizFilesCheck withGift = new QuizFilesCheck(new QuizLoader(MESSAGES), List.of(new FakeGift()));
        bundled().file("quizzes/evaluasi.gift", "Benar?\n");
        List<Problem> problems = withGift.check(course.root());
        assertProblem(problems, "quizzes/evaluasi.gift", 1, "quiz.file.duplicate");
        assertEquals(List.of("evaluasi", "quizzes/evaluasi.yaml"), problems.get(0).args());
    }

    @Test
    void a_questionnaire_may_draw_on_a_bank_of_questionnaire_items() {
        course.file("quizzes/bank/skm.yaml", "questions:\n  - id: u1\n    type: likert\n    scale: skm\n"
                        + "    skm: U1\n    prompt: Persyaratan sesuai.\n")
                .file("quizzes/skm.yaml", "kind: questionnaire\ntitle: SKM\npool: skm\n");
        assertEquals(List.of(), check.check(course.root()));
        Question u1 = check.load(course.root()).quizzes().get("skm").questions().get(0);
        assertEquals("U1", ((Question.Likert) u1).skm().orElseThrow());
    }

    private static final String LESSON = """
            ---
            title: Media sosial
            description: Apa itu.
            minutes: 5
            objectives:
              - Menjelaskan arti media sosial
              - Menyebutkan enam jenisnya
            sources: [Kaplan & Haenlein (2010)]
            reviewed: 2026-12-01
            ---

            Isi.
            """;

    private static final String DRAW_BANK = """
            questions:
              - id: arti-1
                type: truefalse
                objective: ms/01-apa#1
                prompt: Media sosial memungkinkan pengguna membuat konten.
                answer: true
              - id: arti-2
                type: truefalse
                objective: ms/01-apa#1
                prompt: Di media sosial hanya redaksi yang membuat isi.
                answer: false
              - id: jenis-1
                type: single
                objective: ms/01-apa#2
                prompt: YouTube termasuk?
                choices:
                  - { id: a, text: Jejaring kerja }
                  - { id: b, text: Komunitas konten, correct: true }
            """;

    @Test
    void a_draw_needs_an_objective_on_every_item_and_enough_items_for_each_objective() {
        course.file("content/lessons/ms/01-apa.md", LESSON)
                .file("quizzes/bank/bank.yaml", DRAW_BANK)
                .file("quizzes/tes.yaml", "kind: quiz\ntitle: Tes\npool: bank\ndraw: 1\n");
        assertEquals(List.of(), check.check(course.root()));
        Quiz tes = check.load(course.root()).quizzes().get("tes");
        assertEquals(1, tes.settings().draw());
        assertEquals(Optional.of("ms/01-apa#2"), tes.info("jenis-1").objective());

        course.file("quizzes/tes.yaml", "kind: quiz\ntitle: Tes\npool: bank\ndraw: 2\n");
        assertProblem(check.check(course.root()), "quizzes/tes.yaml", 4, "quiz.file.draw.short");

        course.file("quizzes/tes.yaml", "kind: quiz\ntitle: Tes\npool: bank\ndraw: 1\n")
                .file("quizzes/bank/bank.yaml", DRAW_BANK.replace("    objective: ms/01-apa#2\n", ""));
        assertProblem(check.check(course.root()), "quizzes/bank/bank.yaml", lineOf(DRAW_BANK, "- id: jenis-1"),
                "quiz.file.draw.objective");
    }

    @Test
    void an_objective_must_name_a_lesson_and_one_of_its_objectives() {
        course.file("content/lessons/ms/01-apa.md", LESSON);
        String[][] cases = {
                {"ms/01-apa#3", "quiz.file.objective.number"},
                {"ms/02-lain#1", "quiz.file.objective.lesson"},
                {"ms/01-apa", "quiz.file.objective.format"},
                {"ms/01-apa#0", "quiz.file.objective.format"},
        };
        for (String[] c : cases) {
            course.file("quizzes/bank/bank.yaml", DRAW_BANK.replace("objective: ms/01-apa#2", "objective: " + c[0]))
                    .file("quizzes/tes.yaml", "kind: quiz\ntitle: Tes\npool: bank\n");
            assertProblem(check.check(course.root()), "quizzes/bank/bank.yaml",
                    lineOf(DRAW_BANK, "objective: ms/01-apa#2"), c[1]);
        }
        course.file("quizzes/bank/bank.yaml", DRAW_BANK);
        String inFile = "kind: quiz\ntitle: Tes\n" + DRAW_BANK.replace("objective: ms/01-apa#2", "objective: ms/01-apa#9");
        course.file("quizzes/tes.yaml", inFile);
        assertProblem(check.check(course.root()), "quizzes/tes.yaml", lineOf(inFile, "objective: ms/01-apa#9"),
                "quiz.file.objective.number");
    }

    @Test
    void only_questions_whose_options_are_shuffled_can_keep_their_order() {
        course.file("quizzes/tes.yaml", """
                kind: quiz
                title: Tes
                questions:
                  - id: skala
                    type: single
                    shuffle: false
                    prompt: Berapa kali?
                    choices:
                      - { id: a, text: Sekali, correct: true }
                      - { id: b, text: Dua kali }
                  - id: tf
                    type: truefalse
                    shuffle: false
                    prompt: Benar?
                    answer: true
                """);
        List<Problem> problems = check.check(course.root());
        assertProblem(problems, "quizzes/tes.yaml", 13, "quiz.file.shuffle.type");
        assertEquals(1, problems.size(), problems.toString());
        course.file("quizzes/tes.yaml", "kind: quiz\ntitle: Tes\nquestions:\n  - id: skala\n    type: single\n"
                + "    shuffle: false\n    prompt: Berapa?\n    choices:\n      - { id: a, text: Satu, correct: true }\n"
                + "      - { id: b, text: Dua }\n");
        assertEquals(List.of(), check.check(course.root()));
        assertTrue(check.load(course.root()).quizzes().get("tes").info("skala").keepOrder());
    }
}
