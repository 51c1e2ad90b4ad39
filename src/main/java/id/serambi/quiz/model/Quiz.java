package id.serambi.quiz.model;

import id.serambi.content.Text;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A quiz or a questionnaire as read from {@code quizzes/<id>.yaml} or {@code quizzes/<id>.gift}.
 * Question ids are unique within it.
 */
public record Quiz(String id, Kind kind, Text title, Optional<Text> description, Settings settings,
                   List<Question> questions, Map<String, ItemInfo> info) {

    public Quiz {
        questions = List.copyOf(questions);
        info = Map.copyOf(info);
    }

    public Quiz(String id, Kind kind, Text title, Optional<Text> description, Settings settings,
                List<Question> questions) {
        this(id, kind, title, description, settings, questions, Map.of());
    }

    /** What the file says of a question beyond its text and key. */
    public ItemInfo info(String questionId) {
        return info.getOrDefault(questionId, ItemInfo.NONE);
    }

    /** The same quiz with other questions, keeping what is known of those it still has. */
    public Quiz withQuestions(List<Question> others) {
        return new Quiz(id, kind, title, description, settings, others, info);
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

    /**
     * How many questions one attempt asks: every question of the file, or, for a quiz that draws,
     * its draw of each objective. A description between questions asks nothing and is not counted.
     */
    public int questionsPerAttempt() {
        if (settings.draw() <= 0) {
            return (int) questions.stream().filter(q -> !(q instanceof Question.Description)).count();
        }
        Map<String, Integer> perObjective = new java.util.LinkedHashMap<>();
        questions.stream().filter(q -> !(q instanceof Question.Description))
                .forEach(q -> perObjective.merge(info(q.id()).objective().orElse(""), 1, Integer::sum));
        return perObjective.values().stream().mapToInt(n -> Math.min(n, settings.draw())).sum();
    }

    /** The most an attempt shown only {@code questionIds} can score. */
    public double maxPoints(List<String> questionIds) {
        return questionIds.stream().map(this::question).flatMap(Optional::stream).filter(Question::graded)
                .mapToDouble(Question::points).sum();
    }
}
