package id.serambi.browser;

import id.serambi.account.CurrentUser;
import id.serambi.account.Role;
import id.serambi.quiz.model.Answer;
import id.serambi.quiz.take.AttemptRow;
import id.serambi.quiz.take.QuizStore;
import id.serambi.support.Browser;
import id.serambi.support.Closing;
import id.serambi.support.Http;
import id.serambi.support.TestApp;
import id.serambi.workshop.model.Item;
import id.serambi.workshop.store.WorkshopStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On a phone: a participant joins and waits; the trainer opens the evaluation and the phone opens
 * it by itself; the trainer closes it while she answers, and the phone goes back to the waiting
 * page with her answers kept. Then the trainer's projector follows the room.
 */
class LiveRoomJourneyTest {
    private static final String SHOTS = System.getProperty("serambi.shots", "");
    private static final String QUIZ = "/kuis/evaluasi-pelatihan";
    private static final Pattern CODE = Pattern.compile("class=\"join-code\">([A-Z0-9]{3}) ([A-Z0-9]{3})<");
    private TestApp app;
    private Browser browser;

    @BeforeEach
    void start() {
        app = TestApp.start();
        browser = Browser.start(Browser.PHONE);
    }

    @AfterEach
    void stop() {
        Closing.all(browser, app);
    }

    private void click(By locator) {
        WebElement element = browser.find(locator);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private By option(String question, String value) {
        return By.cssSelector("input[name='q-" + question + "'][value='" + value + "']");
    }

    /** Waits until the phone is at a path (and query) starting with {@code path}; returns how long it took. */
    private long waitForPath(String path) {
        long started = System.nanoTime();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(6))
                .until(d -> d.getCurrentUrl().startsWith(app.url(path)));
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }

    @Test
    void the_phone_follows_the_trainer_keeps_its_answers_and_the_projector_follows_the_room() {
        Http trainer = app.loggedIn(Role.TRAINER);
        HttpResponse<String> created = trainer.submitAll("/pelatihan/baru", "/pelatihan/baru", List.of(
                Map.entry("judul", "Pelatihan Media Sosial"), Map.entry("kelurahan", "Madatte"),
                Map.entry("tempat", "Aula kelurahan"), Map.entry("tanggal", "2026-03-02"),
                Map.entry("kapasitas", "30"), Map.entry("tes-awal", "tes-awal"),
                Map.entry("evaluasi", "evaluasi-pelatihan")));
        String page = created.headers().firstValue("Location").orElseThrow();
        String id = page.substring("/pelatihan/".length());
        trainer.submit(page, page + "/buka", Map.of());
        Matcher m = CODE.matcher(trainer.get(page).body());
        assertTrue(m.find());
        String code = m.group(1) + m.group(2);
        WorkshopStore store = new WorkshopStore(app.database().jdbi(), new SecureRandom());

        browser.open(app.url("/ikut/" + code));
        browser.find(By.id("nama")).sendKeys("Siti");
        click(By.id("kelompok-warga"));
        click(By.cssSelector("button[type='submit']"));
        browser.waitForText("Menunggu pelatih");

        store.openItem(id, Optional.of(Item.quiz("evaluasi-pelatihan").code()), Instant.now());
        long followed = waitForPath(QUIZ + "/isi");
        assertTrue(followed < 4000, "the phone opened the questionnaire's first question after " + followed + " ms");
        assertTrue(browser.driver().findElements(By.id("kelompok-warga")).isEmpty(), "a seat is not asked its group again");
        browser.find(option("materi", "5"));
        click(option("materi", "5"));
        browser.waitForText(By.id("status-simpan"), "Jawaban tersimpan.");
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('status-simpan').textContent = '';");
        click(option("praktik", "4"));
        browser.waitForText(By.id("status-simpan"), "Jawaban tersimpan.");

        // the trainer closes it: the phone goes back to the waiting page, her answers kept
        store.openItem(id, Optional.empty(), Instant.now());
        waitForPath("/ikut/" + code + "/tunggu?ditutup=");
        browser.waitForText("Pelatih menutup bagian ini.");
        view("live-closed");

        store.openItem(id, Optional.of(Item.quiz("evaluasi-pelatihan").code()), Instant.now());
        waitForPath(QUIZ + "/isi");
        assertTrue(browser.find(option("materi", "5")).isSelected(), "the first answer kept");
        assertTrue(browser.find(option("praktik", "4")).isSelected(), "the second answer kept");
        click(By.xpath("//button[normalize-space()='Kirim kuesioner']"));
        browser.waitForText("Terima kasih");

        // The projector, in the trainer's browser: Siti's seat sent the evaluation in this workshop
        browser.clearCookies();
        browser.setCookie(app.url("/"), CurrentUser.COOKIE, trainer.cookie(CurrentUser.COOKIE));
        browser.size(new Dimension(1920, 1080));
        browser.open(app.url(page + "/layar"));
        browser.waitForText("1 dari 1 sudah mengirim");
        Http budi = app.http();
        assertEquals(303, budi.submit("/ikut", "/ikut/" + code, Map.of("nama", "Budi", "kelompok", "aparat"))
                .statusCode());
        browser.waitForText("1 dari 2 sudah mengirim");
        Object fits = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.querySelector('.screen-code').getBoundingClientRect().height;");
        assertTrue(((Number) fits).doubleValue() >= 60, "the code is large: " + fits);
        view("projector-1920");
        browser.size(Browser.PHONE);
        browser.driver().navigate().refresh();
        browser.waitForText("1 dari 2 sudah mengirim");
        Object width = ((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.scrollWidth;");
        assertTrue(((Number) width).intValue() <= Browser.PHONE.getWidth(), "nothing scrolls sideways: " + width);
        shot("projector-390");
    }

    private void view(String name) {
        if (!SHOTS.isBlank()) {
            browser.screenshot(Path.of(SHOTS, name + ".png"));
        }
    }

    private void shot(String name) {
        if (!SHOTS.isBlank()) {
            browser.fullPageScreenshot(Path.of(SHOTS, name + ".png"));
        }
    }
}
