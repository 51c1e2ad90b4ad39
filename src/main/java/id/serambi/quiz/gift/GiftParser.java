package id.serambi.quiz.gift;

import id.serambi.content.Problem;
import id.serambi.content.Text;
import id.serambi.quiz.model.ItemInfo;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.model.Settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a Moodle GIFT file ({@code quizzes/<id>.gift}, UTF-8) into a quiz with the quiz defaults.
 * The quiz id is the file name without its extension, made lowercase with hyphens; its title is
 * the last part of the first {@code $CATEGORY:} path (Moodle's {@code $course$/top/Kuis 1} gives
 * "Kuis 1"), or the id when the file names no category. Every question is worth 1 point, an essay
 * ({@code {}}) is an ungraded free-text item, and texts are Indonesian only, as GIFT holds one
 * language. A description (text without braces) is a text shown between the questions; tags and
 * id numbers in a question's comments are kept in its {@link ItemInfo}. Every mistake is reported with its line; a file with any mistake gives no quiz.
 */
public final class GiftParser {

    /** The quiz when the file has no problem; otherwise the problems, each with its line. */
    public record Result(Optional<Quiz> quiz, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return quiz.isPresent();
        }
    }

    /** A file as uploaded or read from disk; {@code path} names it in messages and gives the id. */
    public Result parse(String path, byte[] bytes) {
        List<Problem> problems = new ArrayList<>();
        return GiftEncoding.decode(path, bytes, problems)
                .map(text -> parse(path, text))
                .orElseGet(() -> new Result(Optional.empty(), problems));
    }

    /** A file's text with {@code \n} line ends. */
    public Result parse(String path, String text) {
        String id = idOf(path);
        List<Problem> problems = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        Map<String, ItemInfo> info = new LinkedHashMap<>();
        Optional<String> title = Optional.empty();
        GiftIds ids = new GiftIds();
        int position = 0;
        for (GiftLexer.Block block : GiftLexer.blocks(text)) {
            if (block.text().startsWith("$CATEGORY:")) {
                int end = block.text().find("\n", 0);
                if (end >= 0) {
                    // Moodle reads the whole block as the category name, so the question after it would be lost.
                    problems.add(Problem.at(path, block.text().lineAt(end + 1), "quiz.gift.category.alone"));
                    continue;
                }
                if (title.isEmpty()) {
                    title = categoryTitle(block.text().sub("$CATEGORY:".length()).text());
                }
                continue;
            }
            try {
                GiftQuestions.Read read = GiftQuestions.read(block, ids, ++position);
                questions.add(read.question());
                if (!read.info().isNone()) {
                    info.put(read.question().id(), read.info());
                }
            } catch (GiftError e) {
                problems.add(e.at(path));
            }
        }
        if (questions.stream().allMatch(q -> q instanceof Question.Description) && problems.isEmpty()) {
            problems.add(Problem.at(path, 1, "quiz.gift.empty", "::q1:: … {=… ~…}"));
        }
        if (!problems.isEmpty()) {
            return new Result(Optional.empty(), problems);
        }
        Quiz quiz = new Quiz(id, Quiz.Kind.QUIZ, Text.of(title.orElse(id)), Optional.empty(),
                Settings.quizDefaults(), questions, info);
        return new Result(Optional.of(quiz), List.of());
    }

    /** The file name without folders and extension, as an id. */
    public static String idOf(String path) {
        String name = path.substring(path.replace('\\', '/').lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String id = GiftIds.slug(dot > 0 ? name.substring(0, dot) : name);
        return id.isEmpty() ? "gift" : id;
    }

    /**
     * The last named part of a category path. Moodle separates parts with {@code /} and writes a
     * slash inside a name as {@code //}; {@code $course$}-like contexts and {@code top} are not names.
     */
    static Optional<String> categoryTitle(String path) {
        String[] parts = path.strip().replace("//", "\u0000").split("/");
        for (int i = parts.length - 1; i >= 0; i--) {
            String part = parts[i].replace('\u0000', '/').strip();
            if (!part.isEmpty() && !part.matches("\\$\\w+\\$") && !part.equals("top")) {
                return Optional.of(part);
            }
        }
        return Optional.empty();
    }
}
