package id.serambi.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Flow;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The events of one live stream, with the time each arrived. */
final class EventLog implements Flow.Subscriber<String> {
    private static final Pattern SENT = Pattern.compile("\"sent\"\\s*:\\s*(\\d+)");
    private final BenchErrors errors;
    private final List<long[]> counts = Collections.synchronizedList(new ArrayList<>());
    final List<Map.Entry<Long, String>> events = Collections.synchronizedList(new ArrayList<>());

    EventLog(BenchErrors errors) {
        this.errors = errors;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(String line) {
        if (line.startsWith("data:")) {
            long now = System.nanoTime();
            events.add(Map.entry(now, line));
            Matcher m = SENT.matcher(line);
            if (m.find()) {
                counts.add(new long[]{now, Long.parseLong(m.group(1))});
            }
        }
    }

    @Override
    public void onError(Throwable throwable) {
        errors.fail("live stream: " + throwable);
    }

    @Override
    public void onComplete() {
    }

    /** When an event first mentioned {@code text}; -1 if none has. */
    long firstWith(String text) {
        synchronized (events) {
            return events.stream().filter(e -> e.getValue().contains(text)).mapToLong(Map.Entry::getKey)
                    .findFirst().orElse(-1);
        }
    }

    /** When an event first counted at least {@code n} answers sent; -1 if none has. */
    long firstCount(int n) {
        synchronized (counts) {
            return counts.stream().filter(c -> c[1] >= n).mapToLong(c -> c[0]).findFirst().orElse(-1);
        }
    }
}

