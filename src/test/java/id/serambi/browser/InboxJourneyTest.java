package id.serambi.browser;

import id.serambi.account.Role;
import id.serambi.support.Browser;
import id.serambi.support.Closing;
import id.serambi.support.Http;
import id.serambi.support.TestApp;
import id.serambi.support.TestTools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A citizen works through the scam-and-hoax inbox on a phone (390x844): opens a message from the
 * chat list, taps a suspicious word in the chat itself, chooses a verdict, and reads which signs
 * they found and which they missed; then goes on to the next message. Screenshots of every page at
 * phone and desktop width go to target/screenshots/.
 */
class InboxJourneyTest {
    private static final String INBOX = "/kotak-masuk/kotak-masuk-warga";
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
    void a_citizen_judges_messages_and_sees_the_signs_they_missed() {
        assertEquals(Browser.PHONE, browser.viewport());
        browser.open(app.url("/kotak-masuk"));
        shoot("list");
        click(By.cssSelector(".card a.button.primary"));
        browser.waitForText(By.tagName("h1"), "Kotak masuk warga");
        shoot("chats");
        click(By.cssSelector(".ib-status a.button.primary"));
        browser.waitForText(By.tagName("h1"), "Pesan 1 dari 14");
        shoot("message");

        // the file is never opened: tapping it tells what would have happened
        click(By.cssSelector(".ib-file summary"));
        browser.waitForText(By.cssSelector(".ib-file .ib-outcome"), "Jika Anda memasang file .apk ini");

        // tapping the dotted words in the chat ticks their box
        WebElement mohon = browser.find(By.cssSelector(".wa-text .ib-mark[data-mark='mohon-dibuka']"));
        mohon.click();
        assertTrue(browser.find(By.id("tanda-mohon-dibuka")).isSelected(), "the word's box is ticked");
        assertTrue(mohon.getAttribute("class").contains("is-on"));
        click(By.cssSelector("input[name='putusan'][value='penipuan']"));
        shoot("message-ticked");
        click(By.cssSelector(".ib-submit"));

        browser.waitForText(By.id("umpan-judul"), "Tepat!");
        String feedback = browser.find(By.id("umpan-balik")).getText();
        assertTrue(feedback.contains("Anda menemukan 1 dari 3 tanda bahaya."), feedback);
        List<WebElement> missed = browser.driver().findElements(By.cssSelector(".ib-explain .is-missed"));
        assertEquals(2, missed.size(), "the two signs missed are shown");
        assertTrue(missed.get(0).getText().contains("Terlewat"));
        assertTrue(browser.find(By.cssSelector(".wa-text .ib-mark.is-found")).getText().contains("Mohon dibuka"));
        assertTrue(browser.driver().findElements(By.cssSelector(".ib-mark.is-missed")).size() >= 1,
                "the missed signs are marked in the chat too");
        shoot("feedback");

        // the next message: a safe one would be judged too, here a forwarded hoax judged wrongly
        click(By.linkText("Pesan berikutnya"));
        browser.waitForText(By.tagName("h1"), "Pesan 2 dari 14");
        click(By.cssSelector("input[name='putusan'][value='aman']"));
        click(By.cssSelector(".ib-submit"));
        browser.waitForText(By.id("umpan-judul"), "Kurang tepat");
        assertTrue(browser.find(By.id("umpan-balik")).getText().contains("Jawaban yang tepat: Penipuan."));
        assertEquals(3, browser.driver().findElements(By.cssSelector(".ib-explain .is-missed")).size());

        click(By.linkText("Kembali ke daftar chat"));
        browser.waitForText(By.cssSelector(".ib-status"), "2 dari 14 pesan dinilai");
        assertEquals(2, browser.driver().findElements(By.cssSelector(".ib-badge")).size());
        assertFalse(browser.driver().getPageSource().contains("href=\"http://bansos"), "no live link anywhere");
        shoot("chats-progress");

        // the trainer's results, in the same browser after logging in
        Http trainer = app.loggedIn(Role.TRAINER);
        browser.setCookie(app.url("/"), "serambi_sesi", trainer.cookie("serambi_sesi"));
        browser.open(app.url(INBOX + "/hasil"));
        browser.waitForText(By.tagName("h1"), "Hasil kelas");
        assertTrue(browser.find(By.id("pesan-resi-paket")).getText().contains("0 dari 1 menilai tepat"));
        shoot("results");
    }

    private static void shoot(String name) {
        Path dir = TestTools.projectRoot().resolve("target/screenshots");
        browser.fullPageScreenshot(dir.resolve("inbox-" + name + "-390.png"));
        browser.size(Browser.DESKTOP);
        browser.fullPageScreenshot(dir.resolve("inbox-" + name + "-1280.png"));
        browser.size(Browser.PHONE);
    }

    private static void click(By locator) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(locator))
                .click();
    }
}
