package id.serambi.demo;

import id.serambi.db.Writes;
import org.jdbi.v3.core.Jdbi;

/**
 * The demo rows: learners whose id starts with {@value #PREFIX}, and everything stored under them.
 * A real learner's id is a 22-character random token, so the shorter demo ids can never be one.
 */
final class DemoStore {
    static final String PREFIX = "demo-";
    private static final String DEMO = "learner_id like '" + PREFIX + "%' and length(learner_id) < 22";
    private static final String DEMO_LEARNER = "id like '" + PREFIX + "%' and length(id) < 22";

    private final Jdbi jdbi;

    DemoStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    int learners() {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from learner where " + DEMO_LEARNER)
                .mapTo(Integer.class).one());
    }

    int attempts() {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from quiz_attempt where " + DEMO)
                .mapTo(Integer.class).one());
    }

    /** Removes the demo learners and all they stored, in one transaction; returns how many learners. */
    int delete() {
        return Writes.inTransaction(jdbi, h -> {
            h.createUpdate("delete from quiz_answer where attempt_id in (select id from quiz_attempt where " + DEMO + ")")
                    .execute();
            h.createUpdate("delete from quiz_attempt where " + DEMO).execute();
            // progress, practice and anything else a learner owns goes with the learner (on delete cascade)
            return h.createUpdate("delete from learner where " + DEMO_LEARNER).execute();
        });
    }
}
