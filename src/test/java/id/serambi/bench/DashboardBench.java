package id.serambi.bench;

import id.serambi.App;
import id.serambi.ContentLoading;
import id.serambi.account.Role;
import id.serambi.account.TestAccounts;
import id.serambi.course.CatalogLoader;
import id.serambi.course.ContentRoot;
import id.serambi.course.CourseSource;
import id.serambi.db.Database;
import id.serambi.i18n.Messages;
import id.serambi.quiz.grade.Grader;
import id.serambi.quiz.grade.Scoring;
import id.serambi.quiz.model.Answer;
import id.serambi.quiz.model.Choice;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.model.QuizCatalog;
import id.serambi.quiz.take.AnswerJson;
import id.serambi.account.User;
import id.serambi.web.PublicAddress;
import id.serambi.workshop.model.Workshop;
import id.serambi.workshop.store.WorkshopStore;
import io.javalin.Javalin;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Render time of the dashboards with 10,000 responses: the evaluation questionnaire's dashboard
 * and the module quiz's (item analysis over 10,000 attempts), each read from the database and
 * aggregated on every request, against a baseline in the same go: the quiz list page, which reads
 * no responses. Responses are written straight into the tables, shaped as the quiz pages write
 * them. Run by {@code bench/dashboard.sh}; prints medians and the ratio.
 */
public final class DashboardBench {
    public static void main(String[] args) throws Exception {
        int responses = Integer.getInteger("responses", 10_000);
        int samples = Integer.getInteger("samples", 20);
        Path dir = Files.createTempDirectory("serambi-dashboard-bench");
        Messages messages = new Messages();
        ContentLoading loading = new ContentLoading(messages);
        Path root = ContentRoot.bundled();
        CatalogLoader.Result result = loading.loader().load(root);
        QuizCatalog quizzes = loading.quizzes(result);
        try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("bench.db"))) {
            long t0 = System.nanoTime();
            Quiz evaluation = quizzes.find("evaluasi-pelatihan").orElseThrow();
            fill(db, evaluation, 0, responses, 1, null);
            fill(db, quizzes.find("kuis-media-sosial").orElseThrow(), 0, responses, 2, null);
            System.out.printf("wrote %,d questionnaire responses and %,d quiz attempts in %.1f s%n", responses,
                    responses, (System.nanoTime() - t0) / 1e9);
            Javalin app = App.create(db, CourseSource.fixed(root, result.catalog().orElseThrow()),
                    loading.menus(result), quizzes, loading.practice(result), messages,
                    new PublicAddress(Optional.empty(), List.of()), Clock.systemUTC()).server().start("127.0.0.1", 0);
            try {
                String base = "http://127.0.0.1:" + app.port();
                HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
                String workshop = logIn(db, http, base);
                for (String path : List.of("/kuis", "/dasbor/evaluasi-pelatihan", "/dasbor/kuis-media-sosial")) {
                    time(http, base + path, 3);
                }
                Map<String, Double> medians = new LinkedHashMap<>();
                for (String path : List.of("/kuis", "/dasbor/evaluasi-pelatihan", "/dasbor/kuis-media-sosial",
                        "/dasbor/evaluasi-pelatihan?kelompok=warga", "/dasbor/evaluasi-pelatihan/jawaban.csv")) {
                    List<Double> ms = time(http, base + path, samples);
                    medians.put(path, median(ms));
                    System.out.printf("%-45s median %8.1f ms  max %8.1f ms  (%d requests)%n", path, median(ms),
                            Collections.max(ms), samples);
                }
                // A live workshop: its evaluation dashboard, one new response in the room before each view.
                String live = "/dasbor/evaluasi-pelatihan?lokakarya=" + workshop;
                fill(db, evaluation, responses, 30, 3, workshop);
                int[] next = {responses + 30};
                time(http, base + live, 3);
                List<Double> liveMs = time(http, base + live, samples,
                        () -> fill(db, evaluation, next[0]++, 1, next[0], workshop));
                medians.put(live, median(liveMs));
                System.out.printf("%-45s median %8.1f ms  max %8.1f ms  (%d requests, a new response before each)%n",
                        "live workshop " + live.substring(0, live.indexOf('?')), median(liveMs), Collections.max(liveMs),
                        samples);
                double baseline = medians.get("/kuis");
                medians.forEach((path, ms) -> System.out.printf("%-45s %6.1f x the quiz list%n", path, ms / baseline));
            } finally {
                app.stop();
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * The dashboards are for trainers: a trainer account made for the run, logged in through the
     * form, with an open workshop of its own; returns the workshop's id.
     */
    private static String logIn(Database db, HttpClient http, String base) throws Exception {
        User trainer = TestAccounts.create(db.jdbi(), "pelatih-bench", Role.TRAINER, "sandi-untuk-bench");
        String workshop = new WorkshopStore(db.jdbi(), new SecureRandom()).create(new Workshop("", Optional.empty(),
                "Pelatihan bench", "Madatte", "Aula kelurahan", LocalDate.of(2025, 11, 27), trainer.id(), List.of(),
                new Workshop.Quizzes(Optional.empty(), List.of(), Optional.empty(), Optional.of("evaluasi-pelatihan"),
                        Optional.empty()), List.of(), Workshop.State.OPEN, Optional.empty(), 40), Instant.now()).id();
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "/masuk")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("no form token on /masuk");
        }
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/masuk"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("nama=pelatih-bench&sandi=sandi-untuk-bench&_csrf="
                        + csrf.group(1))).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 303) {
            throw new IllegalStateException("logging in answered " + r.statusCode());
        }
        return workshop;
    }

    private static List<Double> time(HttpClient http, String url, int n) throws Exception {
        return time(http, url, n, () -> {
        });
    }

    /** Times {@code n} requests, doing {@code before} (not timed) before each. */
    private static List<Double> time(HttpClient http, String url, int n, Runnable before) throws Exception {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            before.run();
            long t0 = System.nanoTime();
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            ms.add((System.nanoTime() - t0) / 1e6);
            if (r.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + r.statusCode());
            }
        }
        return ms;
    }

    /**
     * Sent attempts numbered from {@code first}, with an answer to every question, as random as a
     * room of respondents; in {@code workshop} when not null.
     */
    private static void fill(Database db, Quiz quiz, int first, int count, long seed, String workshop) {
        Random random = new Random(seed);
        AnswerJson json = new AnswerJson();
        Scoring scoring = new Scoring(new Grader());
        long start = 1_764_200_000_000L;
        db.jdbi().useTransaction(h -> {
            PreparedBatch learners = h.prepareBatch(
                    "insert into learner (id, created_at) values (:id, :at) on conflict (id) do nothing");
            PreparedBatch attempts = h.prepareBatch("""
                    insert into quiz_attempt (id, quiz, learner_id, number, question_order, started_at, submitted_at,
                        score, max_score, passed, respondent_group, workshop)
                    values (:id, :quiz, :learner, 1, :order, :at, :at, :score, :max, :passed, :group, :workshop)""");
            PreparedBatch answers = h.prepareBatch("""
                    insert into quiz_answer (attempt_id, question, answer, saved_at, mark)
                    values (:attempt, :question, :answer, :at, :mark)""");
            String order = String.join(",", quiz.questions().stream().map(Question::id).toList());
            for (int i = first; i < first + count; i++) {
                String learner = "bench-" + i;
                String attempt = quiz.id() + "-" + i;
                // a room's responses arrive now, after everything already sent
                long at = workshop == null ? start + random.nextInt(5 * 24 * 3600) * 1000L : System.currentTimeMillis();
                Map<String, Answer> given = new LinkedHashMap<>();
                for (Question q : quiz.questions()) {
                    given.put(q.id(), answer(q, random, i));
                }
                Scoring.Score score = scoring.score(quiz, given);
                boolean graded = quiz.kind() == Quiz.Kind.QUIZ;
                learners.bind("id", learner).bind("at", at).add();
                attempts.bind("id", attempt).bind("quiz", quiz.id()).bind("learner", learner).bind("order", order)
                        .bind("at", at).bind("score", graded ? score.points() : null)
                        .bind("max", graded ? score.maxPoints() : null).bind("passed", !graded || score.passed() ? 1 : 0)
                        .bind("group", random.nextInt(4) == 0 ? "aparat" : "warga").bind("workshop", workshop).add();
                for (Map.Entry<String, Answer> e : given.entrySet()) {
                    var grade = score.grades().get(e.getKey());
                    answers.bind("attempt", attempt).bind("question", e.getKey()).bind("answer", json.write(e.getValue()))
                            .bind("at", at).bind("mark", grade == null ? null : grade.points()).add();
                }
            }
            learners.execute();
            attempts.execute();
            answers.execute();
        });
    }

    private static Answer answer(Question q, Random random, int i) {
        if (q instanceof Question.Single s) {
            return new Answer.Choices(List.of(pick(s.choices(), random).id()), "");
        } else if (q instanceof Question.Multiple m) {
            List<String> ids = new ArrayList<>();
            m.choices().forEach(c -> {
                if (random.nextInt(3) == 0) {
                    ids.add(c.id());
                }
            });
            return new Answer.Choices(ids, m.other() && random.nextInt(10) == 0 ? "Layanan lain " + (i % 7) : "");
        } else if (q instanceof Question.TrueFalse) {
            return new Answer.Bool(random.nextBoolean());
        } else if (q instanceof Question.ShortAnswer s) {
            return new Answer.Typed(random.nextBoolean() ? s.accepted().get(0).pattern().replace("*", "") : "tidak tahu");
        } else if (q instanceof Question.Numerical n) {
            return new Answer.Typed(String.valueOf(random.nextInt(30)));
        } else if (q instanceof Question.Matching m) {
            List<String> rights = new ArrayList<>(m.pairs().stream().map(p -> p.right().id()).toList());
            Collections.shuffle(rights, random);
            Map<String, String> chosen = new LinkedHashMap<>();
            for (int k = 0; k < m.pairs().size(); k++) {
                chosen.put(m.pairs().get(k).id(), rights.get(k));
            }
            return new Answer.Pairs(chosen);
        } else if (q instanceof Question.Ordering o) {
            List<String> ids = new ArrayList<>(o.items().stream().map(Choice::id).toList());
            Collections.shuffle(ids, random);
            return new Answer.Order(ids);
        } else if (q instanceof Question.Likert l) {
            return new Answer.Scale(1 + Math.min(l.labels().size() - 1, (int) Math.abs(random.nextGaussian() + 3.5)));
        } else if (q instanceof Question.Rating r) {
            return new Answer.Scale(1 + random.nextInt(r.max()));
        }
        return new Answer.Typed("Saran peserta nomor " + i + ": pelatihan <b>lanjutkan</b>, tambah praktik.");
    }

    private static Choice pick(List<Choice> choices, Random random) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
