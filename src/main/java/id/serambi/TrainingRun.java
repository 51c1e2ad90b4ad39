package id.serambi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The build's training run for the class-data archive ({@code target/serambi.jsa}): starts the
 * server on a free port with a fresh data folder, asks for the pages a visitor opens first (home,
 * a module, a lesson, marking it done, quizzes, the simulator, logging in, a stylesheet) and exits,
 * so that the JVM, started with {@code -XX:ArchiveClassesAtExit}, writes down every class it
 * loaded. A later start maps them instead of reading and checking them again.
 *
 * <p>{@code java -XX:ArchiveClassesAtExit=target/serambi.jsa -cp target/serambi.jar
 * id.serambi.TrainingRun target/cds-training}
 */
public final class TrainingRun {
    private static final String LESSON = "/modul/media-sosial/01-apa-itu-media-sosial";
    private static final List<String> PAGES = List.of("/health", "/", "/modul/media-sosial", LESSON,
            "/kuis", "/simulator", "/simulator/madatte", "/masuk", "/daftar", "/static/app.css", "/tidak-ada");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private TrainingRun() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "target/cds-training");
        deleteTree(data);
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Main.main(new String[]{"--port", String.valueOf(port), "--data", data.toString()});
        String base = "http://127.0.0.1:" + port;
        Map<String, String> cookies = new java.util.LinkedHashMap<>();
        String csrf = "";
        for (int round = 0; round < 2; round++) {
            for (String page : PAGES) {
                String body = request(base + page, cookies, null);
                Matcher m = CSRF.matcher(body);
                if (m.find()) {
                    csrf = m.group(1);
                }
            }
            request(base + LESSON + "/selesai", cookies, "_csrf=" + csrf + "&done=" + (round == 0 ? "1" : "0"));
        }
        // the shutdown hook stops the server and closes the database; then the archive is written
        System.exit(0);
    }

    private static String request(String url, Map<String, String> cookies, String form) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        c.setInstanceFollowRedirects(false);
        c.setRequestProperty("Accept-Encoding", "gzip");
        if (!cookies.isEmpty()) {
            List<String> pairs = new ArrayList<>();
            cookies.forEach((k, v) -> pairs.add(k + "=" + v));
            c.setRequestProperty("Cookie", String.join("; ", pairs));
        }
        if (form != null) {
            c.setRequestMethod("POST");
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
            try (OutputStream out = c.getOutputStream()) {
                out.write(form.getBytes(StandardCharsets.UTF_8));
            }
        }
        int status = c.getResponseCode();
        List<String> set = c.getHeaderFields().getOrDefault("Set-Cookie", List.of());
        for (String cookie : set) {
            String pair = cookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
            if (in == null) {
                return "";
            }
            byte[] bytes = in.readAllBytes();
            boolean gzip = "gzip".equals(c.getContentEncoding());
            return gzip ? new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))
                    .readAllBytes(), StandardCharsets.UTF_8) : new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
