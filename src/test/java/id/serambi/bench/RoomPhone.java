package id.serambi.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
/** One browser of the room bench: its own cookies and form token, asking as a trainer or a participant would. */
final class RoomPhone {
    static final String QUIZ = "tes-awal";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern ATTEMPT = Pattern.compile("name=\"percobaan\" value=\"([0-9a-f]+)\"");
    private static final Pattern CHOICE = Pattern.compile(
            "type=\"radio\"[^>]*name=\"(q-[a-z0-9-]+)\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern JOIN_KEY = Pattern.compile("name=\"gabung\" value=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("class=\"join-code\">([A-Z0-9]{3}) ([A-Z0-9]{3})<");
    private final String base;
    private final HttpClient http;
    private final BenchErrors errors;
    private final Map<String, String> cookies = new ConcurrentHashMap<>();
    private String csrf;
    volatile boolean seated;
    volatile long sentAt;
    private final int number;

    RoomPhone(String base, HttpClient http, BenchErrors errors, int number) {
        this.base = base;
        this.http = http;
        this.errors = errors;
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

    /** Reads a page of the signed-in trainer; its size in bytes, or -1 when it failed. */
    int page(String path) {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != 200) {
            errors.fail(path + " answered " + r.statusCode());
            return -1;
        }
        return r.body().getBytes(StandardCharsets.UTF_8).length;
    }

    boolean health() {
        HttpResponse<String> r = get("/health");
        return r.statusCode() == 200 || errors.fail("health answered " + r.statusCode());
    }

    boolean join(String joinCode) {
        HttpResponse<String> form = get("/ikut/" + joinCode);
        token(form);
        Matcher key = JOIN_KEY.matcher(form.body());
        require(key.find(), "no join key on the join form");
        HttpResponse<String> r = post("/ikut/" + joinCode, Map.of("nama", "Peserta " + number,
                "kelompok", number % 3 == 0 ? "aparat" : "warga", "gabung", key.group(1)));
        if (r.statusCode() != 303 || !r.headers().firstValue("Location").orElse("").endsWith("/tunggu")) {
            return errors.fail("join answered " + r.statusCode());
        }
        seated = true;
        return true;
    }

    /**
     * Starts the open quiz and sends the answer to its first multiple-choice question with the send
     * itself, as the questions page of a one-question item does (no draft saved on the way).
     */
    boolean answer() {
        String page = "/kuis/" + QUIZ;
        HttpResponse<String> start = post(page + "/mulai", Map.of());
        if (start.statusCode() != 303) {
            return errors.fail("start answered " + start.statusCode());
        }
        String questions = get(page + "/isi").body();
        Matcher a = ATTEMPT.matcher(questions);
        Matcher choice = CHOICE.matcher(questions);
        if (!a.find() || !choice.find()) {
            return errors.fail("no attempt or no choice on the questions page");
        }
        HttpResponse<String> send = post(page + "/kirim", Map.of("percobaan", a.group(1),
                "soal", choice.group(1).substring(2), choice.group(1), choice.group(2)));
        if (send.statusCode() != 303 || !send.headers().firstValue("Location").orElse("").contains("/hasil/")) {
            return errors.fail("send answered " + send.statusCode());
        }
        sentAt = System.nanoTime();
        return true;
    }

    void listen(String path, EventLog stream) {
        http.sendAsync(request(path).header("Accept", "text/event-stream").GET().build(),
                        HttpResponse.BodyHandlers.fromLineSubscriber(stream))
                .whenComplete((r, e) -> {
                    if (e != null) {
                        errors.fail("live stream " + path + ": " + e);
                    } else if (r.statusCode() != 200) {
                        errors.fail("live stream " + path + " answered " + r.statusCode());
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

    private static void require(boolean condition, String why) {
        if (!condition) {
            throw new IllegalStateException(why);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
