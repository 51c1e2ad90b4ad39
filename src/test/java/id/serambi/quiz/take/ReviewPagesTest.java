package id.serambi.quiz.take;

import id.serambi.account.Role;
import id.serambi.support.CourseFixture;
import id.serambi.support.Http;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a result page reveals, by the quiz's review setting; each attempt's own draw from a bank,
 * kept across reloads; forged answers to questions not drawn; scores, pass marks and negative marks
 * as they are shown.
 */
class ReviewPagesTest {
    private static final Pattern ATTEMPT = Pattern.compile("name=\"percobaan\" value=\"([0-9a-f]+)\"");
    private static final Pattern SHOWN = Pattern.compile("name=\"soal\" value=\"([a-z0-9-]+)\"");
    private static final Pattern OPTION = Pattern.compile("name=\"q-([a-z0-9-]+)\" value=\"([a-z])\"");

    /** Two items per objective; every option's feedback and every explanation carries a marker to look for. */
    private static final String BANK = bank();

    private static CourseFixture course;
    private static TestApp app;

    private static String bank() {
        StringBuilder b = new StringBuilder("questions:\n");
        for (String objective : List.of("dasar/01-satu#1", "dasar/02-dua#1")) {
            for (int i = 1; i <= 2; i++) {
                String id = (objective.contains("satu") ? "satu-" : "dua-") + i;
                b.append("""
                          - id: %s
                            type: single
                            objective: %s
                            prompt: Soal %s?
                            choices:
                              - { id: a, text: Pilihan pertama, feedback: UMPAN-A }
                              - { id: b, text: Pilihan kedua, correct: true, feedback: UMPAN-B }
                              - { id: c, text: Pilihan ketiga, feedback: UMPAN-C }
                            explanation: PENJELASAN-%s
                        """.formatted(id, objective, id, id));
            }
        }
        return b.toString();
    }

    @BeforeAll
    static void start() {
        course = CourseFixture.small()
                .file("quizzes/bank/bank.yaml", BANK)
                .file("quizzes/awal.yaml", """
                        kind: quiz
                        title: Tes awal
                        pool: bank
                        draw: 1
                        pass: none
                        review: none
                        attempts: 1
                        """)
                .file("quizzes/akhir.yaml", """
                        kind: quiz
                        title: Tes akhir
                        pool: bank
                        draw: 1
                        pass: 70
                        review: score
                        review_closed: full
                        attempts: 1
                        """)
                .file("quizzes/sanksi.yaml", """
                        kind: quiz
                        title: Kuis dengan pengurangan nilai
                        shuffle_options: false
                        questions:
                          - id: tebak
                            type: single
                            prompt: Pilih satu.
                            choices:
                              - { id: a, text: Benar, correct: true }
                              - { id: b, text: Salah besar, weight: -50 }
                          - id: pasti
                            type: truefalse
                            prompt: Ini benar.
                            answer: true
                        """)
                .file("quizzes/esai-dinilai.yaml", """
                        kind: quiz
                        title: Esai yang dinilai pelatih
                        pass: 60
                        shuffle_questions: false
                        questions:
                          - id: jam
                            type: short
                            prompt: Kapan kantor melayani?
                            accept: ["jam kerja"]
                          - id: cerita
                            type: text
                            points: 4
                            prompt: Ceritakan cara kantor Anda membalas pesan warga.
                        """)
                .file("quizzes/esai.yaml", """
                        kind: quiz
                        title: Esai saja
                        questions:
                          - id: cerita
                            type: text
                            prompt: Ceritakan layanan kantor Anda.
                        """);
        app = TestApp.start(course.root());
    }

    @AfterAll
    static void stop() {
        app.close();
        course.close();
    }

    /** Starts the quiz and returns the attempt id and the take page. */
    private static String[] begin(Http http, String quiz) {
        assertEquals(303, http.submit("/kuis/" + quiz, "/kuis/" + quiz + "/mulai", Map.of()).statusCode());
        String page = http.get("/kuis/" + quiz + "/isi").body();
        Matcher m = ATTEMPT.matcher(page);
        assertTrue(m.find(), page);
        return new String[] {m.group(1), page};
    }

    private static List<String> all(Pattern p, String page, int group) {
        List<String> found = new ArrayList<>();
        Matcher m = p.matcher(page);
        while (m.find()) {
            found.add(m.group(group));
        }
        return found;
    }

    /** Sends the attempt with every shown question answered with option {@code choice}. */
    private static HttpResponse<String> send(Http http, String quiz, String attempt, List<String> shown, String choice) {
        List<Map.Entry<String, String>> form = new ArrayList<>();
        form.add(Map.entry("percobaan", attempt));
        for (String q : shown) {
            form.add(Map.entry("soal", q));
            form.add(Map.entry("q-" + q, choice));
        }
        return http.submitAll("/kuis/" + quiz + "/isi", "/kuis/" + quiz + "/kirim", form);
    }

    private static String followed(Http http, HttpResponse<String> sent) {
        assertEquals(303, sent.statusCode(), sent.body());
        return http.get(sent.headers().firstValue("Location").orElseThrow()).body();
    }

    @Test
    void a_pre_test_draws_one_item_per_objective_and_its_result_reveals_nothing() {
        Http http = app.http();
        String[] begun = begin(http, "awal");
        List<String> shown = all(SHOWN, begun[1], 1);
        assertEquals(2, shown.size(), begun[1]);
        assertTrue(shown.get(0).startsWith("satu-") != shown.get(1).startsWith("satu-"), "one of each objective: " + shown);
        assertEquals(begun[1].replaceAll("name=\"_csrf\" value=\"[^\"]+\"", ""),
                http.get("/kuis/awal/isi").body().replaceAll("name=\"_csrf\" value=\"[^\"]+\"", ""),
                "a reload shows the same questions and options in the same order");

        String result = followed(http, send(http, "awal", begun[0], shown, "b"));
        for (String hidden : List.of("UMPAN-", "PENJELASAN-", "Benar", "Kurang tepat", "/100", "lulus", "poin")) {
            assertFalse(result.contains(hidden), hidden + " on the pre-test's result: " + result);
        }
        assertTrue(result.contains("Jawaban Anda sudah tersimpan."), result);
        String intro = http.get("/kuis/awal").body();
        assertTrue(intro.contains("Terkirim"), intro);
        assertFalse(intro.contains("Nilai "), intro);
        assertFalse(intro.contains("Lulus dengan nilai"), "no pass mark: " + intro);
        assertTrue(intro.contains("2 pertanyaan"), "one per objective, not the bank's four: " + intro);
    }

    @Test
    void each_attempt_draws_its_own_paper() {
        java.util.Set<String> papers = new java.util.HashSet<>();
        for (int i = 0; i < 12; i++) {
            String page = begin(app.http(), "awal")[1];
            papers.add(String.join(",", all(SHOWN, page, 1)) + "|" + String.join(",", all(OPTION, page, 2)));
        }
        // 4 draws of items x 2 question orders x 6 x 6 option orders: twelve equal papers would be a broken shuffle
        assertTrue(papers.size() >= 6, papers.toString());
    }

    @Test
    void an_answer_to_a_question_not_drawn_is_ignored_and_the_stored_draw_counts() {
        Http http = app.http();
        String[] begun = begin(http, "akhir");
        List<String> shown = all(SHOWN, begun[1], 1);
        List<String> forged = new ArrayList<>(List.of("satu-1", "satu-2", "dua-1", "dua-2"));
        HttpResponse<String> sent = send(http, "akhir", begun[0], forged, "b");
        String result = followed(http, sent);
        assertTrue(result.contains("2 dari 2 poin"), "the two drawn items count, the forged two do not: " + result);
        assertTrue(result.contains("Selamat, Anda lulus!"), result);
        assertEquals(2, shown.size());
    }

    @Test
    void a_post_test_shows_the_score_and_its_feedback_only_once_the_trainer_closes_it() {
        Http http = app.http();
        String[] begun = begin(http, "akhir");
        List<String> shown = all(SHOWN, begun[1], 1);
        // one right (b), one wrong (a): 50 of 100, below the pass mark
        List<Map.Entry<String, String>> form = new ArrayList<>(List.of(Map.entry("percobaan", begun[0]),
                Map.entry("soal", shown.get(0)), Map.entry("q-" + shown.get(0), "b"),
                Map.entry("soal", shown.get(1)), Map.entry("q-" + shown.get(1), "a")));
        HttpResponse<String> sent = http.submitAll("/kuis/akhir/isi", "/kuis/akhir/kirim", form);
        String resultUrl = sent.headers().firstValue("Location").orElseThrow();
        String before = http.get(resultUrl).body();
        assertTrue(before.contains("50"), before);
        assertTrue(before.contains("Belum lulus. Nilai lulus 70."), before);
        assertFalse(before.contains("UMPAN-"), before);
        assertFalse(before.contains("PENJELASAN-"), before);
        assertTrue(before.contains("setelah pelatih menutup kuis ini"), before);

        Http trainer = app.loggedIn(Role.TRAINER);
        assertEquals(303, trainer.submit("/dasbor/akhir", "/dasbor/akhir/tutup", Map.of("tutup", "1")).statusCode());
        String after = http.get(resultUrl).body();
        assertTrue(after.contains("UMPAN-B") && after.contains("UMPAN-A"), after);
        assertTrue(after.contains("PENJELASAN-"), after);
        assertFalse(after.contains("setelah pelatih menutup kuis ini"), after);
        assertEquals(303, trainer.submit("/dasbor/akhir", "/dasbor/akhir/tutup", Map.of("tutup", "0")).statusCode());
    }

    @Test
    void a_penalty_shows_as_a_negative_mark_and_the_total_never_below_zero() {
        Http http = app.http();
        String[] begun = begin(http, "sanksi");
        List<Map.Entry<String, String>> form = List.of(Map.entry("percobaan", begun[0]),
                Map.entry("soal", "tebak"), Map.entry("q-tebak", "b"),
                Map.entry("soal", "pasti"), Map.entry("q-pasti", "benar"));
        String result = followed(http, http.submitAll("/kuis/sanksi/isi", "/kuis/sanksi/kirim", form));
        assertTrue(result.contains("-0,5 dari 1 poin"), result);
        assertTrue(result.contains("0,5 dari 2 poin"), "1 - 0.5 = 0.5 of 2: " + result);
        assertTrue(result.contains(">25<"), result);
    }

    @Test
    void a_quiz_with_nothing_to_mark_shows_no_score_and_no_pass_or_fail() {
        Http http = app.http();
        String[] begun = begin(http, "esai");
        String result = followed(http, http.submitAll("/kuis/esai/isi", "/kuis/esai/kirim", List.of(
                Map.entry("percobaan", begun[0]), Map.entry("soal", "cerita"), Map.entry("q-cerita", "Kami buka jam 8."))));
        assertFalse(result.contains("/100"), result);
        assertFalse(result.contains("lulus"), result);
        assertFalse(result.contains("0 dari 0"), result);
        assertTrue(result.contains("Kami buka jam 8."), "the essay is shown back: " + result);
    }

    @Test
    void a_trainer_marks_an_essay_and_a_missed_short_answer_and_the_learner_sees_both() {
        Http http = app.http();
        String[] begun = begin(http, "esai-dinilai");
        String resultUrl = http.submitAll("/kuis/esai-dinilai/isi", "/kuis/esai-dinilai/kirim", List.of(
                Map.entry("percobaan", begun[0]), Map.entry("soal", "jam"), Map.entry("q-jam", "pukul 8 sampai 4"),
                Map.entry("soal", "cerita"), Map.entry("q-cerita", "Kami membalas dalam satu jam kerja.")))
                .headers().firstValue("Location").orElseThrow();
        String waiting = http.get(resultUrl).body();
        assertTrue(waiting.contains("Nilai akhir Anda tampil setelah pelatih menilai jawaban esai Anda."), waiting);
        assertTrue(waiting.contains("Menunggu nilai dari pelatih"), waiting);
        assertFalse(waiting.contains("Belum lulus"), "no verdict while an essay waits: " + waiting);

        Http trainer = app.loggedIn(Role.TRAINER);
        String queue = trainer.get("/dasbor/esai-dinilai/nilai").body();
        assertTrue(queue.contains("Kami membalas dalam satu jam kerja."), queue);
        assertTrue(queue.contains("pukul 8 sampai 4"), "a short answer the key gave 0 is listed too: " + queue);
        assertTrue(queue.indexOf("Kami membalas") < queue.indexOf("pukul 8 sampai 4"), "waiting essays first");

        Map<String, String> essay = Map.of("percobaan", begun[0], "soal", "cerita", "nilai", "7",
                "komentar", "Bagus");
        HttpResponse<String> tooHigh = trainer.submit("/dasbor/esai-dinilai/nilai", "/dasbor/esai-dinilai/nilai", essay);
        assertEquals(422, tooHigh.statusCode());
        assertTrue(tooHigh.body().contains("Nilai harus berupa angka dari 0 sampai 4"), tooHigh.body());
        HttpResponse<String> word = trainer.submit("/dasbor/esai-dinilai/nilai", "/dasbor/esai-dinilai/nilai",
                Map.of("percobaan", begun[0], "soal", "cerita", "nilai", "banyak"));
        assertEquals(422, word.statusCode());
        HttpResponse<String> notSent = trainer.submit("/dasbor/esai-dinilai/nilai", "/dasbor/esai-dinilai/nilai",
                Map.of("percobaan", "tidak-ada", "soal", "cerita", "nilai", "1"));
        assertEquals(404, notSent.statusCode());
        assertTrue(http.get(resultUrl).body().contains("Menunggu nilai dari pelatih"), "a refused mark changes nothing");

        assertEquals(303, trainer.submit("/dasbor/esai-dinilai/nilai", "/dasbor/esai-dinilai/nilai",
                Map.of("percobaan", begun[0], "soal", "cerita", "nilai", "2,5",
                        "komentar", "Sebutkan juga jam layanan di pesan sambutan.")).statusCode());
        String halfway = http.get(resultUrl).body();
        assertTrue(halfway.contains("2,5 dari 4 poin"), halfway);
        assertTrue(halfway.contains("Catatan pelatih: Sebutkan juga jam layanan di pesan sambutan."), halfway);
        assertTrue(halfway.contains("Belum lulus. Nilai lulus 60"), "2.5 of 5 = 50: " + halfway);

        assertEquals(303, trainer.submit("/dasbor/esai-dinilai/nilai", "/dasbor/esai-dinilai/nilai",
                Map.of("percobaan", begun[0], "soal", "jam", "nilai", "1", "komentar", "")).statusCode());
        String done = http.get(resultUrl).body();
        assertTrue(done.contains("3,5 dari 5 poin"), done);
        assertTrue(done.contains(">70<"), "3.5 of 5 = 70: " + done);
        assertTrue(done.contains("Selamat, Anda lulus!"), done);
        assertTrue(http.get("/kuis/esai-dinilai").body().contains("Nilai 70: lulus"), "the history follows");
    }
}
