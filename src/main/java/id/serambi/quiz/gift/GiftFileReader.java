package id.serambi.quiz.gift;

import id.serambi.content.ContentFiles;
import id.serambi.content.Problem;
import id.serambi.quiz.file.QuizFile;
import id.serambi.quiz.file.QuizFileReader;
import id.serambi.quiz.file.QuizFilesCheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads {@code quizzes/<id>.gift} files, in Moodle's GIFT format, for {@link QuizFilesCheck}. */
public final class GiftFileReader implements QuizFileReader {
    private final GiftParser parser = new GiftParser();

    @Override
    public String suffix() {
        return ".gift";
    }

    @Override
    public QuizFile read(ContentFiles files, Path file) {
        String path = files.display(file);
        try {
            GiftParser.Result result = parser.parse(path, Files.readAllBytes(file));
            return new QuizFile(result.quiz(), result.problems());
        } catch (IOException e) {
            return new QuizFile(Optional.empty(), List.of(Problem.at(path, 1, "content.file.unreadable", e.getMessage())));
        }
    }
}
