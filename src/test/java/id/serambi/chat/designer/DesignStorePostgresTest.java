package id.serambi.chat.designer;

import id.serambi.db.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

/** The designer's store and migration run unchanged on PostgreSQL. */
class DesignStorePostgresTest {
    @Test
    void versions_are_kept_pruned_and_restored_on_postgresql() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start();
             Database db = Database.open(postgres.getJdbcUrl("postgres", "postgres"))) {
            DesignStoreTest.versionsAreKeptPrunedAndRestored(db);
        }
    }
}
