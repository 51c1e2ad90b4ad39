package id.serambi.account;

import id.serambi.db.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

/** The accounts migration and store run unchanged on PostgreSQL. */
class AccountStorePostgresTest {
    @Test
    void accounts_sessions_failures_and_audit_round_trip_on_postgresql() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start();
             Database db = Database.open(postgres.getJdbcUrl("postgres", "postgres"))) {
            AccountStoreTest.roundTrip(db);
        }
    }
}
