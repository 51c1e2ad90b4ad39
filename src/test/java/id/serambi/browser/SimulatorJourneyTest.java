package id.serambi.browser;

import id.serambi.support.Browser;
import id.serambi.support.Closing;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A learner practises in the WhatsApp simulator on a phone (390x844), with JavaScript on, so
 * messages go out without reloading the page.
 */
class SimulatorJourneyTest {
    private static final By LOG = By.cssSelector("#live .wa-log");
    private static final By GREETINGS = By.cssSelector("#live .k-greeting");
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

    @BeforeEach
    void freshVisitor() {
        browser.open(app.url("/health"));
        browser.clearCookies();
    }

    @Test
    void a_learner_reaches_the_office_address_and_sees_the_greeting_again_after_14_days() {
        assertEquals(Browser.PHONE, browser.viewport());
        browser.open(app.url("/simulator/madatte"));
        browser.waitForText(By.tagName("h1"), "Chat dengan Kelurahan Madatte");
        js().executeScript("window.samePage = true;");

        type("Menu" + Keys.ENTER);
        browser.waitForText(LOG, "1. Alamat kelurahan");
        assertEquals(Boolean.TRUE, js().executeScript("return window.samePage === true;"),
                "the message went out without a page reload");
        assertEquals("", browser.find(By.id("pesan")).getDomProperty("value"), "the box is empty again");

        type("1");
        click(By.cssSelector(".wa-send"));
        browser.waitForText(LOG, "Jalan Mr. Muh. Yamin");
        assertEquals(1, browser.driver().findElements(GREETINGS).size());
        assertTrue(browser.driver().findElements(By.cssSelector("#live .out .wa-ticks.read")).size() >= 2,
                "the citizen's messages show read ticks");
        assertNewestInView();

        click(By.xpath("//button[normalize-space()='+14 hari']"));
        browser.waitForText(LOG, "Waktu simulasi");
        type("Halo lagi");
        click(By.cssSelector(".wa-send"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.numberOfElementsToBe(GREETINGS, 2));
        browser.waitForText(LOG, "Halo lagi");
    }

    @Test
    void typed_html_and_script_show_as_text_and_nothing_runs() {
        browser.open(app.url("/simulator/madatte"));
        browser.waitForText(By.tagName("h1"), "Kelurahan Madatte");
        type("<script>alert(1)</script>");
        click(By.cssSelector(".wa-send"));
        browser.waitForText(LOG, "<script>alert(1)</script>");
        type("<img src=x onerror=alert(1)>");
        click(By.cssSelector(".wa-send"));
        browser.waitForText(LOG, "<img src=x onerror=alert(1)>");

        assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert());
        assertEquals(0, browser.driver().findElements(By.cssSelector("#live img, #live script")).size());

        browser.driver().navigate().refresh();
        browser.waitForText(LOG, "<img src=x onerror=alert(1)>");
        assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert());
        assertEquals(0, browser.driver().findElements(By.cssSelector("#live img, #live script")).size());
    }

    @Test
    void a_bot_list_row_is_tapped_like_in_whatsapp() {
        browser.open(app.url("/simulator/madatte-lengkap"));
        type("Menu");
        click(By.cssSelector(".wa-send"));
        browser.waitForText(LOG, "Lihat menu");
        click(By.xpath("(//details[contains(@class,'wa-list')])[last()]/summary"));
        click(By.xpath("//button[contains(@class,'wa-row')][.//span[normalize-space()='Alamat dan jam layanan']]"));
        browser.waitForText(LOG, "Sabtu, Minggu, dan hari libur nasional: tutup");
    }

    private void assertNewestInView() {
        Object visible = js().executeScript("""
                const m = document.querySelectorAll('#live .wa-msg');
                const r = m[m.length - 1].getBoundingClientRect();
                return r.bottom <= window.innerHeight && r.bottom > 0;""");
        assertEquals(Boolean.TRUE, visible, "the newest message is scrolled into view");
    }

    private void type(String text) {
        WebElement box = new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.id("pesan")));
        box.sendKeys(text);
    }

    private void click(By locator) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(locator))
                .click();
    }

    private static JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }
}
