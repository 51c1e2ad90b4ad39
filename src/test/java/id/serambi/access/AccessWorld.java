package id.serambi.access;

import id.serambi.account.Role;
import id.serambi.account.TestAccounts;
import id.serambi.support.Http;
import id.serambi.support.QuizAnswers;
import id.serambi.support.TestApp;
import id.serambi.workshop.store.WorkshopStore;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people and things the access matrix walks over: trainer A's open workshop with participant
 * P seated in it, P's sent quiz attempt, a menu design of learner L, another trainer B, an admin,
 * a stranger, and a spare trainer account for the admin's buttons. Placeholders in a row's path
 * and fields name them: {@code {workshop}}, {@code {code}}, {@code {attempt}}, {@code {design}},
 * {@code {user}}, {@code {seat}} (P's seat), {@code {plan}} (an Instagram plan of L with one post); {@code {workshop!}},
 * {@code {design!}} and {@code {plan!}} make a new one for each request (for
 * routes that open, close or delete it), and {@code {unique}} is a new word each time.
 */
final class AccessWorld {
    /** The columns of the matrix, in order. */
    static final List<String> ROLES = List.of("anonymous", "participant", "learner", "trainerA", "trainerB", "admin");
    private static final Pattern ATTEMPT = Pattern.compile("name=\"percobaan\" value=\"([0-9a-f]+)\"");
    private static final Pattern CODE = Pattern.compile("class=\"join-code\">([A-Z0-9]{3}) ([A-Z0-9]{3})<");

    private final TestApp app;
    private final Map<String, Who> people = new LinkedHashMap<>();
    private final Map<String, Supplier<String>> values = new LinkedHashMap<>();
    private final AtomicInteger counter = new AtomicInteger();

    /** A column: the client, and the username to log it in again with after a row logged it out. */
    private record Who(Http http, String username) {
    }

    AccessWorld(TestApp app) {
        this.app = app;
        Http learner = app.http();
        Http trainerA = app.http();
        Http trainerB = app.http();
        Http admin = app.http();
        people.put("anonymous", new Who(app.http(), null));
        people.put("participant", new Who(app.http(), null));
        people.put("learner", new Who(learner, learner.logInAsNew(Role.LEARNER)));
        people.put("trainerA", new Who(trainerA, trainerA.logInAsNew(Role.TRAINER)));
        people.put("trainerB", new Who(trainerB, trainerB.logInAsNew(Role.TRAINER)));
        people.put("admin", new Who(admin, admin.logInAsNew(Role.ADMIN)));

        String workshop = workshop();
        expect(303, trainerA.submit("/pelatihan/" + workshop, "/pelatihan/" + workshop + "/buka", Map.of()));
        Matcher code = CODE.matcher(trainerA.get("/pelatihan/" + workshop).body());
        if (!code.find()) {
            throw new AssertionError("no join code on the workshop page");
        }
        String joinCode = code.group(1) + code.group(2);
        Http participant = who("participant");
        expect(303, participant.submit("/ikut", "/ikut/" + joinCode, Map.of("nama", "Siti", "kelompok", "warga")));
        String attempt = sendQuiz(participant);
        String design = design();
        String user = TestAccounts.create(app.database().jdbi(), "cadangan", Role.TRAINER, TestApp.TEST_PASSWORD).id();

        values.put("workshop!", this::workshop);
        values.put("design!", this::design);
        String plan = plan();
        values.put("plan!", this::plan);
        values.put("plan", () -> plan);
        values.put("unique", () -> "u" + counter.incrementAndGet());
        values.put("workshop", () -> workshop);
        values.put("code", () -> joinCode);
        values.put("attempt", () -> attempt);
        values.put("design", () -> design);
        values.put("user", () -> user);
        String seat = new WorkshopStore(app.database().jdbi(), new java.security.SecureRandom()).roster(workshop)
                .entries().get(0).participant().id();
        values.put("seat", () -> seat);
    }

    /** The client of a column, logged in again if a row (logging out) ended its session. */
    Http who(String role) {
        Who w = people.get(role);
        if (w.username() != null && w.http().cookie("serambi_sesi") == null) {
            expect(303, w.http().submit("/masuk", "/masuk", Map.of("nama", w.username(), "sandi", TestApp.TEST_PASSWORD)));
        }
        return w.http();
    }

    /** {@code text} with each placeholder replaced by its value. */
    String fill(String text) {
        String filled = text;
        for (Map.Entry<String, Supplier<String>> v : values.entrySet()) {
            String key = "{" + v.getKey() + "}";
            while (filled.contains(key)) {
                filled = filled.replaceFirst(Pattern.quote(key), Matcher.quoteReplacement(v.getValue().get()));
            }
        }
        return filled;
    }

    /** A new draft workshop of trainer A; returns its id. */
    private String workshop() {
        HttpResponse<String> r = who("trainerA").submit("/pelatihan/baru", "/pelatihan/baru", Map.of("judul", "Pelatihan",
                "kelurahan", "Madatte", "tempat", "Aula", "tanggal", "2026-03-02", "kapasitas", "30"));
        expect(303, r);
        return r.headers().firstValue("Location").orElseThrow().substring("/pelatihan/".length());
    }

    /** A new menu design of learner L, copied from the bundled menu; returns its id. */
    private String design() {
        HttpResponse<String> r = who("learner").submit("/desainer", "/desainer/baru", Map.of("contoh", "madatte"));
        expect(303, r);
        return r.headers().firstValue("Location").orElseThrow().substring("/desainer/".length());
    }

    /** A new Instagram plan of learner L with one dated feed post, p1; returns its id. */
    private String plan() {
        Http learner = who("learner");
        HttpResponse<String> r = learner.submit("/instagram", "/instagram/baru",
                Map.of("title", "Rencana", "start", "2026-03-02"));
        expect(303, r);
        String id = r.headers().firstValue("Location").orElseThrow().substring("/instagram/".length());
        expect(303, learner.submit("/instagram/" + id + "/kiriman/baru", "/instagram/" + id + "/kiriman",
                Map.of("kiriman", "", "kind", "pengumuman", "placement", "feed", "date", "2026-03-02", "time", "09:00",
                        "caption", "Kantor tutup pada 31 Maret")));
        return id;
    }

    /** Sends the module quiz with the right answers; returns the attempt id. */
    private static String sendQuiz(Http http) {
        String quiz = "/kuis/kuis-media-sosial";
        expect(303, http.submit(quiz, quiz + "/mulai", Map.of()));
        Matcher m = ATTEMPT.matcher(http.get(quiz + "/isi").body());
        if (!m.find()) {
            throw new AssertionError("no attempt on the questions page");
        }
        List<Map.Entry<String, String>> form = new ArrayList<>(QuizAnswers.right(QuizAnswers.bundled("kuis-media-sosial")));
        form.add(Map.entry("percobaan", m.group(1)));
        expect(303, http.submitAll(quiz + "/isi", quiz + "/kirim", form));
        return m.group(1);
    }

    private static void expect(int status, HttpResponse<String> r) {
        if (r.statusCode() != status) {
            throw new AssertionError(r.request().uri() + " answered " + r.statusCode() + ": " + r.body());
        }
    }
}
