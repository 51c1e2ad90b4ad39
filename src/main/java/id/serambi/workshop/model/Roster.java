package id.serambi.workshop.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The participants of a workshop in the order they joined, each with the name the room sees. Two
 * people may well be called Siti: the first keeps her name, the second is "Siti (2)", and so on, so
 * the trainer can tell them apart. Names are compared ignoring case and surrounding spaces.
 */
public record Roster(List<Entry> entries) {
    public record Entry(Participant participant, String shownName) {
    }

    public Roster {
        entries = List.copyOf(entries);
    }

    /** {@code joined} must be in joining order, so a name's number never changes once shown. */
    public static Roster of(List<Participant> joined) {
        Map<String, Integer> seen = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (Participant p : joined) {
            int n = seen.merge(p.name().strip().toLowerCase(Locale.ROOT), 1, Integer::sum);
            entries.add(new Entry(p, n == 1 ? p.name() : p.name() + " (" + n + ")"));
        }
        return new Roster(entries);
    }

    public String shownName(String participantId) {
        return entries.stream().filter(e -> e.participant().id().equals(participantId))
                .map(Entry::shownName).findFirst().orElseThrow();
    }

    public int size() {
        return entries.size();
    }
}
