package id.serambi.db;

import id.serambi.course.ProgressStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The migrations and stores run unchanged on PostgreSQL, the database of district-wide
 * deployments: a real PostgreSQL server started for this test.
 */
class PostgresTest {
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

    @Test
    void every_migration_applies_on_postgresql() {
        List<String> failed = database.jdbi().withHandle(h -> h.createQuery(
                "select version from flyway_schema_history where not success").mapTo(String.class).list());
        assertEquals(List.of(), failed);
        int applied = database.jdbi().withHandle(h -> h.createQuery(
                "select count(*) from flyway_schema_history where success").mapTo(Integer.class).one());
        assertTrue(applied >= 1);
        assertTrue(database.isReachable());
    }

    @Test
    void progress_is_stored_and_read_back_on_postgresql() {
        ProgressStore store = new ProgressStore(database.jdbi());
        store.markDone("pg-learner-000000000000", "media-sosial/01-apa-itu-media-sosial", 1_000L);
        store.markDone("pg-learner-000000000000", "media-sosial/01-apa-itu-media-sosial", 2_000L);
        store.markDone("pg-learner-000000000000", "media-sosial/02-mengapa", 3_000L);
        store.markNotDone("pg-learner-000000000000", "media-sosial/02-mengapa");
        assertEquals(Map.of("media-sosial/01-apa-itu-media-sosial", 2_000L), store.done("pg-learner-000000000000"));
    }
}
