package id.serambi.quiz.take;

import id.serambi.support.Http;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quiz pages over HTTP: bad posts, a draft kept, a send that counts once, and whose results show. */
class QuizPagesTest {
    private static final String EVALUATION = "/kuis/evaluasi-pelatihan";
    private static final Pattern ATTEMPT = Pattern.compile("name=\"percobaan\" value=\"([0-9a-f]+)\"");
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String begin(Http http) {
        assertEquals(303, http.submit(EVALUATION, EVALUATION + "/mulai", Map.of("kelompok", "warga")).statusCode());
        Matcher m = ATTEMPT.matcher(http.get(EVALUATION + "/isi").body());
        assertTrue(m.find());
        return m.group(1);
    }

    @Test
    void a_post_naming_an_unknown_question_is_refused_with_400_and_nothing_is_stored() {
        Http http = app.http();
        String attempt = begin(http);
        HttpResponse<String> forged = http.submit(EVALUATION + "/isi", EVALUATION + "/simpan",
                Map.of("percobaan", attempt, "soal", "tidak-ada", "q-tidak-ada", "1"));
        assertEquals(400, forged.statusCode());
        assertTrue(forged.body().contains("tidak ada di kuis ini, jadi tidak ada yang disimpan"), forged.body());
        assertTrue(http.get(EVALUATION + "/isi").body().contains("15 pertanyaan belum dijawab"));
    }

    @Test
    void a_likert_value_out_of_range_gets_a_message_and_the_other_answers_are_kept() {
        Http http = app.http();
        String attempt = begin(http);
        assertEquals(303, http.submit(EVALUATION + "/isi", EVALUATION + "/simpan",
                Map.of("percobaan", attempt, "soal", "materi", "q-materi", "4")).statusCode());
        HttpResponse<String> bad = http.submit(EVALUATION + "/isi", EVALUATION + "/simpan",
                Map.of("percobaan", attempt, "soal", "pelatih", "q-pelatih", "9"));
        assertEquals(422, bad.statusCode());
        assertTrue(bad.body().contains("Nilai 9 di luar skala; pilih 1 sampai 5."), bad.body());
        assertTrue(http.get(EVALUATION + "/isi").body().contains("14 pertanyaan belum dijawab"), "materi is kept");
    }

    @Test
    void sending_twice_counts_once_and_nobody_else_sees_the_result() {
        Http http = app.http();
        String attempt = begin(http);
        HttpResponse<String> first = http.submit(EVALUATION + "/isi", EVALUATION + "/kirim", Map.of("percobaan", attempt));
        HttpResponse<String> again = http.post(EVALUATION + "/kirim",
                Map.of("percobaan", attempt, "_csrf", http.cookie("serambi_csrf")));
        assertEquals(303, first.statusCode());
        assertEquals(303, again.statusCode());
        String result = first.headers().firstValue("Location").orElseThrow();
        assertEquals(result, again.headers().firstValue("Location").orElseThrow());
        String intro = http.get(EVALUATION).body();
        assertEquals(1, intro.split("/hasil/", -1).length - 1, "one sent attempt: " + intro);
        assertTrue(intro.contains("Terima kasih, Anda sudah mengisi kuesioner ini."));
        assertEquals(200, http.get(result).statusCode());
        assertEquals(404, app.http().get(result).statusCode(), "another visitor cannot open it");
        assertFalse(app.http().get(EVALUATION).body().contains("/hasil/"));
    }

    @Test
    void answers_carried_by_the_send_are_stored_with_it_without_a_save_before() {
        Http http = app.http();
        String attempt = begin(http);
        String questions = http.get(EVALUATION + "/isi").body();
        assertTrue(questions.contains("data-autosave=\"ya\""), "a paper of many questions saves as it is answered");
        HttpResponse<String> sent = http.submit(EVALUATION + "/isi", EVALUATION + "/kirim",
                Map.of("percobaan", attempt, "soal", "materi", "q-materi", "4"));
        assertEquals(303, sent.statusCode());
        String result = http.get(sent.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(Pattern.compile("name=\"q-materi\" value=\"4\"[^>]*checked").matcher(result).find(),
                "the answer sent with the send is on the result page");
        HttpResponse<String> invalid = http.post(EVALUATION + "/kirim", Map.of("percobaan", attempt,
                "soal", "pelatih", "q-pelatih", "9", "_csrf", http.cookie("serambi_csrf")));
        assertEquals(303, invalid.statusCode(), "a sent attempt takes no more answers: the form goes to its result");
    }
}
