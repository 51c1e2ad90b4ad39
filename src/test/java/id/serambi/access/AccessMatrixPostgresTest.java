package id.serambi.access;

import id.serambi.support.TestApp;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The same matrix on PostgreSQL, as a district runs Serambi for many offices: every route's reads
 * and writes, the scope of each role and "a refusal changes nothing" on a real PostgreSQL server.
 */
class AccessMatrixPostgresTest extends AccessMatrixTest {
    private EmbeddedPostgres postgres;

    @Override
    TestApp startApp() {
        try {
            postgres = EmbeddedPostgres.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return TestApp.onDatabase(postgres.getJdbcUrl("postgres", "postgres"));
    }

    @Override
    void stopApp(TestApp started) {
        try {
            started.close();
        } finally {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
