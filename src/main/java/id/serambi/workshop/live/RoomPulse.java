package id.serambi.workshop.live;

import id.serambi.workshop.model.Item;
import id.serambi.workshop.model.ItemTitles;
import id.serambi.workshop.store.RoomReads;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reads a workshop's {@link RoomSnapshot}: one query, two when a step is open, and a quiz's title from the quiz catalog. */
public final class RoomPulse {
    /** A phone that listens is noted every ten seconds; three missed notes is a phone gone. */
    public static final Duration CONNECTED = Duration.ofSeconds(30);

    private final RoomReads reads;
    private final ItemTitles titles;
    private final Function<String, List<String>> lessonsOf;
    private final Clock clock;

    /** @param lessonsOf the keys of a module's lessons, empty for a module no longer in the course */
    RoomPulse(RoomReads reads, ItemTitles titles, Function<String, List<String>> lessonsOf, Clock clock) {
        this.reads = reads;
        this.titles = titles;
        this.lessonsOf = lessonsOf;
        this.clock = clock;
    }

    /** The room now; empty for a workshop that does not exist. */
    public Optional<RoomSnapshot> read(String workshopId) {
        Instant now = Instant.now(clock);
        return reads.room(workshopId, now.minus(CONNECTED)).map(room -> {
            Optional<Item> item = room.openItem().flatMap(Item::parse);
            RoomReads.Answers answers = item.map(i -> done(workshopId, i)).orElse(new RoomReads.Answers(0, 0));
            return new RoomSnapshot(workshopId, room.state(),
                    item.map(i -> new RoomSnapshot.OpenItem(i, titles.title(i))), room.joined(), room.connected(),
                    answers.sent(), answers.answering());
        });
    }

    /** Seats done with the open step and seats under way with it. */
    private RoomReads.Answers done(String workshopId, Item item) {
        return switch (item.kind()) {
            case QUIZ -> reads.answers(workshopId, item.id());
            case MODULE -> reads.reading(workshopId, lessonsOf.apply(item.id()));
            case TASK -> {
                int slash = item.id().indexOf('/');
                yield new RoomReads.Answers(reads.reached(workshopId, item.id().substring(0, slash),
                        item.id().substring(slash + 1)), 0);
            }
        };
    }
}
