package id.serambi.bench;

import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
/**
 * A workshop room over HTTP against a running server: a trainer opens a workshop, N participants
 * join it by its code from their own "phones" (own cookies) and keep its live stream open, the
 * trainer opens the pre-test for the room, and every participant answers one question and sends.
 * The projector's live stream is watched throughout. Reports join and answer success and latency
 * percentiles, how fast the phones followed the trainer, and how far the projector's count lagged
 * behind the answers; then checks the database holds every acknowledged join and answer. Run by
 * {@code bench/room.sh}.
 */
public final class RoomBench {
    private static final String QUIZ = RoomPhone.QUIZ;

    private final String base;
    private final HttpClient http;
    private final BenchErrors errors = new BenchErrors();

    private RoomBench(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(20))
                .executor(Executors.newFixedThreadPool(4)).build();
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("url");
        int participants = Integer.getInteger("participants", 1000);
        int concurrency = Integer.getInteger("concurrency", 64);
        RoomBench bench = new RoomBench(base);
        System.out.printf("%d participants, %d requests in flight at most, quiz %s%n", participants, concurrency, QUIZ);

        RoomPhone trainer = bench.phone(0);
        trainer.logIn(System.getProperty("user"), System.getProperty("password"));
        String workshop = trainer.createWorkshop(participants);
        String code = trainer.openWorkshop(workshop);
        EventLog projector = new EventLog(bench.errors);
        trainer.listen("/pelatihan/" + workshop + "/langsung", projector);

        List<RoomPhone> phones = new ArrayList<>();
        for (int i = 0; i < participants; i++) {
            phones.add(bench.phone(i + 1));
        }
        Phase baseline = bench.phase("baseline GET /health", phones, concurrency, p -> p.health());
        Phase joins = bench.phase("join", phones, concurrency, p -> p.join(code));
        List<RoomPhone> seated = phones.stream().filter(p -> p.seated).toList();
        List<EventLog> follow = new ArrayList<>();
        for (RoomPhone p : seated) {
            EventLog s = new EventLog(bench.errors);
            p.listen("/ikut/" + code + "/langsung", s);
            follow.add(s);
        }
        Thread.sleep(3000);
        long opened = System.nanoTime();
        trainer.openItem(workshop, "kuis:" + QUIZ);
        long followDeadline = opened + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < followDeadline && follow.stream().anyMatch(s -> s.firstWith("kuis:" + QUIZ) < 0)) {
            Thread.sleep(50);
        }
        List<Double> followMs = new ArrayList<>();
        long notFollowed = 0;
        for (EventLog s : follow) {
            long at = s.firstWith("kuis:" + QUIZ);
            if (at < 0) {
                notFollowed++;
            } else {
                followMs.add((at - opened) / 1e6);
            }
        }
        Phase answers = bench.phase("answer", seated, concurrency, p -> p.answer());
        long lastAck = seated.stream().mapToLong(p -> p.sentAt).max().orElse(0);
        int acked = (int) seated.stream().filter(p -> p.sentAt > 0).count();
        long projectorDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < projectorDeadline && projector.firstCount(acked) < 0) {
            Thread.sleep(20);
        }
        long shown = projector.firstCount(acked);
        // the trainer's page with the whole roster, and the part of it its script fetches as the room changes
        List<Double> pageMs = new ArrayList<>();
        List<Double> partMs = new ArrayList<>();
        int pageBytes = 0;
        int partBytes = 0;
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            pageBytes = trainer.page("/pelatihan/" + workshop);
            pageMs.add((System.nanoTime() - t) / 1e6);
            t = System.nanoTime();
            partBytes = trainer.page("/pelatihan/" + workshop + "/ruang");
            partMs.add((System.nanoTime() - t) / 1e6);
        }

        System.out.println();
        baseline.print();
        joins.print();
        System.out.printf("phones following the opened item: %d of %d within 20 s; p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                followMs.size(), follow.size(), pct(followMs, 50), pct(followMs, 95), pct(followMs, 99), pct(followMs, 100));
        answers.print();
        System.out.printf("against the baseline in this run: join p50 %.1f x, answer p50 %.1f x the p50 of GET /health%n",
                pct(joins.latencies(), 50) / pct(baseline.latencies(), 50),
                pct(answers.latencies(), 50) / pct(baseline.latencies(), 50));
        List<Double> lags = new ArrayList<>();
        List<Long> acks = seated.stream().map(p -> p.sentAt).filter(t -> t > 0).sorted().toList();
        for (int k = 0; k < acks.size(); k++) {
            long seen = projector.firstCount(k + 1);
            if (seen > 0) {
                lags.add(Math.max(0, seen - acks.get(k)) / 1e6);
            }
        }
        System.out.printf("projector: %d events; showed all %d answers %s after the last one was acknowledged; "
                        + "lag behind each answer p50 %.0f ms, p95 %.0f ms, p99 %.0f ms%n",
                projector.events.size(), acked, shown < 0 ? "NEVER (30 s)" : String.format("%.0f ms", Math.max(0, shown - lastAck) / 1e6),
                pct(lags, 50), pct(lags, 95), pct(lags, 99));

        System.out.printf("trainer's page with the roster of %d: %d KB, p50 %.0f ms; the roster part its script fetches: "
                        + "%d KB, p50 %.0f ms (5 reads each, the room quiet)%n",
                joins.ok, pageBytes / 1024, pct(pageMs, 50), partBytes / 1024, pct(partMs, 50));

        long[] stored = count(System.getProperty("db"), workshop);
        System.out.printf("acknowledged joins %d = seats in the database %d; acknowledged answers %d = sent attempts in the database %d; errors %d%n",
                joins.ok, stored[0], acked, stored[1], bench.errors.count());
        bench.errors.first().forEach(e -> System.out.println("error: " + e));
        boolean ok = stored[0] == joins.ok && stored[1] == acked && bench.errors.count() == 0 && notFollowed == 0
                && shown > 0;
        if (!ok) {
            System.out.println("FAILED: a join or answer was lost, a request failed, a phone did not follow, or the projector did not show every answer");
            System.exit(1);
        }
        System.exit(0);
    }

    private record Phase(String name, int ok, int total, double seconds, List<Double> latencies) {
        void print() {
            System.out.printf("%s: %d of %d succeeded in %.1f s (%.0f/s); latency p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                    name, ok, total, seconds, ok / seconds, pct(latencies, 50), pct(latencies, 95), pct(latencies, 99),
                    pct(latencies, 100));
        }
    }

    /** Runs {@code step} once for every phone, {@code concurrency} at a time; latencies in ms. */
    private Phase phase(String name, List<RoomPhone> phones, int concurrency, java.util.function.Predicate<RoomPhone> step)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger ok = new AtomicInteger();
        long start = System.nanoTime();
        for (RoomPhone p : phones) {
            pool.submit(() -> {
                long t0 = System.nanoTime();
                try {
                    if (step.test(p)) {
                        ok.incrementAndGet();
                        latencies.add((System.nanoTime() - t0) / 1e6);
                    }
                } catch (RuntimeException e) {
                    errors.fail(name + ": " + (e.getCause() == null ? e : e.getCause()));
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        return new Phase(name, ok.get(), phones.size(), (System.nanoTime() - start) / 1e9, new ArrayList<>(latencies));
    }

    private RoomPhone phone(int number) {
        return new RoomPhone(base, http, errors, number);
    }

    private static long[] count(String db, String workshop) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            return new long[]{one(c, "select count(*) from workshop_participant where workshop_id = ?", workshop),
                    one(c, "select count(*) from quiz_attempt where workshop = ? and submitted_at is not null", workshop)};
        }
    }

    private static long one(Connection c, String sql, String arg) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, arg);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The p-th percentile (nearest rank) in ms; 0 when empty. */
    private static double pct(List<Double> values, int p) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)));
    }
}
