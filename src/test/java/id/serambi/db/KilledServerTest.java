package id.serambi.db;

import id.serambi.support.TempFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server as its own process, killed with SIGKILL in the middle of a storm of quiz sends, then
 * started again on the same data folder: every send it acknowledged is stored, sent, exactly once.
 */
class KilledServerTest {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern ATTEMPT = Pattern.compile("name=\"percobaan\" value=\"([0-9a-f]+)\"");
    private static final Pattern CHOICE = Pattern.compile(
            "type=\"radio\"[^>]*name=\"(q-[a-z0-9-]+)\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern RESULT = Pattern.compile("/hasil/([0-9a-f]+)");
    private static final String QUIZ = "/kuis/kuis-media-sosial";

    private static Path data;
    private static Process server;

    @BeforeAll
    static void folder() throws IOException {
        data = Files.createTempDirectory("serambi-killed");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.destroyForcibly();
        }
        TempFiles.delete(data);
    }

    @Test
    void everyAcknowledgedSendSurvivesAKilledServer() throws Exception {
        int port = freePort();
        server = start(port);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean killed = new AtomicBoolean();
        List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Thread> learners = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Thread t = new Thread(() -> learn(port, acknowledged, killed, failures));
            t.start();
            learners.add(t);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (acknowledged.size() < 30 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        // the sends go on while the process dies: some are in flight, in a transaction or in a commit
        killed.set(true);
        server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        for (Thread t : learners) {
            t.join(15_000);
        }
        assertEquals(List.of(), failures, "requests that failed before the kill");
        Set<String> sent = Set.copyOf(acknowledged);
        assertTrue(sent.size() >= 30, "the storm got going: " + sent.size() + " sends acknowledged");

        server = start(port);
        assertEquals(200, http().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        server.destroy();
        server.waitFor(20, TimeUnit.SECONDS);

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("serambi.db"))) {
            try (ResultSet rs = c.createStatement().executeQuery("pragma integrity_check")) {
                rs.next();
                assertEquals("ok", rs.getString(1));
            }
            try (PreparedStatement s = c.prepareStatement(
                    "select count(*) from quiz_attempt where id = ? and submitted_at is not null")) {
                for (String id : sent) {
                    s.setString(1, id);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        assertEquals(1, rs.getInt(1), "acknowledged send " + id + " is stored once, sent");
                    }
                }
            }
            try (ResultSet rs = c.createStatement().executeQuery("""
                    select count(*) from (select learner_id, number from quiz_attempt
                                          group by learner_id, quiz, number having count(*) > 1)""")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "no attempt number stored twice");
            }
        }
    }

    /** A learner sending attempt after attempt until the server is gone. */
    private static void learn(int port, Set<String> acknowledged, AtomicBoolean killed, List<String> failures) {
        HttpClient http = http();
        String base = "http://127.0.0.1:" + port;
        try {
            Matcher token = CSRF.matcher(get(http, base + QUIZ).body());
            if (!token.find()) {
                failures.add("no form token");
                return;
            }
            String csrf = token.group(1);
            while (true) {
                post(http, base + QUIZ + "/mulai", Map.of(), csrf);
                String page = get(http, base + QUIZ + "/isi").body();
                Matcher attempt = ATTEMPT.matcher(page);
                Matcher choice = CHOICE.matcher(page);
                if (!attempt.find() || !choice.find()) {
                    if (!killed.get()) {
                        failures.add("no attempt or choice on the questions page");
                    }
                    return;
                }
                HttpResponse<String> sent = post(http, base + QUIZ + "/kirim", Map.of("percobaan", attempt.group(1),
                        "soal", choice.group(1).substring(2), choice.group(1), choice.group(2)), csrf);
                Matcher result = RESULT.matcher(sent.headers().firstValue("Location").orElse(""));
                if (sent.statusCode() == 303 && result.find()) {
                    acknowledged.add(result.group(1));
                } else if (!killed.get()) {
                    failures.add("send answered " + sent.statusCode());
                }
            }
        } catch (IOException | InterruptedException e) {
            if (!killed.get()) {
                failures.add("the server failed before it was killed: " + e);
            }
        }
    }

    private static HttpClient http() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient http, String url, Map<String, String> form, String csrf)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&", "", form.isEmpty() ? "" : "&")) + "_csrf=" + enc(csrf);
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The server in a JVM of its own, with the classes of this test run, answering /health. */
    private static Process start(int port) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-Xmx192m", "-cp", System.getProperty("java.class.path"),
                "id.serambi.Main", "--port", String.valueOf(port), "--data", data.toString())
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("server-" + System.nanoTime() + ".log").toFile())
                .start();
        HttpClient http = http();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("the server exited with " + p.exitValue());
            }
            try {
                if (get(http, "http://127.0.0.1:" + port + "/health").statusCode() == 200) {
                    return p;
                }
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        p.destroyForcibly();
        throw new IllegalStateException("no /health within 60 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
