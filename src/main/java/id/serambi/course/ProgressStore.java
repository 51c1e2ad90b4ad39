package id.serambi.course;

import id.serambi.db.Writes;
import org.jdbi.v3.core.Jdbi;

import java.util.HashMap;
import java.util.Map;

/** Lessons each learner marked done, keyed by the learner id from their cookie. */
public final class ProgressStore {
    private final Jdbi jdbi;

    public ProgressStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Map<String, Long> done(String learnerId) {
        return jdbi.withHandle(h -> h.createQuery("select lesson, done_at from lesson_done where learner_id = :id")
                .bind("id", learnerId)
                .reduceRows(new HashMap<String, Long>(), (map, row) -> {
                    map.put(row.getColumn("lesson", String.class), row.getColumn("done_at", Long.class));
                    return map;
                }));
    }

    public void markDone(String learnerId, String lesson, long now) {
        Writes.useTransaction(jdbi, h -> {
            h.createUpdate("insert into learner (id, created_at) values (:id, :now) on conflict (id) do nothing")
                    .bind("id", learnerId).bind("now", now).execute();
            h.createUpdate("""
                    insert into lesson_done (learner_id, lesson, done_at) values (:id, :lesson, :now)
                    on conflict (learner_id, lesson) do update set done_at = excluded.done_at""")
                    .bind("id", learnerId).bind("lesson", lesson).bind("now", now).execute();
        });
    }

    public void markNotDone(String learnerId, String lesson) {
        Writes.useTransaction(jdbi, h -> h.createUpdate("delete from lesson_done where learner_id = :id and lesson = :lesson")
                .bind("id", learnerId).bind("lesson", lesson).execute());
    }
}
