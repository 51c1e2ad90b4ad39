package id.serambi.support;

import id.serambi.account.Role;
import id.serambi.account.TestAccounts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** An HTTP client that keeps cookies like a browser and does not follow redirects by itself. */
public final class Http {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final TestApp app;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;

    Http(TestApp app) {
        this.app = app;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url(path))).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    /**
     * Opens a live stream (server-sent events) and closes it as soon as the headers arrive: the
     * response as far as it came, with an empty body.
     */
    public HttpResponse<String> openStream(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.url(path))).header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(10)).GET().build();
        try {
            HttpResponse<java.io.InputStream> r = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            r.body().close();
            return new Headers(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A streamed response's status and headers, without its body. */
    private record Headers(HttpResponse<?> r) implements HttpResponse<String> {
        public int statusCode() {
            return r.statusCode();
        }

        public HttpRequest request() {
            return r.request();
        }

        public java.util.Optional<HttpResponse<String>> previousResponse() {
            return java.util.Optional.empty();
        }

        public java.net.http.HttpHeaders headers() {
            return r.headers();
        }

        public String body() {
            return "";
        }

        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
            return r.sslSession();
        }

        public URI uri() {
            return r.uri();
        }

        public HttpClient.Version version() {
            return r.version();
        }
    }

    public HttpResponse<byte[]> getBytes(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url(path))).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** Posts a form whose fields may repeat, as checkboxes do. */
    public HttpResponse<String> postAll(String path, List<Map.Entry<String, String>> form) {
        String body = form.stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** Like {@link #submit}, with fields that may repeat. */
    public HttpResponse<String> submitAll(String pagePath, String action, List<Map.Entry<String, String>> fields) {
        String page = get(pagePath).body();
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no form token on " + pagePath);
        }
        List<Map.Entry<String, String>> form = new java.util.ArrayList<>(fields);
        form.add(Map.entry("_csrf", m.group(1)));
        return postAll(action, form);
    }

    /** Posts the form of the page at {@code pagePath}, with the form token the page carries. */
    public HttpResponse<String> submit(String pagePath, String action, Map<String, String> fields) {
        String page = get(pagePath).body();
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no form token on " + pagePath);
        }
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", m.group(1));
        return post(action, form);
    }

    /**
     * Posts the form of the page at {@code pagePath} as {@code multipart/form-data}, with the form
     * token the page carries and, when {@code fileName} is not null, one file in {@code fileField}.
     */
    public HttpResponse<String> submitMultipart(String pagePath, String action, Map<String, String> fields,
                                                String fileField, String fileName, byte[] file) {
        String page = get(pagePath).body();
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no form token on " + pagePath);
        }
        String boundary = "serambi-test-" + Long.toHexString(System.nanoTime());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", m.group(1));
        form.forEach((name, value) -> {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
            write(body, value + "\r\n");
        });
        if (fileName != null) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                    + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(file);
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(URI.create(app.url(action)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name)).map(c -> c.getValue()).findFirst().orElse(null);
    }

    /** Forgets the cookie, as when the answer that set it never arrived. */
    public void dropCookie(String name) {
        var store = cookies.getCookieStore();
        store.getCookies().stream().filter(c -> c.getName().equals(name)).toList()
                .forEach(c -> store.remove(URI.create(app.url("/")), c));
    }

    public void setCookie(String name, String value) {
        var cookie = new java.net.HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(app.url("/")), cookie);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * Logs this client in to a new account with {@code role} and a name no other account of the app
     * has; returns the name.
     */
    public String logInAsNew(Role role) {
        String username = app.freshName(role.code());
        TestAccounts.create(app.database().jdbi(), username, role, TestApp.TEST_PASSWORD);
        HttpResponse<String> login = submit("/masuk", "/masuk", Map.of("nama", username, "sandi", TestApp.TEST_PASSWORD));
        if (login.statusCode() != 303) {
            throw new IllegalStateException("logging in " + username + " answered " + login.statusCode());
        }
        return username;
    }
}
