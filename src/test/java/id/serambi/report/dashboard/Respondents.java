package id.serambi.report.dashboard;

import id.serambi.support.Http;
import id.serambi.support.TestApp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Fills quizzes and questionnaires through their real pages, as a phone without JavaScript does:
 * start (with a group for a questionnaire), then send the answers in one form. Fields may repeat
 * (several choices), which is why the form is posted here rather than through {@link Http#post}.
 */
public final class Respondents {
    private static final Pattern ATTEMPT = Pattern.compile("name=\"percobaan\" value=\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** A questionnaire that asks the group and one Likert item, {@code puas}: for giving a learner a group. */
    static final String ANGKET = """
            kind: questionnaire
            title: { id: Angket, en: Survey }
            respondent: { group: true, name: false, kelurahan: false }
            questions:
              - id: puas
                type: likert
                scale: 5
                prompt: { id: Saya puas., en: I am satisfied. }
            """;

    private Respondents() {
    }

    /** A form as pairs of name and value, in order; a name may come back. */
    public static List<String[]> form(String... namesAndValues) {
        List<String[]> fields = new ArrayList<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            fields.add(new String[]{namesAndValues[i], namesAndValues[i + 1]});
        }
        return fields;
    }

    /** Starts the quiz as {@code group} (null for a quiz) and sends {@code answers}; returns the attempt id. */
    public static String send(TestApp app, Http http, String quiz, String group, List<String[]> answers) {
        String base = "/kuis/" + quiz;
        HttpResponse<String> started = http.submit(base, base + "/mulai",
                group == null ? java.util.Map.of() : java.util.Map.of("kelompok", group));
        if (started.statusCode() != 303) {
            throw new AssertionError("starting " + quiz + " answered " + started.statusCode() + ": " + started.body());
        }
        String attempt = attempt(http, quiz);
        HttpResponse<String> sent = post(app, http, base + "/kirim", attempt, answers);
        if (sent.statusCode() != 303) {
            throw new AssertionError("sending " + quiz + " answered " + sent.statusCode() + ": " + sent.body());
        }
        return attempt;
    }

    /** The open draft's id, from the questions page. */
    static String attempt(Http http, String quiz) {
        Matcher m = ATTEMPT.matcher(http.get("/kuis/" + quiz + "/isi").body());
        if (!m.find()) {
            throw new AssertionError("no open attempt at " + quiz);
        }
        return m.group(1);
    }

    /** Posts the questions form with its token and the attempt id; every answered question is listed as shown. */
    static HttpResponse<String> post(TestApp app, Http http, String action, String attempt, List<String[]> answers) {
        Matcher m = CSRF.matcher(http.get(action.substring(0, action.lastIndexOf('/')) + "/isi").body());
        List<String[]> fields = new ArrayList<>(answers);
        fields.add(new String[]{"_csrf", m.find() ? m.group(1) : ""});
        fields.add(new String[]{"percobaan", attempt});
        answers.stream().map(f -> f[0]).filter(n -> n.startsWith("q-")).map(n -> n.substring(2))
                .filter(id -> !id.endsWith("-lainnya")).distinct()
                .forEach(id -> fields.add(new String[]{"soal", id}));
        String body = fields.stream().map(f -> enc(f[0]) + "=" + enc(f[1])).collect(Collectors.joining("&"));
        String cookies = "serambi_pelajar=" + http.cookie("serambi_pelajar") + "; serambi_csrf=" + http.cookie("serambi_csrf");
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.url(action)))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
}
