package id.serambi.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.io.Closeable;

/** The database: a small connection pool, migrated on open, and the one {@link Jdbi} over it. */
public final class Database implements Closeable {
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
    }

    /** Opens the database at {@code jdbcUrl} (SQLite or PostgreSQL) and applies pending migrations. */
    public static Database open(String jdbcUrl) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("serambi");
        hikari.setConnectionTimeout(5_000);
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            SQLiteConfig sqlite = new SQLiteConfig();
            sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // FULL: a write the server acknowledged survives a power cut, not only a crash of the process
            sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            sqlite.setBusyTimeout(5_000);
            // a transaction that reads before it writes takes the write lock at once, so two of
            // them wait for each other (busy timeout) instead of one failing with SQLITE_BUSY
            sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            sqlite.enforceForeignKeys(true);
            SQLiteDataSource ds = new SQLiteDataSource(sqlite);
            ds.setUrl(jdbcUrl);
            hikari.setDataSource(ds);
            hikari.setMaximumPoolSize(4);
        } else {
            hikari.setJdbcUrl(jdbcUrl);
            hikari.setMaximumPoolSize(10);
        }
        HikariDataSource dataSource = new HikariDataSource(hikari);
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Database(dataSource);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** True when a trivial query answers. */
    public boolean isReachable() {
        try {
            return jdbi.withHandle(h -> h.createQuery("select 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
