package id.serambi.quiz.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The quizzes and questionnaires of the course, by id. The supplier gives the current set, so a
 * course re-read in dev mode shows its new quizzes.
 */
public final class QuizCatalog {
    private final Supplier<Map<String, Quiz>> source;

    public QuizCatalog(Supplier<Map<String, Quiz>> source) {
        this.source = source;
    }

    public static QuizCatalog of(List<Quiz> quizzes) {
        Map<String, Quiz> byId = new LinkedHashMap<>();
        quizzes.forEach(q -> byId.put(q.id(), q));
        Map<String, Quiz> fixed = Map.copyOf(byId);
        return new QuizCatalog(() -> fixed);
    }

    public Optional<Quiz> find(String id) {
        return Optional.ofNullable(source.get().get(id));
    }

    public List<Quiz> all() {
        return source.get().values().stream().sorted(Comparator.comparing(Quiz::id)).toList();
    }
}
