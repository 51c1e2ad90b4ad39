package id.serambi.quiz.result;

import id.serambi.db.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

/** The dashboards' read model runs unchanged on PostgreSQL. */
class SubmissionsPostgresTest {
    @Test
    void submissions_are_read_marked_filtered_and_moderated_on_postgresql() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start();
             Database db = Database.open(postgres.getJdbcUrl("postgres", "postgres"))) {
            SubmissionsTest.submissionsAreReadMarkedAndModerated(db);
        }
    }
}
