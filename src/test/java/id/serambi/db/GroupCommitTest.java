package id.serambi.db;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SQLite writer: many request threads, one transaction per group, each write answered after its commit. */
class GroupCommitTest {
    @TempDir
    Path dir;
    private Database database;
    private Jdbi jdbi;
    private String url;

    @BeforeEach
    void open() {
        url = "jdbc:sqlite:" + dir.resolve("serambi.db");
        database = Database.open(url);
        jdbi = database.jdbi();
        jdbi.useHandle(h -> h.execute("create table note (id integer primary key, body text not null unique)"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** Whether a connection of its own (not the writer's, not the pool's) sees the row: only committed rows are seen. */
    private boolean committed(String body) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement s = c.prepareStatement("select count(*) from note where body = ?")) {
            s.setString(1, body);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        }
    }

    private void insert(String body) {
        Writes.useTransaction(jdbi, h -> h.createUpdate("insert into note (body) values (:b)").bind("b", body).execute());
    }

    @Test
    void everyWriteOfManyThreadsIsCommittedWhenItReturns() throws Exception {
        int threads = 32;
        int each = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger unseen = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < each; i++) {
                    String body = thread + "-" + i;
                    insert(body);
                    if (!committed(body)) {
                        unseen.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(0, unseen.get(), "writes that returned before another connection could see them");
        assertEquals((Integer) (threads * each), jdbi.withHandle(h -> h.createQuery("select count(*) from note")
                .mapTo(Integer.class).one()));
        GroupCommit.Stats stats = database.writerStats().orElseThrow();
        assertEquals(threads * each, stats.writes());
        assertTrue(stats.commits() <= stats.writes());
    }

    @Test
    void writesWaitingTogetherShareOneCommit() throws Exception {
        GroupCommit.Stats before = database.writerStats().orElseThrow();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(9);
        // the first write holds the writer until eight more are waiting behind it
        Future<?> first = pool.submit(() -> {
            Writes.useTransaction(jdbi, h -> {
                h.createUpdate("insert into note (body) values ('first')").execute();
                holding.countDown();
                release.await();
            });
            return null;
        });
        assertTrue(holding.await(10, TimeUnit.SECONDS));
        List<Future<?>> rest = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String body = "waiting-" + i;
            rest.add(pool.submit(() -> insert(body)));
        }
        GroupCommit group = groupOf(database);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (group.waiting() < 8 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(8, group.waiting());
        assertFalse(committed("first"), "the held write is not committed yet");
        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        for (Future<?> f : rest) {
            f.get(10, TimeUnit.SECONDS);
        }
        pool.shutdown();
        GroupCommit.Stats after = database.writerStats().orElseThrow();
        assertEquals(9, after.writes() - before.writes());
        assertEquals(2, after.commits() - before.commits(), "the eight waiting writes went in one transaction");
        for (int i = 0; i < 8; i++) {
            assertTrue(committed("waiting-" + i));
        }
    }

    @Test
    void aFailingWriteFailsAloneAndLeavesNothing() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Future<?> first = pool.submit(() -> {
            Writes.useTransaction(jdbi, h -> {
                holding.countDown();
                release.await();
            });
            return null;
        });
        assertTrue(holding.await(10, TimeUnit.SECONDS));
        Future<?> before = pool.submit(() -> insert("kept-1"));
        // a write that inserts a row, then breaks a constraint: its first row must go too
        Future<?> failing = pool.submit(() -> Writes.useTransaction(jdbi, h -> {
            h.createUpdate("insert into note (body) values ('half-written')").execute();
            h.createUpdate("insert into note (body) values (null)").execute();
        }));
        Future<?> after = pool.submit(() -> insert("kept-2"));
        GroupCommit group = groupOf(database);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (group.waiting() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        before.get(10, TimeUnit.SECONDS);
        after.get(10, TimeUnit.SECONDS);
        Exception failure = assertThrows(Exception.class, () -> failing.get(10, TimeUnit.SECONDS));
        assertTrue(failure.getCause().getMessage().contains("NOT NULL"), failure.getCause().getMessage());
        pool.shutdown();
        assertTrue(committed("kept-1"));
        assertTrue(committed("kept-2"));
        assertFalse(committed("half-written"));
    }

    @Test
    void aWriteMadeInsideAWriteJoinsIt() {
        int rows = Writes.inTransaction(jdbi, h -> {
            h.createUpdate("insert into note (body) values ('outer')").execute();
            insert("inner");
            return h.createQuery("select count(*) from note").mapTo(Integer.class).one();
        });
        assertEquals(2, rows);
    }

    @Test
    void aClosedDatabaseCommitsWhatWaitsAndRefusesNewWrites() throws Exception {
        insert("before-close");
        database.close();
        assertTrue(committed("before-close"));
        assertThrows(IllegalStateException.class, () -> insert("after-close"));
        database = Database.open(url);
        jdbi = database.jdbi();
    }

    private static GroupCommit groupOf(Database database) {
        return database.group().orElseThrow();
    }
}
