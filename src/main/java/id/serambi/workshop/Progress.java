package id.serambi.workshop;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The trainer's roster: who is in the room, whose phone is still there, and how far each seat has
 * got in every quiz of the workshop; with the counts a trainer glances at before moving on.
 *
 * @param sentOpen how many seats sent the quiz open now; empty when no quiz is open
 */
public record Progress(int joined, int connected, Optional<Integer> sentOpen, List<Row> rows) {
    /** A phone heard from within this long is in the room; the live page checks in every ~10 s. */
    public static final Duration CONNECTED = Duration.ofSeconds(30);

    public enum Step { NOT_STARTED, ANSWERING, SENT }

    /** One seat; {@code steps} follows the workshop's quizzes in order. */
    public record Row(Roster.Entry entry, boolean connected, List<Step> steps) {
        public Row {
            steps = List.copyOf(steps);
        }
    }

    public Progress {
        rows = List.copyOf(rows);
    }

    /**
     * @param quizzes  the workshop's quizzes in agenda order
     * @param progress from {@link RoomStore#progress}: learner id, then quiz id
     */
    public static Progress of(Roster roster, List<String> quizzes, Map<String, Map<String, RoomStore.Status>> progress,
                              Optional<Item> open, Instant now) {
        Instant since = now.minus(CONNECTED);
        List<Row> rows = roster.entries().stream().map(e -> {
            Map<String, RoomStore.Status> mine = progress.getOrDefault(e.participant().learnerId(), Map.of());
            List<Step> steps = quizzes.stream().map(q -> step(mine.get(q))).toList();
            return new Row(e, !e.participant().lastSeen().isBefore(since), steps);
        }).toList();
        int connected = (int) rows.stream().filter(Row::connected).count();
        Optional<Integer> sentOpen = open.filter(i -> i.kind() == Item.Kind.QUIZ)
                .map(i -> (int) rows.stream().filter(r -> progress.getOrDefault(r.entry().participant().learnerId(),
                        Map.of()).get(i.id()) == RoomStore.Status.SENT).count());
        return new Progress(rows.size(), connected, sentOpen, rows);
    }

    private static Step step(RoomStore.Status status) {
        if (status == null) {
            return Step.NOT_STARTED;
        }
        return status == RoomStore.Status.SENT ? Step.SENT : Step.ANSWERING;
    }
}
