package id.serambi.quiz.model;

import id.serambi.content.Text;

import java.util.List;
import java.util.Optional;

/**
 * A quiz or a questionnaire as read from {@code quizzes/<id>.yaml} or {@code quizzes/<id>.gift}.
 * Question ids are unique within it.
 */
public record Quiz(String id, Kind kind, Text title, Optional<Text> description, Settings settings,
                   List<Question> questions) {

    public Quiz {
        questions = List.copyOf(questions);
    }

    public enum Kind { QUIZ, QUESTIONNAIRE }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    /** The quiz's page: its introduction, and the base of its other addresses. */
    public String url() {
        return "/kuis/" + id;
    }

    /** The most a learner can score: the sum of the points of the graded questions. */
    public double maxPoints() {
        return questions.stream().filter(Question::graded).mapToDouble(Question::points).sum();
    }
}
