package id.serambi.db;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;

import java.io.Closeable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The one writer of a SQLite database. Request threads hand it their writes; it runs whatever is
 * waiting as one transaction, each write inside its own savepoint (a write that fails is rolled
 * back alone and fails alone), commits once, and only then answers each caller. With
 * {@code synchronous=FULL} the commit is one fsync of the write-ahead log for the whole group, so
 * a write that returned is on disk, and many writers share the disk's fsync rate instead of
 * queueing for it one by one.
 *
 * <p>A write that runs on the writer's thread (a write made from inside another write) runs at
 * once, inside the write that made it.
 */
public final class GroupCommit implements Closeable {
    /** The most writes one transaction takes; the rest wait for the next. */
    static final int MAX_GROUP = 512;

    private final Supplier<Handle> connect;
    private final BlockingQueue<Job<?>> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private final AtomicLong commits = new AtomicLong();
    private final AtomicLong writes = new AtomicLong();
    private volatile boolean closing;
    private Handle handle;

    /** {@code connect} opens the writer's own connection (autocommit on); it is called again after a failure. */
    public GroupCommit(Supplier<Handle> connect, String name) {
        this.connect = connect;
        this.thread = new Thread(this::loop, name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Counts since start: transactions committed and writes they held. */
    public record Stats(long commits, long writes) {
    }

    public Stats stats() {
        return new Stats(commits.get(), writes.get());
    }

    /** Writes waiting for the next transaction. */
    int waiting() {
        return queue.size();
    }

    /**
     * Runs {@code work} in the next group and returns its result once the group is committed; a
     * failure of {@code work} (or of the commit) is thrown here, and nothing of {@code work} is kept.
     */
    public <T, X extends Exception> T write(HandleCallback<T, X> work) throws X {
        if (Thread.currentThread() == thread) {
            return work.withHandle(handle);
        }
        Job<T> job = new Job<>(work);
        synchronized (queue) {
            if (closing) {
                throw new IllegalStateException("the database is closed");
            }
            queue.add(job);
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return job.done.get();
                } catch (InterruptedException e) {
                    // the write may be committing now; the caller must learn how it ended
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw rethrow(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <X extends Exception> X rethrow(Throwable cause) throws X {
        if (cause instanceof RuntimeException r) {
            throw r;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        throw (X) cause;
    }

    private void loop() {
        List<Job<?>> group = new ArrayList<>();
        while (!closing || !queue.isEmpty()) {
            try {
                Job<?> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                queue.drainTo(group, MAX_GROUP - 1);
                run(group);
            } catch (InterruptedException e) {
                closing = true;
            } finally {
                group.clear();
            }
        }
        closeHandle();
    }

    private void run(List<Job<?>> group) {
        try {
            if (handle == null) {
                handle = connect.get();
            }
            handle.execute("begin immediate");
        } catch (RuntimeException e) {
            closeHandle();
            group.forEach(job -> job.done.completeExceptionally(e));
            return;
        }
        List<Object> results = new ArrayList<>(group.size());
        List<Throwable> failures = new ArrayList<>(group.size());
        try {
            for (Job<?> job : group) {
                handle.execute("savepoint w");
                Object result = null;
                Throwable failure = null;
                try {
                    result = job.work.withHandle(handle);
                } catch (Throwable t) {
                    failure = t;
                }
                if (failure != null) {
                    handle.execute("rollback to w");
                }
                handle.execute("release w");
                results.add(result);
                failures.add(failure);
            }
            handle.execute("commit");
        } catch (RuntimeException e) {
            // the transaction itself failed (the disk, the connection): nothing of the group is kept
            try {
                handle.execute("rollback");
            } catch (RuntimeException ignored) {
                closeHandle();
            }
            group.forEach(job -> job.done.completeExceptionally(e));
            return;
        }
        commits.incrementAndGet();
        writes.addAndGet(group.size());
        for (int i = 0; i < group.size(); i++) {
            group.get(i).finish(results.get(i), failures.get(i));
        }
    }

    private void closeHandle() {
        if (handle != null) {
            try {
                handle.close();
            } catch (RuntimeException ignored) {
                // the connection is gone already
            }
            handle = null;
        }
    }

    /** Commits what is waiting, then stops the writer; later writes are refused. */
    @Override
    public void close() {
        synchronized (queue) {
            closing = true;
        }
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Job<T> {
        final HandleCallback<T, ?> work;
        final CompletableFuture<T> done = new CompletableFuture<>();

        Job(HandleCallback<T, ?> work) {
            this.work = work;
        }

        @SuppressWarnings("unchecked")
        void finish(Object result, Throwable failure) {
            if (failure != null) {
                done.completeExceptionally(failure);
            } else {
                done.complete((T) result);
            }
        }
    }
}
