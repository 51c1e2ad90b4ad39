package id.serambi.workshop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Reads a workshop's {@link RoomSnapshot}: two queries, three when a quiz is open. */
public final class RoomPulse {
    /** A phone that listens is noted every ten seconds; three missed notes is a phone gone. */
    public static final Duration CONNECTED = Duration.ofSeconds(30);

    private final RoomReads reads;
    private final ItemTitles titles;
    private final Clock clock;

    RoomPulse(RoomReads reads, ItemTitles titles, Clock clock) {
        this.reads = reads;
        this.titles = titles;
        this.clock = clock;
    }

    /** The room now; empty for a workshop that does not exist. */
    public Optional<RoomSnapshot> read(String workshopId) {
        Instant now = Instant.now(clock);
        return reads.room(workshopId, now.minus(CONNECTED)).map(room -> {
            Optional<Item> item = room.openItem().flatMap(Item::parse);
            RoomReads.Answers answers = item.filter(i -> i.kind() == Item.Kind.QUIZ)
                    .map(i -> reads.answers(workshopId, i.id()))
                    .orElse(new RoomReads.Answers(0, 0));
            return new RoomSnapshot(workshopId, room.state(),
                    item.map(i -> new RoomSnapshot.OpenItem(i, titles.title(i))), room.joined(), room.connected(),
                    answers.sent(), answers.answering());
        });
    }
}
