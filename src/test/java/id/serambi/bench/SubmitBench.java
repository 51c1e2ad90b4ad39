package id.serambi.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The submit path of quizzes over HTTP against a running server: each client is a learner who,
 * again and again, starts an attempt, saves an answer and sends the attempt (three durable writes),
 * through the same forms a browser posts. Against baselines in the same go: the same clients
 * asking GET /health, and the disk's fsync rate (512-byte appends, each forced to disk). Afterwards the sent attempts are counted in the database and must equal the
 * sends the server acknowledged. Run by {@code bench/submit.sh}.
 */
public final class SubmitBench {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern ATTEMPT = Pattern.compile("name=\"percobaan\" value=\"([0-9a-f]+)\"");
    private static final Pattern CHOICE = Pattern.compile(
            "type=\"radio\"[^>]*name=\"(q-[a-z0-9-]+)\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final String quiz;
    private final int clients;
    private final boolean savesOnly;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong saves = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();

    private SubmitBench(String base, String quiz, int clients, boolean savesOnly) {
        this.savesOnly = savesOnly;
        this.base = base;
        this.quiz = quiz;
        this.clients = clients;
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("url");
        String db = System.getProperty("db");
        int clients = Integer.getInteger("clients", 64);
        int rounds = Integer.getInteger("rounds", 3);
        long seconds = Long.getLong("seconds", 15);
        long warmup = Long.getLong("warmup", 15);
        boolean savesOnly = "saves".equals(System.getProperty("mode", "attempts"));
        SubmitBench bench = new SubmitBench(base, System.getProperty("quiz", "kuis-media-sosial"), clients, savesOnly);
        List<Client> learners = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            learners.add(bench.new Client());
        }
        System.out.printf("%d clients, quiz %s, %d s per run, %d rounds, %s%n", clients, bench.quiz, seconds, rounds,
                savesOnly ? "each client saving answers to its own draft (one durable write a request)"
                        : "each client starting, saving and sending attempts (three durable writes an attempt)");
        if (savesOnly) {
            bench.saves(learners, warmup, seconds, rounds, db);
            return;
        }
        bench.run(learners, warmup, false);
        Path disk = Path.of(db).toAbsolutePath().getParent().resolve("fsync-baseline.bin");
        List<Double> sends = new ArrayList<>();
        List<Double> health = new ArrayList<>();
        List<Double> fsyncs = new ArrayList<>();
        List<Double> p50 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            Result s = bench.run(learners, seconds, false);
            Result h = bench.run(learners, seconds, true);
            double f = fsyncRate(disk, Math.min(seconds, 5));
            sends.add(s.rate());
            health.add(h.rate());
            fsyncs.add(f);
            p50.add(s.percentile(50));
            p99.add(s.percentile(99));
            System.out.printf("round %d: %.0f attempts sent/s (%.0f durable writes/s, send p50 %.1f ms, p99 %.1f ms)"
                    + "  |  GET /health %.0f req/s  |  fsync %.0f/s  |  writes/fsync %.2f  |  attempts/health %.3f%n",
                    r, s.rate(), 3 * s.rate(), s.percentile(50), s.percentile(99), h.rate(), f, 3 * s.rate() / f,
                    s.rate() / h.rate());
        }
        double ms = median(sends);
        double mh = median(health);
        double mf = median(fsyncs);
        System.out.printf("median: %.0f attempts sent/s = %.0f durable writes/s (send p50 %.1f ms, p99 %.1f ms); "
                + "GET /health %.0f req/s; fsync %.0f/s; writes/fsync %.2f; attempts/health %.3f%n", ms, 3 * ms,
                median(p50), median(p99), mh, mf, 3 * ms / mf, ms / mh);
        long stored = count(db);
        System.out.printf("acknowledged sends %d, sent attempts in the database %d, errors %d%n",
                bench.sent.get(), stored, bench.errors.get());
        bench.firstErrors.forEach(e -> System.out.println("error: " + e));
        if (stored != bench.sent.get() || bench.errors.get() > 0) {
            System.out.println("FAILED: the database does not hold every acknowledged send, or requests failed");
            System.exit(1);
        }
    }

    /**
     * Every client saves an answer to its own draft again and again (each save one durable write,
     * answered with a 303 once committed), against /health and the disk's fsync rate in the same
     * rounds. Afterwards each draft must hold the last answer its client had acknowledged.
     */
    private void saves(List<Client> learners, long warmup, long seconds, int rounds, String db) throws Exception {
        for (Client c : learners) {
            c.open();
        }
        Path disk = Path.of(db).toAbsolutePath().getParent().resolve("fsync-baseline.bin");
        run(learners, warmup, false);
        List<Double> writes = new ArrayList<>();
        List<Double> health = new ArrayList<>();
        List<Double> fsyncs = new ArrayList<>();
        List<Double> p50 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            Result w = run(learners, seconds, false);
            Result h = run(learners, seconds, true);
            double f = fsyncRate(disk, Math.min(seconds, 5));
            writes.add(w.rate());
            health.add(h.rate());
            fsyncs.add(f);
            p50.add(w.percentile(50));
            p99.add(w.percentile(99));
            System.out.printf("round %d: %.0f durable saves/s (p50 %.1f ms, p99 %.1f ms)  |  GET /health %.0f req/s"
                    + "  |  fsync %.0f/s  |  saves/fsync %.2f  |  saves/health %.3f%n", r, w.rate(),
                    w.percentile(50), w.percentile(99), h.rate(), f, w.rate() / f, w.rate() / h.rate());
        }
        double mw = median(writes);
        double mf = median(fsyncs);
        System.out.printf("median: %.0f durable saves/s (p50 %.1f ms, p99 %.1f ms); GET /health %.0f req/s; "
                + "fsync %.0f/s; saves/fsync %.2f; saves/health %.3f%n", mw, median(p50), median(p99),
                median(health), mf, mw / mf, mw / median(health));
        long wrong = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.PreparedStatement s = c.prepareStatement(
                     "select answer from quiz_answer where attempt_id = ? and question = ?")) {
            for (Client client : learners) {
                s.setString(1, client.attempt);
                s.setString(2, client.question);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next() || !holds(rs.getString(1), client.lastSaved)) {
                        wrong++;
                    }
                }
            }
        }
        System.out.printf("acknowledged saves %d, drafts whose stored answer is not the last acknowledged %d, errors %d%n",
                saves.get(), wrong, errors.get());
        firstErrors.forEach(e -> System.out.println("error: " + e));
        if (wrong > 0 || errors.get() > 0) {
            System.out.println("FAILED: a draft lost an acknowledged save, or requests failed");
            System.exit(1);
        }
    }

    /** Whether a stored answer ({"choices":["b"],...} or {"bool":true}) is the option posted as {@code value}. */
    private static boolean holds(String json, String value) throws IOException {
        com.fasterxml.jackson.databind.JsonNode node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        if (node.has("bool")) {
            return node.get("bool").asBoolean() == id.serambi.quiz.take.QuizForm.TRUE.equals(value);
        }
        for (com.fasterxml.jackson.databind.JsonNode choice : node.path("choices")) {
            if (choice.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The disk's own rate: one thread appending 512 bytes and forcing them to disk, again and again,
     * beside the database, as SQLite's commit forces its write-ahead log.
     */
    private static double fsyncRate(Path file, long seconds) throws IOException {
        ByteBuffer block = ByteBuffer.allocate(512);
        long n = 0;
        long start = System.nanoTime();
        long deadline = start + seconds * 1_000_000_000L;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            while (System.nanoTime() < deadline) {
                block.clear();
                channel.write(block);
                channel.force(false);
                n++;
            }
        } finally {
            Files.deleteIfExists(file);
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }

    private static long count(String db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery(
                     "select count(*) from quiz_attempt where submitted_at is not null")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private record Result(long requests, double seconds, List<Double> latencies) {
        double rate() {
            return requests / seconds;
        }

        double percentile(int p) {
            if (latencies.isEmpty()) {
                return 0;
            }
            List<Double> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
        }
    }

    private Result run(List<Client> learners, long seconds, boolean health) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong done = new AtomicLong();
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        CountDownLatch finished = new CountDownLatch(learners.size());
        long start = System.nanoTime();
        for (Client c : learners) {
            Thread t = new Thread(() -> {
                try {
                    while (System.nanoTime() < deadline) {
                        long t0 = System.nanoTime();
                        try {
                            if (health ? c.health() : savesOnly ? c.save(latencies) : c.attempt(latencies)) {
                                done.incrementAndGet();
                            }
                        } catch (RuntimeException e) {
                            c.fail(String.valueOf(e.getCause() == null ? e : e.getCause()));
                        }
                        if (health) {
                            latencies.add((System.nanoTime() - t0) / 1e6);
                        }
                    }
                } finally {
                    finished.countDown();
                }
            });
            t.start();
        }
        finished.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Result(done.get(), elapsed, new ArrayList<>(latencies));
    }

    /** One learner with their own cookies. */
    private final class Client {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        private String csrf;
        private String attempt;
        private String question;
        private List<String> values;
        private volatile String lastSaved;
        private int turn;

        /** Starts the draft this client saves to, and finds a choice question with its options. */
        void open() {
            String page = "/kuis/" + quiz;
            Matcher m = CSRF.matcher(get(page).body());
            if (!m.find()) {
                throw new IllegalStateException("no form token on " + page);
            }
            csrf = m.group(1);
            if (post(page + "/mulai", Map.of()).statusCode() != 303) {
                throw new IllegalStateException("start refused");
            }
            String questions = get(page + "/isi").body();
            Matcher a = ATTEMPT.matcher(questions);
            Matcher choice = CHOICE.matcher(questions);
            if (!a.find() || !choice.find()) {
                throw new IllegalStateException("no attempt or no choice on the questions page");
            }
            attempt = a.group(1);
            String field = choice.group(1);
            question = field.substring(2);
            values = new ArrayList<>();
            Matcher all = CHOICE.matcher(questions);
            while (all.find()) {
                if (all.group(1).equals(field)) {
                    values.add(all.group(2));
                }
            }
        }

        /** Saves the next option as the answer; true when the server acknowledged it. */
        boolean save(ConcurrentLinkedQueue<Double> latencies) {
            String value = values.get(turn++ % values.size());
            long t0 = System.nanoTime();
            HttpResponse<String> saved = post("/kuis/" + quiz + "/simpan", Map.of("percobaan", attempt,
                    "soal", question, "q-" + question, value));
            latencies.add((System.nanoTime() - t0) / 1e6);
            if (saved.statusCode() != 303) {
                return fail("save answered " + saved.statusCode());
            }
            lastSaved = value;
            saves.incrementAndGet();
            return true;
        }

        boolean health() {
            return get("/health").statusCode() == 200;
        }

        /** Starts, answers and sends one attempt; true when the server acknowledged the send. */
        boolean attempt(ConcurrentLinkedQueue<Double> sendLatencies) {
            String page = "/kuis/" + quiz;
            if (csrf == null) {
                Matcher m = CSRF.matcher(get(page).body());
                if (!m.find()) {
                    return fail("no form token on " + page);
                }
                csrf = m.group(1);
            }
            if (post(page + "/mulai", Map.of()).statusCode() != 303) {
                return fail("start refused");
            }
            String questions = get(page + "/isi").body();
            Matcher a = ATTEMPT.matcher(questions);
            Matcher choice = CHOICE.matcher(questions);
            if (!a.find() || !choice.find()) {
                return fail("no attempt or no choice on the questions page");
            }
            String attempt = a.group(1);
            HttpResponse<String> saved = post(page + "/simpan", Map.of("percobaan", attempt,
                    "soal", choice.group(1).substring(2), choice.group(1), choice.group(2)));
            if (saved.statusCode() != 303) {
                return fail("save answered " + saved.statusCode());
            }
            long t0 = System.nanoTime();
            HttpResponse<String> send = post(page + "/kirim", Map.of("percobaan", attempt));
            sendLatencies.add((System.nanoTime() - t0) / 1e6);
            if (send.statusCode() != 303 || !send.headers().firstValue("Location").orElse("").contains("/hasil/")) {
                return fail("send answered " + send.statusCode());
            }
            sent.incrementAndGet();
            return true;
        }

        private boolean fail(String why) {
            errors.incrementAndGet();
            if (firstErrors.size() < 5) {
                firstErrors.add(why);
            }
            return false;
        }

        private HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
        }

        private HttpResponse<String> post(String path, Map<String, String> form) {
            String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&")) + "&_csrf=" + enc(csrf);
            return send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
