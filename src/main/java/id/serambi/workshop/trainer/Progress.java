package id.serambi.workshop.trainer;

import id.serambi.workshop.live.RoomPulse;
import id.serambi.workshop.model.Item;
import id.serambi.workshop.model.Participant;
import id.serambi.workshop.model.Roster;
import id.serambi.workshop.store.RoomStore;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The trainer's roster: who is in the room, whose phone is still there, and how far each seat has
 * got in every step of the workshop (quizzes answered or sent, lessons of a module read, practice
 * tasks reached); with the counts a trainer glances at before moving on.
 *
 * @param doneOpen the step open now, with how many seats are done with it (sent the quiz, read
 *                 every lesson of the module, reached the task); empty when nothing of the
 *                 agenda is open
 */
public record Progress(int joined, int connected, Optional<DoneOpen> doneOpen, List<Row> rows) {
    public enum Stage { NOT_STARTED, UNDER_WAY, DONE }

    /**
     * A seat's progress in one item of the agenda. A quiz is under way while answered and done once
     * sent; a module counts its lessons read ({@code done} of {@code total}); a task is done once
     * reached in the simulator.
     */
    public record Step(Item.Kind kind, Stage stage, int done, int total) {
        static Step quiz(RoomStore.Status status) {
            Stage stage = status == null ? Stage.NOT_STARTED
                    : status == RoomStore.Status.SENT ? Stage.DONE : Stage.UNDER_WAY;
            return new Step(Item.Kind.QUIZ, stage, 0, 0);
        }

        static Step module(List<String> lessons, Set<String> read) {
            int done = (int) lessons.stream().filter(read::contains).count();
            Stage stage = done == 0 ? Stage.NOT_STARTED : done == lessons.size() ? Stage.DONE : Stage.UNDER_WAY;
            return new Step(Item.Kind.MODULE, stage, done, lessons.size());
        }

        static Step task(boolean reached) {
            return new Step(Item.Kind.TASK, reached ? Stage.DONE : Stage.NOT_STARTED, 0, 0);
        }
    }

    /** One seat; {@code steps} follows the workshop's agenda in order. */
    public record Row(Roster.Entry entry, boolean connected, List<Step> steps) {
        public Row {
            steps = List.copyOf(steps);
        }
    }

    /**
     * What the seats have done, as the stores read it.
     *
     * @param quizzes  from {@link RoomStore#progress}: learner id of the seat, then quiz id
     * @param practice from {@link RoomStore#practice}
     */
    public record Done(Map<String, Map<String, RoomStore.Status>> quizzes, RoomStore.Practice practice) {
    }

    /** How many seats are done with the open step, and what kind of step it is. */
    public record DoneOpen(Item.Kind kind, int seats) {
        /** For the message keys: kuis, modul or latihan. */
        public String kindCode() {
            return kind.prefix();
        }
    }

    public Progress {
        rows = List.copyOf(rows);
    }

    /**
     * @param items     the workshop's agenda in order
     * @param lessonsOf the keys of a module's lessons, empty for a module no longer in the course
     */
    public static Progress of(Roster roster, List<Item> items, Function<String, List<String>> lessonsOf, Done done,
                              Optional<Item> open, Instant now) {
        Instant since = now.minus(RoomPulse.CONNECTED);
        Map<String, List<String>> lessons = new HashMap<>();
        items.stream().filter(i -> i.kind() == Item.Kind.MODULE).forEach(i -> lessons.put(i.id(), lessonsOf.apply(i.id())));
        List<Row> rows = roster.entries().stream().map(e -> {
            Participant p = e.participant();
            Map<String, RoomStore.Status> answered = done.quizzes().getOrDefault(p.learnerId(), Map.of());
            List<Step> steps = items.stream().map(i -> switch (i.kind()) {
                case QUIZ -> Step.quiz(answered.get(i.id()));
                case MODULE -> Step.module(lessons.get(i.id()), done.practice().lessons(p.id()));
                case TASK -> Step.task(done.practice().tasks(p.id()).contains(i.id()));
            }).toList();
            return new Row(e, !p.lastSeen().isBefore(since), steps);
        }).toList();
        int connected = (int) rows.stream().filter(Row::connected).count();
        int at = open.map(items::indexOf).orElse(-1);
        Optional<DoneOpen> doneOpen = at < 0 ? Optional.empty() : Optional.of(new DoneOpen(items.get(at).kind(),
                (int) rows.stream().filter(r -> r.steps().get(at).stage() == Stage.DONE).count()));
        return new Progress(rows.size(), connected, doneOpen, rows);
    }
}
