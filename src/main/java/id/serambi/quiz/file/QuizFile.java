package id.serambi.quiz.file;

import id.serambi.content.Problem;
import id.serambi.quiz.model.Quiz;

import java.util.List;
import java.util.Optional;

/**
 * One quiz file as read, whatever its format: the quiz when the file has no problem, and the
 * problems as {@code path:line: message}.
 */
public record QuizFile(Optional<Quiz> quiz, List<Problem> problems) {

    public QuizFile {
        problems = List.copyOf(problems);
        quiz = problems.isEmpty() ? quiz : Optional.empty();
    }

    public boolean ok() {
        return quiz.isPresent();
    }
}
