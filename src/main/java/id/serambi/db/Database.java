package id.serambi.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.io.Closeable;

/**
 * The database: a small connection pool, migrated on open, and the one {@link Jdbi} over it. On
 * SQLite the stores' writes go to one writer with its own connection, which commits them in groups
 * ({@link GroupCommit}, reached through {@link Writes}); reads use the pool.
 */
public final class Database implements Closeable {
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final GroupCommit group;

    private Database(HikariDataSource dataSource, SQLiteDataSource writer) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
        if (writer != null) {
            Jdbi writes = Jdbi.create(writer).installPlugin(new SqlObjectPlugin());
            this.group = new GroupCommit(writes::open, "serambi-writer");
            jdbi.getConfig(Writes.class).use(group);
            writes.getConfig(Writes.class).use(group);
        } else {
            this.group = null;
        }
    }

    /** Opens the database at {@code jdbcUrl} (SQLite or PostgreSQL) and applies pending migrations. */
    public static Database open(String jdbcUrl) {
        HikariConfig hikari = new HikariConfig();
        SQLiteDataSource writer = null;
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
            writer = ds;
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
        return new Database(dataSource, writer);
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

    /** The SQLite writer's counts (commits and the writes they held); empty on other databases. */
    public java.util.Optional<GroupCommit.Stats> writerStats() {
        return java.util.Optional.ofNullable(group).map(GroupCommit::stats);
    }

    java.util.Optional<GroupCommit> group() {
        return java.util.Optional.ofNullable(group);
    }

    @Override
    public void close() {
        if (group != null) {
            group.close();
            GroupCommit.Stats stats = group.stats();
            LoggerFactory.getLogger(Database.class).info("SQLite writer: {} writes in {} commits", stats.writes(),
                    stats.commits());
        }
        dataSource.close();
    }
}
