package id.serambi.course;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A learner's progress through the catalog, from the lessons they marked done (and when) and the
 * quizzes they completed (passed, or for questionnaires, sent).
 *
 * @param done    lesson key to the time it was marked done, in epoch milliseconds
 * @param quizzes the ids of the quizzes completed
 */
public record Progress(Catalog catalog, Map<String, Long> done, Set<String> quizzes) {

    public Progress(Catalog catalog, Map<String, Long> done) {
        this(catalog, done, Set.of());
    }

    public boolean isDone(Item.Quiz quiz) {
        return quizzes.contains(quiz.quizId());
    }

    public record Count(int done, int total) {
        public int percent() {
            return total == 0 ? 0 : Math.round(100f * done / total);
        }

        public boolean complete() {
            return total > 0 && done == total;
        }
    }

    public boolean isDone(Lesson lesson) {
        return done.containsKey(lesson.key());
    }

    /** A module's lessons and quizzes, and how many of them are done. */
    public Count of(Module module) {
        List<Lesson> lessons = module.lessons();
        List<Item.Quiz> quizItems = module.items().stream()
                .filter(Item.Quiz.class::isInstance).map(Item.Quiz.class::cast).toList();
        int count = (int) (lessons.stream().filter(this::isDone).count()
                + quizItems.stream().filter(this::isDone).count());
        return new Count(count, lessons.size() + quizItems.size());
    }

    public Count overall() {
        List<Lesson> lessons = catalog.lessons();
        return new Count((int) lessons.stream().filter(this::isDone).count(), lessons.size());
    }

    public boolean started() {
        return catalog.lessons().stream().anyMatch(this::isDone);
    }

    /**
     * Where to continue: the first lesson not yet done after the one most recently marked done,
     * wrapping to the start of the course; empty when every lesson is done.
     */
    public Optional<Lesson> next() {
        List<Lesson> lessons = catalog.lessons();
        int latest = -1;
        long latestAt = Long.MIN_VALUE;
        for (int i = 0; i < lessons.size(); i++) {
            Long at = done.get(lessons.get(i).key());
            if (at != null && at >= latestAt) {
                latest = i;
                latestAt = at;
            }
        }
        for (int step = 1; step <= lessons.size(); step++) {
            Lesson candidate = lessons.get((latest + step) % lessons.size());
            if (!isDone(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
