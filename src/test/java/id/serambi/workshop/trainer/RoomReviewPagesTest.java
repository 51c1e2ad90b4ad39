package id.serambi.workshop.trainer;

import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import id.serambi.support.Http;
import id.serambi.support.QuizAnswers;
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

/** In a workshop, the post-test's feedback waits until the trainer closes its step. */
class RoomReviewPagesTest {
    private static final String POST = "/kuis/tes-akhir";
    private static final Pattern ATTEMPT = Pattern.compile("name=\"percobaan\" value=\"([0-9a-f]+)\"");
    private static final Pattern SHOWN = Pattern.compile("name=\"soal\" value=\"([a-z0-9-]+)\"");
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void the_post_tests_feedback_shows_once_the_trainer_closes_its_step() {
        RoomPagesTest.Room room = RoomPagesTest.room(app);
        Http phone = room.join("Rahmat", "aparat");
        assertEquals(303, room.item("buka", "kuis:tes-akhir").statusCode());
        assertEquals(303, phone.submit(POST, POST + "/mulai", Map.of()).statusCode());
        String take = phone.get(POST + "/isi").body();
        Matcher attempt = ATTEMPT.matcher(take);
        assertTrue(attempt.find(), take);
        Quiz quiz = QuizAnswers.bundled("tes-akhir");
        List<Map.Entry<String, String>> form = new ArrayList<>(List.of(Map.entry("percobaan", attempt.group(1))));
        Matcher shown = SHOWN.matcher(take);
        List<Question> asked = new ArrayList<>();
        while (shown.find()) {
            Question q = quiz.question(shown.group(1)).orElseThrow();
            asked.add(q);
            form.add(Map.entry("soal", q.id()));
            form.addAll(QuizAnswers.right(q));
        }
        assertEquals(14, asked.size(), "one item per objective");
        HttpResponse<String> sent = phone.submitAll(POST + "/isi", POST + "/kirim", form);
        assertEquals(303, sent.statusCode(), sent.body());
        String result = sent.headers().firstValue("Location").orElseThrow();
        Question explained = asked.stream().filter(q -> q.explanation().isPresent()).findFirst().orElseThrow();
        String explanation = explained.explanation().orElseThrow().id();

        String open = phone.get(result).body();
        assertTrue(open.contains("Selamat, Anda lulus!") && open.contains(">100<"), open);
        assertFalse(open.contains(escaped(explanation)), "no feedback while the step is open: " + open);
        assertTrue(open.contains("setelah pelatih menutup kuis ini"), open);

        assertEquals(303, room.item("tutup", "kuis:tes-akhir").statusCode());
        String closed = phone.get(result).body();
        assertTrue(closed.contains(escaped(explanation)), "the feedback once the step is closed: " + closed);
        assertTrue(closed.contains("Tinjauan jawaban"), closed);
        assertFalse(closed.contains("setelah pelatih menutup kuis ini"), closed);
        assertFalse(app.http().get(POST).body().contains("Tinjauan jawaban"), "nobody else sees it");
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
