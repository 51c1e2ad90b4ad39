package id.serambi.instagram.model;

import java.util.List;
import java.util.Optional;

/** The bundled practice tasks, in file-name order. */
public record TaskCatalog(List<Task> tasks) {
    public TaskCatalog {
        tasks = List.copyOf(tasks);
    }

    public Optional<Task> task(String id) {
        return tasks.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
