package id.serambi.quiz.gift;

import id.serambi.content.Problem;
import id.serambi.i18n.Messages;
import id.serambi.quiz.file.QuizFilesCheck;
import id.serambi.quiz.file.QuizLoader;
import id.serambi.support.TempFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The quiz content check reads every quizzes/*.gift and names each problem by file and line. */
class GiftFilesCheckTest {
    private final Path root;

    GiftFilesCheckTest() throws IOException {
        root = Files.createTempDirectory("gift-check");
        Files.createDirectories(root.resolve("quizzes"));
    }

    @AfterEach
    void clean() {
        TempFiles.delete(root);
    }

    private static List<Problem> check(Path root) {
        return new QuizFilesCheck(new QuizLoader(new Messages()), List.of(new GiftFileReader())).check(root);
    }

    private void write(String name, byte[] bytes) throws IOException {
        Files.write(root.resolve("quizzes").resolve(name), bytes);
    }

    private void write(String name, String text) throws IOException {
        write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void good_files_have_no_problems() throws IOException {
        write("kuis-gift.gift", "$CATEGORY: Kuis\n\n::q1:: Kantor buka hari Minggu. {F}\n");
        write("catatan.txt", "bukan kuis {");
        assertEquals(List.of(), check(root));
    }

    @Test
    void each_file_reports_its_own_problems_with_path_and_line() throws IOException {
        write("a-rusak.gift", "::q1:: Benar. {T}\n\nPilih {~%abc%a ~b}\n");
        write("b-ansi.gift", "Kafé? {T}\n".getBytes(Charset.forName("windows-1252")));
        write("Kuis Lama.gift", "Benar. {T}\n");
        write("ganda.gift", "Benar. {T}\n");
        write("ganda.yaml", "kind: quiz\ntitle: Ganda\nquestions:\n  - id: q1\n    type: truefalse\n"
                + "    prompt: Benar?\n    answer: true\n");
        List<String> found = check(root).stream().sorted()
                .map(p -> p.path() + ":" + p.line() + " " + p.key()).toList();
        assertEquals(List.of(
                "quizzes/Kuis Lama.gift:1 quiz.file.name",
                "quizzes/a-rusak.gift:3 quiz.gift.weight.number",
                "quizzes/b-ansi.gift:1 quiz.gift.encoding.invalid",
                "quizzes/ganda.gift:1 quiz.file.duplicate"), found);
    }

    @Test
    void a_course_without_a_quizzes_folder_has_nothing_to_check() throws IOException {
        Path empty = Files.createTempDirectory("gift-none");
        try {
            assertEquals(List.<Problem>of(), check(empty));
        } finally {
            TempFiles.delete(empty);
        }
    }
}
