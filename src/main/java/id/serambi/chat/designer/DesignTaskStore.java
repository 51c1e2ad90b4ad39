package id.serambi.chat.designer;

import id.serambi.db.Writes;
import org.jdbi.v3.core.Jdbi;

import java.util.HashSet;
import java.util.Set;

/** The design tasks each learner has passed, and with which design: SQL only. */
public final class DesignTaskStore {
    private final Jdbi jdbi;

    public DesignTaskStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Set<String> passed(String learnerId) {
        return jdbi.withHandle(h -> h.createQuery("select task from design_task_pass where learner_id = :id")
                .bind("id", learnerId).mapTo(String.class).collect(java.util.stream.Collectors.toCollection(HashSet::new)));
    }

    /** Records the pass; a task passed before keeps its first pass. */
    public void pass(String learnerId, String task, String menuId, int version, long now) {
        Writes.useTransaction(jdbi, h -> {
            h.createUpdate("insert into learner (id, created_at) values (:id, :now) on conflict (id) do nothing")
                    .bind("id", learnerId).bind("now", now).execute();
            h.createUpdate("""
                    insert into design_task_pass (learner_id, task, menu_id, version, passed_at)
                    values (:id, :task, :menu, :version, :now) on conflict (learner_id, task) do nothing""")
                    .bind("id", learnerId).bind("task", task).bind("menu", menuId).bind("version", version)
                    .bind("now", now).execute();
        });
    }
}
