package id.serambi.browser;

import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import id.serambi.support.Browser;
import id.serambi.support.Closing;
import id.serambi.support.QuizClicks;
import id.serambi.support.QuizAnswers;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A learner takes the module's quiz on a phone (390x844): sends it unanswered and fails, sees
 * the feedback, tries again with the right answers, passes, and the module's progress moves.
 */
class QuizJourneyTest {
    private static final String QUIZ = "kuis-media-sosial";
    private static TestApp app;
    private static Browser browser;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        browser = Browser.start(Browser.PHONE);
    }

    @AfterAll
    static void stop() {
        Closing.all(browser, app);
    }

    @Test
    void a_learner_fails_the_module_quiz_retries_passes_and_the_module_progress_moves() {
        Quiz quiz = QuizAnswers.bundled(QUIZ);
        int items = quiz.questions().size();

        browser.open(app.url("/modul/media-sosial"));
        String before = browser.find(By.cssSelector(".progress-text")).getText();
        assertEquals("0 dari 10 langkah selesai", before);
        browser.find(By.cssSelector("a[href='/kuis/" + QUIZ + "']")).click();
        browser.waitForText(By.tagName("h1"), "Kuis: Media Sosial");
        browser.find(By.cssSelector("form.quiz-start button")).click();

        browser.waitForText(By.cssSelector(".q-status"), items + " pertanyaan belum dijawab");
        send();
        browser.waitForText(By.cssSelector(".score-verdict"), "Belum lulus");
        assertEquals("0", browser.find(By.cssSelector(".score-big span")).getText());
        assertTrue(browser.find(By.cssSelector(".review")).getText().contains("Tidak dijawab"));

        browser.find(By.xpath("//button[normalize-space()='Coba lagi']")).click();
        browser.waitForText(By.cssSelector(".crumbs [aria-current]"), "Percobaan 2");
        Question first = quiz.questions().get(0);
        QuizClicks.right(browser, first);
        browser.find(By.cssSelector("#soal-" + first.id() + " .q-check button")).click();
        browser.waitForText(By.cssSelector("#soal-" + first.id() + " .q-feedback"), "Benar");
        assertTrue(browser.find(By.cssSelector("#soal-" + first.id() + " input[type=radio]")).getAttribute("disabled") != null,
                "a checked answer can no longer change");
        quiz.questions().stream().skip(1).forEach(q -> QuizClicks.right(browser, q));
        send();
        browser.waitForText(By.cssSelector(".score-verdict"), "Selamat, Anda lulus!");
        assertEquals("100", browser.find(By.cssSelector(".score-big span")).getText());

        browser.find(By.linkText("Kembali ke modul")).click();
        browser.waitForText(By.cssSelector(".progress-text"), "1 dari 10 langkah selesai");
        WebElement item = browser.find(By.xpath("//li[contains(@class,'item-quiz')][.//a[@href='/kuis/kuis-media-sosial']]"));
        assertTrue(item.getAttribute("class").contains("is-done"), item.getAttribute("outerHTML"));
    }

    private void send() {
        WebElement button = browser.find(By.xpath("//button[normalize-space()='Kirim jawaban']"));
        button.click();
    }
}
