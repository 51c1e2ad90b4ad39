package id.serambi.db;

import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.config.JdbiConfig;

/**
 * Where the stores send their writes. On SQLite, the database's {@link GroupCommit}: a write joins
 * the next group and returns once that group is on disk. Elsewhere (PostgreSQL groups concurrent
 * commits itself), or on a {@link Jdbi} made without it, a transaction of its own.
 */
public final class Writes implements JdbiConfig<Writes> {
    private GroupCommit group;

    public Writes() {
    }

    private Writes(Writes other) {
        this.group = other.group;
    }

    void use(GroupCommit group) {
        this.group = group;
    }

    @Override
    public Writes createCopy() {
        return new Writes(this);
    }

    /** Runs {@code work} as one durable write and returns its result once it is committed. */
    public static <T, X extends Exception> T inTransaction(Jdbi jdbi, HandleCallback<T, X> work) throws X {
        GroupCommit group = jdbi.getConfig(Writes.class).group;
        return group == null ? jdbi.inTransaction(work) : group.write(work);
    }

    /** As {@link #inTransaction(Jdbi, HandleCallback)}, for work with no result. */
    public static <X extends Exception> void useTransaction(Jdbi jdbi, HandleConsumer<X> work) throws X {
        inTransaction(jdbi, h -> {
            work.useHandle(h);
            return null;
        });
    }
}
