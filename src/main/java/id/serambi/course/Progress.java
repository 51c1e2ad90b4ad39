package id.serambi.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A learner's progress through the catalog, and the one definition of what counts toward it,
 * used alike by the home page's cards, the module page and the lesson page.
 *
 * <p>Every item a learner completes counts, once, in the module that lists it: a lesson (marked
 * done), a quiz (passed, or a questionnaire sent), a practice task (its goal reached), an inbox
 * (every message judged), a planner task (passed), a design task (a design passed its check) and
 * a checklist (every step ticked). The simulator is free practice with nothing to finish, so it
 * is listed but not counted. Which ids of a kind are done comes from that kind's own feature
 * ({@link Completion}); an id no module lists is ignored.
 *
 * @param done      lesson key to the time it was marked done, in epoch milliseconds
 * @param completed by item kind ({@link Item#kind()}): the ids of that kind the learner has done
 */
public record Progress(Catalog catalog, Map<String, Long> done, Map<String, Set<String>> completed) {

    public Progress {
        done = Map.copyOf(done);
        completed = Map.copyOf(completed);
    }

    public Progress(Catalog catalog, Map<String, Long> done) {
        this(catalog, done, Map.of());
    }

    public record Count(int done, int total) {
        public int percent() {
            return total == 0 ? 0 : Math.round(100f * done / total);
        }

        public boolean complete() {
            return total > 0 && done == total;
        }
    }

    /** Whether {@code item} counts toward its module's progress at all. */
    public static boolean counts(Item item) {
        return item.completionId().isPresent();
    }

    /** Whether the learner has done {@code item}; never for an item that does not count. */
    public boolean isDone(Item item) {
        if (item instanceof Lesson lesson) {
            return done.containsKey(lesson.key());
        }
        return item.completionId().filter(id -> completed.getOrDefault(item.kind(), Set.of()).contains(id))
                .isPresent();
    }

    /** A module's counted items, and how many of them are done. */
    public Count of(Module module) {
        int total = 0;
        int count = 0;
        for (Item item : module.items()) {
            if (counts(item)) {
                total++;
                count += isDone(item) ? 1 : 0;
            }
        }
        return new Count(count, total);
    }

    /** Every module's counts added up. */
    public Count overall() {
        int total = 0;
        int count = 0;
        for (Module module : catalog.modules()) {
            Count c = of(module);
            total += c.total();
            count += c.done();
        }
        return new Count(count, total);
    }

    public boolean started() {
        return overall().done() > 0;
    }

    /** {@link #next(List)} through the modules in the catalog's order. */
    public Optional<Item> next() {
        return next(catalog.modules());
    }

    /**
     * Where to continue, through {@code modules} in that order (a learner's path first): the first
     * counted item not yet done after the lesson most recently marked done, wrapping to the start;
     * from the start when no lesson is done yet; empty when everything counted is done.
     */
    public Optional<Item> next(List<Module> modules) {
        List<Item> items = new ArrayList<>();
        for (Module module : modules) {
            module.items().stream().filter(Progress::counts).forEach(items::add);
        }
        int latest = -1;
        long latestAt = Long.MIN_VALUE;
        for (int i = 0; i < items.size(); i++) {
            Long at = items.get(i) instanceof Lesson l ? done.get(l.key()) : null;
            if (at != null && at >= latestAt) {
                latest = i;
                latestAt = at;
            }
        }
        for (int step = 1; step <= items.size(); step++) {
            Item candidate = items.get((latest + step) % items.size());
            if (!isDone(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
