package id.serambi.bench;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** The failed requests of a bench run: all counted, the first five kept to print. */
final class BenchErrors {
    private final ConcurrentLinkedQueue<String> first = new ConcurrentLinkedQueue<>();
    private final AtomicInteger count = new AtomicInteger();

    /** Notes a failure; false, so a step can {@code return fail(...)}. */
    boolean fail(String why) {
        if (count.incrementAndGet() <= 5) {
            first.add(why);
        }
        return false;
    }

    int count() {
        return count.get();
    }

    List<String> first() {
        return List.copyOf(first);
    }
}
