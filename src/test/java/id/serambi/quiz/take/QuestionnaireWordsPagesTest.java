package id.serambi.quiz.take;

import id.serambi.support.Http;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A questionnaire is filled in, not attempted: its pages never speak of attempts ("percobaan"). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionnaireWordsPagesTest {
    private static final String EVALUATION = "/kuis/evaluasi-pelatihan";
    private static final Pattern ATTEMPT = Pattern.compile("name=\"percobaan\" value=\"([0-9a-f]+)\"");
    private TestApp app;

    @BeforeAll
    void start() {
        app = TestApp.start();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    /** What a reader sees of the page's main part: its text, without tags and hidden fields. */
    private static String shown(String page) {
        String main = page.substring(page.indexOf("<main"), page.indexOf("</main>"));
        return main.replaceAll("<[^>]*>", " ").toLowerCase(Locale.ROOT);
    }

    @Test
    void the_questions_the_thanks_and_the_introduction_after_sending_say_nothing_of_attempts() {
        Http http = app.http();
        assertEquals(303, http.submit(EVALUATION, EVALUATION + "/mulai", Map.of("kelompok", "warga")).statusCode());
        String questions = http.get(EVALUATION + "/isi").body();
        assertFalse(shown(questions).contains("percobaan"), shown(questions));
        Matcher m = ATTEMPT.matcher(questions);
        assertTrue(m.find());
        HttpResponse<String> sent = http.submit(EVALUATION + "/isi", EVALUATION + "/kirim", Map.of("percobaan", m.group(1)));
        assertEquals(303, sent.statusCode(), sent.body());
        String thanks = http.get(sent.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(thanks.contains("Terima kasih"), thanks);
        assertFalse(shown(thanks).contains("percobaan"), shown(thanks));
        String intro = http.get(EVALUATION).body();
        assertFalse(shown(intro).contains("percobaan"), shown(intro));
    }
}
