package id.serambi.quiz;

import id.serambi.course.ContentCheck;
import id.serambi.course.ContentFiles;
import id.serambi.course.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every {@code quizzes/*.gift}: read as {@link GiftParser} reads it, named like a quiz id, and not
 * sharing its id with a {@code quizzes/<id>.yaml}.
 */
public final class GiftFilesCheck implements ContentCheck {
    private final GiftParser parser = new GiftParser();

    @Override
    public List<Problem> check(Path root) {
        ContentFiles files = new ContentFiles(root);
        Path dir = root.resolve("quizzes");
        List<Problem> problems = new ArrayList<>();
        List<Path> gifts;
        try {
            gifts = files.list(dir, ".gift");
        } catch (IOException e) {
            return List.of(Problem.at("quizzes", 1, "content.file.unreadable", e.getMessage()));
        }
        for (Path file : gifts) {
            String path = files.display(file);
            String name = file.getFileName().toString();
            String id = GiftParser.idOf(name);
            if (!name.equals(id + ".gift")) {
                problems.add(Problem.at(path, 1, "quiz.gift.file.name", id));
            }
            Path yaml = dir.resolve(id + ".yaml");
            if (Files.exists(yaml)) {
                problems.add(Problem.at(path, 1, "quiz.gift.file.duplicate", id, files.display(yaml)));
            }
            try {
                problems.addAll(parser.parse(path, Files.readAllBytes(file)).problems());
            } catch (IOException e) {
                problems.add(Problem.at(path, 1, "content.file.unreadable", e.getMessage()));
            }
        }
        return problems;
    }
}
