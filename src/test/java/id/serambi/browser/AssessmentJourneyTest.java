package id.serambi.browser;

import id.serambi.account.Role;
import id.serambi.account.TestAccounts;
import id.serambi.course.ContentRoot;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import id.serambi.support.Browser;
import id.serambi.support.Closing;
import id.serambi.support.QuizClicks;
import id.serambi.support.CourseFixture;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On a phone (390x844): a participant takes the bundled pre-test and sees no answers, then the
 * post-test on a paper of its own and sees only the score; a trainer marks an essay and the
 * learner sees the mark and the note.
 */
class AssessmentJourneyTest {
    private static CourseFixture course;
    private static TestApp app;
    private static Browser browser;

    @BeforeAll
    static void start() {
        course = CourseFixture.create();
        copy(ContentRoot.bundled(), course.root());
        course.file("quizzes/esai-kantor.yaml", """
                kind: quiz
                title: Esai layanan kantor
                pass: 50
                questions:
                  - id: balasan
                    type: text
                    long: true
                    points: 4
                    prompt:
                      id: Tulis pesan sambutan WhatsApp untuk kantor Anda.
                      en: Write a WhatsApp greeting for your office.
                """);
        app = TestApp.start(course.root());
        browser = Browser.start(Browser.PHONE);
    }

    @AfterAll
    static void stop() {
        Closing.all(browser, app);
        course.close();
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of the questions the page shows, in its order. */
    private static List<String> shown() {
        return browser.driver().findElements(By.cssSelector("fieldset.question")).stream()
                .map(f -> f.getAttribute("id").substring("soal-".length())).toList();
    }

    private static void begin(String quiz, String title) {
        browser.open(app.url("/kuis/" + quiz));
        browser.waitForText(By.tagName("h1"), title);
        browser.find(By.cssSelector("form.quiz-start button")).click();
        browser.waitForText(By.cssSelector(".q-status"), "pertanyaan belum dijawab");
    }

    private static void send() {
        browser.find(By.xpath("//button[normalize-space()='Kirim jawaban']")).click();
    }

    @Test
    void the_pre_test_reveals_nothing_and_the_post_test_comes_on_a_paper_of_its_own() {
        Quiz pre = app.quizzes().find("tes-awal").orElseThrow();
        begin("tes-awal", "Tes awal");
        List<String> preOrder = shown();
        assertEquals(14, preOrder.size(), "one item for each of the course bank's 14 objectives");
        preOrder.forEach(id -> QuizClicks.right(browser, pre.question(id).orElseThrow()));
        send();
        browser.waitForText(By.tagName("h1"), "Terima kasih!");
        String page = browser.find(By.tagName("main")).getText();
        assertTrue(page.contains("Jawaban Anda sudah tersimpan."), page);
        for (String hidden : List.of("Benar", "Kurang tepat", "/100", "lulus", "poin", "Tinjauan")) {
            assertTrue(!page.contains(hidden), hidden + " shows on the pre-test's result: " + page);
        }
        assertTrue(browser.driver().findElements(By.cssSelector(".review, .q-feedback, .score")).isEmpty());

        Quiz post = app.quizzes().find("tes-akhir").orElseThrow();
        begin("tes-akhir", "Tes akhir");
        List<String> postOrder = shown();
        assertEquals(14, postOrder.size());
        assertNotEquals(preOrder, postOrder, "the post-test differs in items or order");
        postOrder.forEach(id -> QuizClicks.right(browser, post.question(id).orElseThrow()));
        send();
        browser.waitForText(By.cssSelector(".score-verdict"), "Selamat, Anda lulus!");
        assertEquals("100", browser.find(By.cssSelector(".score-big span")).getText());
        assertTrue(browser.driver().findElements(By.cssSelector(".review, .q-feedback")).isEmpty(),
                "the post-test's feedback waits for the trainer");
        browser.waitForText(By.cssSelector("main"), "setelah pelatih menutup kuis ini");
        shot("hasil-tes-akhir");
    }

    @Test
    void a_trainer_marks_an_essay_and_the_learner_sees_the_mark_and_the_note() {
        begin("esai-kantor", "Esai layanan kantor");
        browser.find(By.cssSelector("#soal-balasan textarea")).sendKeys(
                "Selamat datang di layanan WhatsApp Kelurahan. Ketik Menu untuk melihat layanan.");
        send();
        browser.waitForText(By.cssSelector(".score-verdict"), "setelah pelatih menilai jawaban esai Anda");
        String result = browser.driver().getCurrentUrl();
        // the trainer marks on the same phone; the learner's cookie is put back afterwards
        String learner = browser.cookie("serambi_pelajar");

        TestAccounts.create(app.database().jdbi(), "pak.andi", Role.TRAINER, TestApp.TEST_PASSWORD);
        browser.open(app.url("/masuk"));
        browser.find(By.id("nama")).sendKeys("pak.andi");
        browser.find(By.id("sandi")).sendKeys(TestApp.TEST_PASSWORD);
        browser.find(By.xpath("//button[normalize-space()='Masuk']")).click();
        browser.waitForText("pak.andi");
        browser.open(app.url("/dasbor/esai-kantor"));
        browser.find(By.linkText("Menilai jawaban esai")).click();
        browser.waitForText(By.tagName("h1"), "Menilai jawaban");
        WebElement row = browser.find(By.cssSelector("li.marking.is-waiting"));
        assertTrue(row.getText().contains("Ketik Menu untuk melihat layanan."), row.getText());
        row.findElement(By.name("nilai")).sendKeys("3,5");
        row.findElement(By.name("komentar")).sendKeys("Tambahkan jam layanan kantor.");
        shot("menilai-esai");
        row.findElement(By.xpath(".//button[normalize-space()='Simpan nilai']")).click();
        browser.waitForText(By.cssSelector(".notice"), "Nilai tersimpan.");
        browser.clearCookies();
        browser.setCookie(app.url("/"), "serambi_pelajar", learner);

        browser.open(result);
        browser.waitForText(By.cssSelector(".score-verdict"), "Selamat, Anda lulus!");
        assertEquals("87,5", browser.find(By.cssSelector(".score-big span")).getText());
        String feedback = browser.find(By.cssSelector("#soal-balasan .q-feedback")).getText();
        assertTrue(feedback.contains("3,5 dari 4 poin"), feedback);
        assertTrue(feedback.contains("Catatan pelatih: Tambahkan jam layanan kantor."), feedback);
        shot("hasil-esai");
    }

    private static void shot(String name) {
        String dir = System.getProperty("serambi.shots");
        if (dir != null) {
            browser.fullPageScreenshot(Path.of(dir, name + ".png"));
        }
    }
}
