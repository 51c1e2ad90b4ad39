package id.serambi.course;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The checklists of the course, by id: immutable, shared between requests. */
public final class Checklists {
    private final Map<String, Checklist> byId = new LinkedHashMap<>();

    public Checklists(List<Checklist> checklists) {
        checklists.forEach(c -> byId.put(c.id(), c));
    }

    public Optional<Checklist> checklist(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Checklist> all() {
        return List.copyOf(byId.values());
    }

    /** The checklists complete in {@code ticked} (checklist id to the steps ticked in it). */
    public Set<String> completed(Map<String, Set<String>> ticked) {
        Set<String> out = new TreeSet<>();
        ticked.forEach((id, steps) -> checklist(id).filter(c -> c.complete(steps)).ifPresent(c -> out.add(id)));
        return out;
    }
}
