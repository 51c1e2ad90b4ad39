package id.serambi.chat.designer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The design tasks of the course, by id: immutable, shared between requests. */
public final class DesignTaskCatalog {
    private final Map<String, DesignTask> byId = new LinkedHashMap<>();

    public DesignTaskCatalog(List<DesignTask> tasks) {
        tasks.forEach(t -> byId.put(t.id(), t));
    }

    public Optional<DesignTask> task(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<DesignTask> all() {
        return List.copyOf(byId.values());
    }
}
