package id.serambi.browser;

import id.serambi.account.Role;
import id.serambi.account.TestAccounts;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import id.serambi.support.Browser;
import id.serambi.support.Closing;
import id.serambi.support.Http;
import id.serambi.support.QuizAnswers;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A whole session in separate browsers: a trainer logs in, sets up a workshop with the pre-test and
 * opens it; three participants join by its code on their phones; the trainer opens the pre-test
 * for the room and every phone goes to it by itself; each participant answers two of the questions
 * drawn for her phone and sends, one of them reloading halfway; the projector, in a second window of the trainer's browser, counts the
 * answers as they arrive, and the trainer's page follows the joins and answers without a reload; the trainer closes the item, the phones go back to waiting, and the
 * workshop's CSV holds the three participants' answers.
 */
class WorkshopRoomJourneyTest {
    private static final String QUIZ = "/kuis/tes-awal";
    private static final Pattern CODE = Pattern.compile("([A-Z0-9]{3}) ([A-Z0-9]{3})");
    private static final String[] NAMES = {"Siti Rahma", "Budi", "Andi Tenri"};
    private TestApp app;
    private Browser trainer;
    private final List<Browser> phones = new ArrayList<>();

    @BeforeEach
    void start() {
        app = TestApp.start();
        trainer = Browser.start(Browser.DESKTOP);
        for (int i = 0; i < NAMES.length; i++) {
            phones.add(Browser.start(Browser.PHONE));
        }
    }

    @AfterEach
    void stop() {
        List<AutoCloseable> all = new ArrayList<>(phones);
        all.add(trainer);
        all.add(app);
        Closing.all(all.toArray(new AutoCloseable[0]));
    }

    private static void click(Browser b, By locator) {
        WebElement element = b.find(locator);
        ((JavascriptExecutor) b.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private static By button(String text) {
        return By.xpath("//main//button[normalize-space()='" + text + "']");
    }

    private static void waitForPath(Browser b, String url) {
        new WebDriverWait(b.driver(), Duration.ofSeconds(6)).until(d -> d.getCurrentUrl().startsWith(url));
    }

    /** Chooses an answer and waits until the page's script reports it saved. */
    private static void answer(Browser b, String question, String option) {
        // the questions' page may still be on its way
        b.find(By.cssSelector("input[name='q-" + question + "'][value='" + option + "']"));
        ((JavascriptExecutor) b.driver()).executeScript("document.getElementById('status-simpan').textContent = '';");
        click(b, By.cssSelector("input[name='q-" + question + "'][value='" + option + "']"));
        b.waitForText(By.id("status-simpan"), "Jawaban tersimpan.");
    }

    /** The single-choice questions a phone's quiz page shows, in their order (at least two). */
    private static List<Question> singleChoices(Browser b, Quiz quiz) {
        b.find(By.cssSelector("input[name='soal']"));
        List<String> shown = b.driver().findElements(By.cssSelector("input[name='soal']")).stream()
                .map(e -> e.getAttribute("value")).toList();
        List<Question> singles = QuizAnswers.questions(quiz, shown).stream()
                .filter(q -> q instanceof Question.Single).toList();
        assertTrue(singles.size() >= 2, "two single-choice questions among " + shown);
        return singles;
    }

    @Test
    void a_trainer_runs_the_pre_test_for_three_phones_and_the_projector_and_csv_follow() {
        TestAccounts.create(app.database().jdbi(), "bu.rina", Role.TRAINER, TestApp.TEST_PASSWORD);
        trainer.open(app.url("/masuk"));
        trainer.find(By.id("nama")).sendKeys("bu.rina");
        trainer.find(By.id("sandi")).sendKeys(TestApp.TEST_PASSWORD);
        click(trainer, button("Masuk"));
        trainer.waitForText("bu.rina");

        trainer.open(app.url("/pelatihan/baru"));
        trainer.find(By.id("judul")).sendKeys("Pelatihan Media Sosial");
        trainer.find(By.id("kelurahan")).sendKeys("Madatte");
        trainer.find(By.id("tempat")).sendKeys("Aula kantor lurah");
        new Select(trainer.find(By.id("tes-awal"))).selectByValue("tes-awal");
        click(trainer, button("Simpan pelatihan"));
        click(trainer, button("Buka pelatihan"));
        Matcher shown = CODE.matcher(trainer.find(By.cssSelector(".join-code")).getText());
        assertTrue(shown.find(), "the join code is shown");
        String code = shown.group(1) + shown.group(2);
        String workshopUrl = trainer.driver().getCurrentUrl();

        for (int i = 0; i < phones.size(); i++) {
            Browser phone = phones.get(i);
            phone.open(app.url("/ikut"));
            phone.find(By.id("kode")).sendKeys(shown.group(1).toLowerCase() + " " + shown.group(2));
            click(phone, button("Lanjut"));
            phone.find(By.id("nama")).sendKeys(NAMES[i]);
            click(phone, By.id(i == 1 ? "kelompok-aparat" : "kelompok-warga"));
            click(phone, button("Masuk"));
            phone.waitForText("Menunggu pelatih");
        }

        String trainerWindow = trainer.driver().getWindowHandle();
        trainer.driver().switchTo().newWindow(WindowType.WINDOW);
        String projectorWindow = trainer.driver().getWindowHandle();
        trainer.open(workshopUrl + "/layar");
        trainer.waitForText("3 peserta bergabung");
        assertTrue(trainer.find(By.tagName("main")).getText().contains(shown.group(1) + " " + shown.group(2)),
                "the projector shows the code");

        trainer.driver().switchTo().window(trainerWindow);
        // the trainer's page was loaded before anyone joined: its roster follows without a reload
        trainer.waitForText(By.id("ruang-langsung"), "3 bergabung");
        for (String name : NAMES) {
            assertTrue(trainer.find(By.id("ruang-langsung")).getText().contains(name), name + " is on the roster");
        }
        click(trainer, By.cssSelector("button[aria-label^='Buka untuk peserta: Tes awal']"));
        for (Browser phone : phones) {
            waitForPath(phone, app.url(QUIZ + "/isi"));
        }

        trainer.driver().switchTo().window(projectorWindow);
        trainer.waitForText("0 dari 3 sudah mengirim");
        Quiz pre = app.quizzes().find("tes-awal").orElseThrow();
        for (int i = 0; i < phones.size(); i++) {
            Browser phone = phones.get(i);
            // each phone has its own draw: it answers the first two single-choice questions it shows,
            // the third phone the first of them wrong
            List<Question> asked = singleChoices(phone, pre);
            String first = i == 2 ? QuizAnswers.wrongChoice(asked.get(0)) : QuizAnswers.rightChoice(asked.get(0));
            answer(phone, asked.get(0).id(), first);
            if (i == 1) {
                phone.driver().navigate().refresh();
                assertTrue(phone.find(By.cssSelector("input[name='q-" + asked.get(0).id() + "'][value='" + first + "']"))
                        .isSelected(), "the answer given before the reload is still there");
                assertEquals(asked, singleChoices(phone, pre), "the same questions after the reload");
            }
            answer(phone, asked.get(1).id(), QuizAnswers.rightChoice(asked.get(1)));
            click(phone, button("Kirim jawaban"));
            phone.waitForText("Kembali ke ruang pelatihan");
            trainer.waitForText((i + 1) + " dari 3 sudah mengirim");
        }

        trainer.driver().switchTo().window(trainerWindow);
        trainer.waitForText(By.id("ruang-langsung"), "3 sudah mengirim langkah yang dibuka");
        assertEquals(NAMES.length, trainer.driver().findElements(By.cssSelector("#ruang-langsung td.step-done")).size(),
                "the roster shows each sent the pre-test");
        click(trainer, By.cssSelector("button[aria-label='Tutup: Tes awal: Media Sosial untuk Layanan Publik']"));
        for (Browser phone : phones) {
            waitForPath(phone, app.url("/ikut/" + code + "/tunggu"));
            phone.waitForText("Menunggu pelatih");
        }

        String csvUrl = trainer.find(By.cssSelector("a[aria-label^='CSV: ']")).getAttribute("href");
        assertTrue(csvUrl.contains("lokakarya="), "the CSV is the workshop's: " + csvUrl);
        Http download = app.http();
        download.setCookie("serambi_sesi", trainer.cookie("serambi_sesi"));
        HttpResponse<String> csv = download.get(csvUrl.substring(app.url("").length()));
        assertEquals(200, csv.statusCode());
        List<String> rows = csv.body().lines().toList();
        assertEquals(1 + NAMES.length, rows.size(), csv.body());
        // the trainer's own workshop: its rows name the workshop by its title and the participants as they joined
        assertTrue(rows.stream().skip(1).allMatch(r -> r.contains("Pelatihan Media Sosial (")), csv.body());
        for (String name : NAMES) {
            assertTrue(rows.stream().skip(1).anyMatch(r -> r.startsWith(name + ",")), name + " in " + csv.body());
        }
    }
}
