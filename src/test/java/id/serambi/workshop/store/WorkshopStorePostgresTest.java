package id.serambi.workshop.store;

import id.serambi.db.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.io.IOException;

/** The workshop store and its migration run unchanged on PostgreSQL; the tests share one server. */
class WorkshopStorePostgresTest extends WorkshopStoreContract {
    private static EmbeddedPostgres postgres;
    private static Database database;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.start();
        database = Database.open(postgres.getJdbcUrl("postgres", "postgres"));
    }

    @AfterAll
    static void stop() throws IOException {
        database.close();
        postgres.close();
    }

    @Override
    Database database() {
        return database;
    }
}
