package id.serambi.account;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

import java.util.concurrent.Semaphore;

/**
 * Argon2id password hashes. The cost (32 MiB, 4 passes) makes one hash take roughly 100-200 ms on
 * a small two-core server, slow for someone guessing from a stolen database. Each hash holds 32 MiB,
 * so only as many run at once as there are processors: a burst of logins waits instead of
 * exhausting memory.
 */
public final class PasswordHasher {
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int PARALLELISM = 1;
    private static final int MEMORY_KIB = 32 * 1024;
    private static final int ITERATIONS = 4;

    private final Argon2PasswordEncoder encoder;
    private final Semaphore slots;

    public PasswordHasher() {
        this(MEMORY_KIB, ITERATIONS);
    }

    /** A cheaper hasher for tests that hash many times; the stored hash names its own cost. */
    PasswordHasher(int memoryKib, int iterations) {
        this.encoder = new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, memoryKib, iterations);
        this.slots = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);
    }

    public String hash(String password) {
        return bounded(() -> encoder.encode(password));
    }

    /** True when {@code password} is the one hashed; false for a malformed hash too. */
    public boolean matches(String password, String hash) {
        return bounded(() -> encoder.matches(password, hash));
    }

    private <T> T bounded(java.util.function.Supplier<T> work) {
        slots.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }
}
