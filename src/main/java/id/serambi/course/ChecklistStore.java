package id.serambi.course;

import id.serambi.db.Writes;
import org.jdbi.v3.core.Jdbi;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The checklist steps each learner has ticked, keyed by the learner id from their cookie. */
public final class ChecklistStore {
    private final Jdbi jdbi;

    public ChecklistStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Checklist id to the steps the learner has ticked in it. */
    public Map<String, Set<String>> ticked(String learnerId) {
        return jdbi.withHandle(h -> h.createQuery("select checklist, step from checklist_tick where learner_id = :id")
                .bind("id", learnerId)
                .reduceRows(new HashMap<String, Set<String>>(), (map, row) -> {
                    map.computeIfAbsent(row.getColumn("checklist", String.class), k -> new TreeSet<>())
                            .add(row.getColumn("step", String.class));
                    return map;
                }));
    }

    public void tick(String learnerId, String checklist, String step, long now) {
        Writes.useTransaction(jdbi, h -> {
            h.createUpdate("insert into learner (id, created_at) values (:id, :now) on conflict (id) do nothing")
                    .bind("id", learnerId).bind("now", now).execute();
            h.createUpdate("""
                    insert into checklist_tick (learner_id, checklist, step, ticked_at)
                    values (:id, :checklist, :step, :now) on conflict (learner_id, checklist, step) do nothing""")
                    .bind("id", learnerId).bind("checklist", checklist).bind("step", step).bind("now", now)
                    .execute();
        });
    }

    public void untick(String learnerId, String checklist, String step) {
        Writes.useTransaction(jdbi, h -> h.createUpdate("""
                        delete from checklist_tick where learner_id = :id and checklist = :checklist and step = :step""")
                .bind("id", learnerId).bind("checklist", checklist).bind("step", step).execute());
    }
}
