package id.serambi.gates;

import id.serambi.account.Role;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import id.serambi.support.Http;
import id.serambi.support.QuizAnswers;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The visitor steps behind the quiz, GIFT import and dashboard pages of {@link GatePages}. */
final class QuizSteps {
    private QuizSteps() {
    }

    static final String IMPORTED = "/kuis/kuis-pelayanan-desa";
    private static final String GIFT = """
            $CATEGORY: $course$/top/Kuis Pelayanan Desa

            ::sapaan::Salam pembuka yang sopan di WhatsApp kantor? {=Selamat pagi, ada yang bisa kami bantu? ~Apa?}

            ::jam::Kantor kelurahan buka hari Minggu. {FALSE}
            """;

    /** Pastes a small GIFT quiz on the import page and saves it; then presses each button named ("hapus"). */
    static Consumer<Http> importGift(String... then) {
        return http -> {
            http.logInAsNew(Role.TRAINER);
            HttpResponse<String> saved = http.submit("/kuis/impor", "/kuis/impor/simpan", Map.of("teks", GIFT));
            if (saved.statusCode() != 303) {
                throw new AssertionError("saving a GIFT quiz answered " + saved.statusCode() + ": " + saved.body());
            }
            for (String button : then) {
                HttpResponse<String> r = http.submit("/kuis/impor", "/kuis/impor/" + button,
                        Map.of("kuis", IMPORTED.substring("/kuis/".length())));
                if (r.statusCode() != 303) {
                    throw new AssertionError(button + " on the import page answered " + r.statusCode());
                }
            }
        };
    }

    static final String QUIZ = "/kuis/kuis-media-sosial";
    static final String EVALUATION = "/kuis/evaluasi-pelatihan";
    static final String SKM = "/kuis/skm";
    /** The step of {@link #quiz} that sends the attempt. */
    static final Map<String, String> SEND = Map.of("aksi", "kirim");
    private static final Pattern ATTEMPT = Pattern.compile("name=\"percobaan\" value=\"([0-9a-f]+)\"");
    private static final Pattern RESULT = Pattern.compile("href=\"(/kuis/[a-z0-9-]+/hasil/[0-9a-f]+)\"");

    /**
     * Starts an attempt with the respondent's answers, then posts each step to the questions' form:
     * a map of fields is saved, {@link #SEND} sends the attempt, and a step after a send starts a
     * new attempt (left as a draft).
     */
    @SafeVarargs
    static Consumer<Http> quiz(String quiz, Map<String, String> respondent, Map<String, String>... steps) {
        List<Function<List<String>, Map<String, String>>> fixed = new ArrayList<>();
        for (Map<String, String> step : steps) {
            fixed.add(shown -> step);
        }
        return quizSteps(quiz, respondent, fixed);
    }

    /**
     * As {@link #quiz}, each step made from the ids of the questions the attempt's page shows, in
     * their order: for a quiz that draws its questions, each attempt shows its own.
     */
    private static Consumer<Http> quizSteps(String quiz, Map<String, String> respondent,
                                            List<Function<List<String>, Map<String, String>>> steps) {
        return http -> {
            start(http, quiz, respondent);
            boolean sent = false;
            for (Function<List<String>, Map<String, String>> next : steps) {
                if (sent) {
                    start(http, quiz, respondent);
                    sent = false;
                }
                String page = http.get(quiz + "/isi").body();
                Matcher m = ATTEMPT.matcher(page);
                if (!m.find()) {
                    throw new AssertionError("no attempt on " + quiz + "/isi");
                }
                Map<String, String> step = next.apply(QuizAnswers.shown(page));
                boolean send = SEND.equals(step);
                Map<String, String> form = new HashMap<>(send ? Map.of() : step);
                form.put("percobaan", m.group(1));
                HttpResponse<String> r = http.submit(quiz + "/isi", quiz + (send ? "/kirim" : "/simpan"), form);
                if (r.statusCode() != 303) {
                    throw new AssertionError("posting to " + quiz + " answered " + r.statusCode() + ": " + r.body());
                }
                sent = send;
            }
        };
    }

    /**
     * Answers the first questions a bundled quiz's attempt shows, one save each, right or wrong as
     * {@code right} says in turn, then sends the attempt.
     */
    static Consumer<Http> drawnQuiz(String quizId, boolean... right) {
        Quiz bundled = QuizAnswers.bundled(quizId);
        List<Function<List<String>, Map<String, String>>> steps = new ArrayList<>();
        for (int i = 0; i < right.length; i++) {
            int index = i;
            steps.add(shown -> {
                if (shown.size() <= index) {
                    throw new AssertionError(quizId + " shows " + shown.size() + " questions, not " + (index + 1));
                }
                Question q = bundled.question(shown.get(index)).orElseThrow();
                Map<String, String> form = new HashMap<>(Map.of("soal", q.id()));
                (right[index] ? QuizAnswers.right(q) : QuizAnswers.wrong(q)).forEach(f -> form.put(f.getKey(), f.getValue()));
                return form;
            });
        }
        steps.add(shown -> SEND);
        return quizSteps("/kuis/" + quizId, Map.of(), steps);
    }

    private static void start(Http http, String quiz, Map<String, String> respondent) {
        HttpResponse<String> r = http.submit(quiz, quiz + "/mulai", respondent);
        if (r.statusCode() != 303) {
            throw new AssertionError("starting " + quiz + " answered " + r.statusCode());
        }
    }

    /** Passes the module quiz: every question answered right, through the quiz's own forms. */
    static Consumer<Http> passQuiz() {
        return http -> {
            start(http, QUIZ, Map.of());
            Matcher m = ATTEMPT.matcher(http.get(QUIZ + "/isi").body());
            if (!m.find()) {
                throw new AssertionError("no attempt on " + QUIZ + "/isi");
            }
            List<Map.Entry<String, String>> form = new ArrayList<>(
                    QuizAnswers.right(QuizAnswers.bundled("kuis-media-sosial")));
            form.add(Map.entry("percobaan", m.group(1)));
            HttpResponse<String> r = http.submitAll(QUIZ + "/isi", QUIZ + "/kirim", form);
            if (r.statusCode() != 303) {
                throw new AssertionError("sending the right answers answered " + r.statusCode());
            }
        };
    }

    /** The result page of the visitor's latest sent attempt, from the quiz's intro page. */
    static String result(Http http, String quiz) {
        Matcher m = RESULT.matcher(http.get(quiz).body());
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        if (last == null) {
            throw new AssertionError("no sent attempt on " + quiz);
        }
        return last;
    }

    /**
     * Answers of one visitor to the evaluation questionnaire (with a "Lainnya" text and HTML typed
     * in free text), the SKM, and the pre- and post-test (one wrong and one right answer, then two
     * right and one wrong), so every dashboard has figures to show;
     * then the visitor logs in as a trainer to read them.
     */
    static final Consumer<Http> RESULTS = quiz(EVALUATION, Map.of("kelompok", "warga"),
            answer("materi", "q-materi", "5"), answer("pelatih", "q-pelatih", "2"),
            answer("akan-memakai", "q-akan-memakai", "ya"),
            answer("layanan-tambahan", "q-layanan-tambahan", "kelakuan-baik", "q-layanan-tambahan-lainnya",
                    "Surat pindah"),
            answer("nilai-keseluruhan", "q-nilai-keseluruhan", "4"),
            answer("saran", "q-saran", "<b>Tambah</b> jam praktik"), SEND)
            .andThen(quiz(SKM, Map.of("kelompok", "aparat"), skm()))
            // each attempt at the pre- and post-test draws its own questions: the first ones shown are answered
            .andThen(drawnQuiz("tes-awal", false, true))
            .andThen(drawnQuiz("tes-akhir", true, true, false))
            .andThen(http -> http.logInAsNew(Role.TRAINER));

    /** One save of {@link #quiz}: the question shown, then its fields and values. */
    static Map<String, String> answer(String question, String... fieldsAndValues) {
        Map<String, String> form = new HashMap<>(Map.of("soal", question));
        for (int i = 0; i + 1 < fieldsAndValues.length; i += 2) {
            form.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return form;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String>[] skm() {
        String[] ids = {"u1-persyaratan", "u2-prosedur", "u3-waktu", "u4-biaya", "u5-produk", "u6-kompetensi",
                "u7-perilaku", "u8-pengaduan", "u9-sarana"};
        Map<String, String>[] steps = new Map[ids.length + 1];
        for (int i = 0; i < ids.length; i++) {
            steps[i] = answer(ids[i], "q-" + ids[i], Integer.toString(1 + i % 4));
        }
        steps[ids.length] = SEND;
        return steps;
    }

    private static final Pattern RESPONSE = Pattern.compile("name=\"jawaban\" value=\"([^\"]+)\"");

    /** Hides the first typed answer on the evaluation questionnaire's dashboard. */
    static Consumer<Http> hideFirstAnswer() {
        return http -> {
            String dashboard = "/dasbor/evaluasi-pelatihan";
            Matcher m = RESPONSE.matcher(http.get(dashboard).body());
            if (!m.find()) {
                throw new AssertionError("no typed answer to hide on " + dashboard);
            }
            GatePages.expect(http.submit(dashboard, dashboard + "/sembunyikan", Map.of("jawaban", m.group(1), "soal", "saran",
                    "sembunyikan", "1")), "hide an answer");
        };
    }
}
