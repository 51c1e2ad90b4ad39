package id.serambi.workshop.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A workshop as its trainer set it up: where and when, what the room goes through, and whether
 * participants can join. The code is given when it is first opened and kept after it closes, so a
 * late participant typing it learns that it is closed rather than that it does not exist.
 */
public record Workshop(String id, Optional<JoinCode> code, String title, String kelurahan, String place,
                       LocalDate date, String owner, List<String> modules, Quizzes quizzes, List<String> tasks,
                       State state, Optional<String> openItem, int capacity) {
    public static final int MAX_CAPACITY = 1000;
    /** How long after closing a workshop its trainer may open it again, should it have been closed by mistake. */
    public static final Duration REOPEN_WITHIN = Duration.ofDays(1);

    public enum State { DRAFT, OPEN, CLOSED }

    /** The quizzes and questionnaires of a workshop by their role in it; each is a quiz id. */
    public record Quizzes(Optional<String> preTest, List<String> moduleQuizzes, Optional<String> postTest,
                          Optional<String> evaluation, Optional<String> skm) {
        public Quizzes {
            moduleQuizzes = List.copyOf(moduleQuizzes);
        }

        public static Quizzes none() {
            return new Quizzes(Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());
        }

        /** Every quiz of the workshop in the order the room takes them. */
        public List<String> all() {
            java.util.List<String> all = new java.util.ArrayList<>();
            preTest.ifPresent(all::add);
            all.addAll(moduleQuizzes);
            postTest.ifPresent(all::add);
            evaluation.ifPresent(all::add);
            skm.ifPresent(all::add);
            return all;
        }
    }

    public Workshop {
        modules = List.copyOf(modules);
        tasks = List.copyOf(tasks);
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("capacity out of range: " + capacity);
        }
    }

    public boolean isOpen() {
        return state == State.OPEN;
    }

    /** Whether a workshop closed at {@code closedAt} may be opened again at {@code now}. */
    public static boolean reopenable(Instant closedAt, Instant now) {
        return !now.isAfter(closedAt.plus(REOPEN_WITHIN));
    }
}
