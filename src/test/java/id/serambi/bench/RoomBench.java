package id.serambi.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern ATTEMPT = Pattern.compile("name=\"percobaan\" value=\"([0-9a-f]+)\"");
    private static final Pattern CHOICE = Pattern.compile(
            "type=\"radio\"[^>]*name=\"(q-[a-z0-9-]+)\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("class=\"join-code\">([A-Z0-9]{3}) ([A-Z0-9]{3})<");
    private static final Pattern SENT = Pattern.compile("\"sent\"\\s*:\\s*(\\d+)");
    private static final String QUIZ = "tes-awal";

    private final String base;
    private final HttpClient http;
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private final AtomicInteger errorCount = new AtomicInteger();

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

        Phone trainer = bench.new Phone(0);
        trainer.logIn(System.getProperty("user"), System.getProperty("password"));
        String workshop = trainer.createWorkshop(participants);
        String code = trainer.openWorkshop(workshop);
        Stream projector = bench.new Stream();
        trainer.listen("/pelatihan/" + workshop + "/langsung", projector);

        List<Phone> phones = new ArrayList<>();
        for (int i = 0; i < participants; i++) {
            phones.add(bench.new Phone(i + 1));
        }
        Phase baseline = bench.phase("baseline GET /health", phones, concurrency, p -> p.health());
        Phase joins = bench.phase("join", phones, concurrency, p -> p.join(code));
        List<Phone> seated = phones.stream().filter(p -> p.seated).toList();
        List<Stream> follow = new ArrayList<>();
        for (Phone p : seated) {
            Stream s = bench.new Stream();
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
        for (Stream s : follow) {
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

        long[] stored = count(System.getProperty("db"), workshop);
        System.out.printf("acknowledged joins %d = seats in the database %d; acknowledged answers %d = sent attempts in the database %d; errors %d%n",
                joins.ok, stored[0], acked, stored[1], bench.errorCount.get());
        bench.errors.forEach(e -> System.out.println("error: " + e));
        boolean ok = stored[0] == joins.ok && stored[1] == acked && bench.errorCount.get() == 0 && notFollowed == 0
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
    private Phase phase(String name, List<Phone> phones, int concurrency, java.util.function.Predicate<Phone> step)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger ok = new AtomicInteger();
        long start = System.nanoTime();
        for (Phone p : phones) {
            pool.submit(() -> {
                long t0 = System.nanoTime();
                try {
                    if (step.test(p)) {
                        ok.incrementAndGet();
                        latencies.add((System.nanoTime() - t0) / 1e6);
                    }
                } catch (RuntimeException e) {
                    fail(name + ": " + (e.getCause() == null ? e : e.getCause()));
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        return new Phase(name, ok.get(), phones.size(), (System.nanoTime() - start) / 1e9, new ArrayList<>(latencies));
    }

    private boolean fail(String why) {
        if (errorCount.incrementAndGet() <= 5) {
            errors.add(why);
        }
        return false;
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

    /** The events of one live stream, with the time each arrived. */
    private final class Stream implements Flow.Subscriber<String> {
        private final List<long[]> counts = Collections.synchronizedList(new ArrayList<>());
        private final List<Map.Entry<Long, String>> events = Collections.synchronizedList(new ArrayList<>());

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
            fail("live stream: " + throwable);
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

    /** One browser: its own cookies and form token. */
    private final class Phone {
        private final Map<String, String> cookies = new java.util.concurrent.ConcurrentHashMap<>();
        private String csrf;
        private volatile boolean seated;
        private volatile long sentAt;
        private final int number;

        Phone(int number) {
            this.number = number;
        }

        void logIn(String user, String password) {
            token(get("/masuk"));
            HttpResponse<String> r = post("/masuk", Map.of("nama", user, "sandi", password));
            require(r.statusCode() == 303, "log in answered " + r.statusCode());
        }

        String createWorkshop(int capacity) {
            token(get("/pelatihan/baru"));
            HttpResponse<String> r = post("/pelatihan/baru", Map.of("judul", "Pelatihan besar", "kelurahan", "Madatte",
                    "tempat", "Gedung serbaguna", "tanggal", "2026-03-02", "kapasitas", Integer.toString(capacity),
                    "modul", "media-sosial", "tes-awal", QUIZ));
            require(r.statusCode() == 303, "creating the workshop answered " + r.statusCode());
            return r.headers().firstValue("Location").orElseThrow().substring("/pelatihan/".length());
        }

        String openWorkshop(String id) {
            HttpResponse<String> r = post("/pelatihan/" + id + "/buka", Map.of());
            require(r.statusCode() == 303, "opening the workshop answered " + r.statusCode());
            Matcher m = CODE.matcher(get("/pelatihan/" + id).body());
            require(m.find(), "no join code on the workshop page");
            return m.group(1) + m.group(2);
        }

        void openItem(String id, String item) {
            HttpResponse<String> r = post("/pelatihan/" + id + "/item/buka", Map.of("item", item));
            require(r.statusCode() == 303, "opening the item answered " + r.statusCode());
        }

        boolean health() {
            HttpResponse<String> r = get("/health");
            return r.statusCode() == 200 || fail("health answered " + r.statusCode());
        }

        boolean join(String joinCode) {
            token(get("/ikut/" + joinCode));
            HttpResponse<String> r = post("/ikut/" + joinCode, Map.of("nama", "Peserta " + number,
                    "kelompok", number % 3 == 0 ? "aparat" : "warga"));
            if (r.statusCode() != 303 || !r.headers().firstValue("Location").orElse("").endsWith("/tunggu")) {
                return fail("join answered " + r.statusCode());
            }
            seated = true;
            return true;
        }

        /** Starts the open quiz, answers its first multiple-choice question and sends it. */
        boolean answer() {
            String page = "/kuis/" + QUIZ;
            HttpResponse<String> start = post(page + "/mulai", Map.of());
            if (start.statusCode() != 303) {
                return fail("start answered " + start.statusCode());
            }
            String questions = get(page + "/isi").body();
            Matcher a = ATTEMPT.matcher(questions);
            Matcher choice = CHOICE.matcher(questions);
            if (!a.find() || !choice.find()) {
                return fail("no attempt or no choice on the questions page");
            }
            HttpResponse<String> saved = post(page + "/simpan", Map.of("percobaan", a.group(1),
                    "soal", choice.group(1).substring(2), choice.group(1), choice.group(2)));
            if (saved.statusCode() != 303) {
                return fail("save answered " + saved.statusCode());
            }
            HttpResponse<String> send = post(page + "/kirim", Map.of("percobaan", a.group(1)));
            if (send.statusCode() != 303 || !send.headers().firstValue("Location").orElse("").contains("/hasil/")) {
                return fail("send answered " + send.statusCode());
            }
            sentAt = System.nanoTime();
            return true;
        }

        void listen(String path, Stream stream) {
            http.sendAsync(request(path).header("Accept", "text/event-stream").GET().build(),
                            HttpResponse.BodyHandlers.fromLineSubscriber(stream))
                    .whenComplete((r, e) -> {
                        if (e != null) {
                            fail("live stream " + path + ": " + e);
                        } else if (r.statusCode() != 200) {
                            fail("live stream " + path + " answered " + r.statusCode());
                        }
                    });
        }

        private void token(HttpResponse<String> page) {
            Matcher m = CSRF.matcher(page.body());
            require(m.find(), "no form token on " + page.uri());
            csrf = m.group(1);
        }

        private HttpResponse<String> get(String path) {
            return send(request(path).GET().build());
        }

        private HttpResponse<String> post(String path, Map<String, String> form) {
            String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&")) + "&_csrf=" + enc(csrf);
            return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
            if (!cookies.isEmpty()) {
                b.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; ")));
            }
            return b;
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                r.headers().allValues("Set-Cookie").forEach(this::remember);
                return r;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private void remember(String setCookie) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                String value = pair.substring(eq + 1);
                if (value.isEmpty()) {
                    cookies.remove(pair.substring(0, eq));
                } else {
                    cookies.put(pair.substring(0, eq), value);
                }
            }
        }
    }

    private static void require(boolean condition, String why) {
        if (!condition) {
            throw new IllegalStateException(why);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
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
