package id.serambi.quiz.file;

import id.serambi.content.ContentFiles;
import id.serambi.content.ContentReader;
import id.serambi.content.Problem;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.model.QuizCatalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every quiz and questionnaire in {@code quizzes/}: the YAML files with their banks, and the
 * files of each further format (GIFT) through its {@link QuizFileReader}. A quiz id is its file
 * name, so {@code a.yaml} and {@code a.gift} side by side are reported: learners could not tell
 * which one a module means.
 */
public final class QuizFilesCheck implements ContentReader<QuizCatalog> {
    private final QuizLoader yaml;
    private final List<QuizFileReader> others;

    /**
     * @param others readers of the formats other than YAML, each with its own file suffix; files
     *               whose suffix no reader takes are left alone
     */
    public QuizFilesCheck(QuizLoader yaml, List<QuizFileReader> others) {
        this.yaml = yaml;
        this.others = List.copyOf(others);
    }

    @Override
    public Read<QuizCatalog> read(Path root) {
        QuizLoader.Result result = load(root);
        return new Read<>(QuizCatalog.of(List.copyOf(result.quizzes().values())), result.problems());
    }

    /** The quizzes of every format by id, and the problems of every file. */
    public QuizLoader.Result load(Path root) {
        ContentFiles files = new ContentFiles(root);
        Path dir = root.resolve(QuizLoader.DIR);
        QuizLoader.Result fromYaml = yaml.loadAll(root);
        Map<String, Quiz> quizzes = new LinkedHashMap<>(fromYaml.quizzes());
        List<Problem> problems = new ArrayList<>(fromYaml.problems());
        Map<String, String> pathById = new HashMap<>();
        try {
            for (Path file : files.list(dir, yaml.suffix())) {
                pathById.put(QuizLoader.idOf(file, yaml.suffix()), files.display(file));
            }
            for (QuizFileReader reader : others) {
                for (Path file : files.list(dir, reader.suffix())) {
                    String id = QuizLoader.idOf(file, reader.suffix());
                    String path = files.display(file);
                    String first = pathById.putIfAbsent(id, path);
                    if (!QuizYaml.ID.matcher(id).matches()) {
                        problems.add(Problem.at(path, 1, "quiz.file.name", file.getFileName().toString()));
                    } else if (first != null) {
                        problems.add(Problem.at(path, 1, "quiz.file.duplicate", id, first));
                    } else {
                        QuizFile read = reader.read(files, file);
                        problems.addAll(read.problems());
                        read.quiz().ifPresent(q -> quizzes.put(id, q));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new QuizLoader.Result(quizzes, problems.stream().sorted().toList());
    }
}
