package id.serambi.browser;

import id.serambi.support.Browser;
import id.serambi.support.Closing;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A staff member on a phone carries the Madatte menu to the office phone: from the home page to
 * the setup sheet with its copy buttons, then to the poster, whose QR code shows and prints on one
 * A4 sheet.
 * With {@code -Dserambi.shots=DIR} the pages are also saved as pictures there.
 */
class ExportJourneyTest {
    private static final String SHOTS = System.getProperty("serambi.shots", "");
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
    void from_home_to_the_setup_sheet_and_the_poster_on_a_phone() {
        assertEquals(Browser.PHONE, browser.viewport());
        browser.open(app.url("/"));
        browser.find(By.cssSelector("#ekspor-menu a[href='/simulator/madatte/ekspor']")).click();
        browser.waitForText(By.tagName("h1"), "Pasang di ponsel kantor");

        List<WebElement> blocks = browser.driver().findElements(By.cssSelector("pre[data-copy]"));
        List<WebElement> buttons = browser.driver().findElements(By.cssSelector("pre[data-copy] + button.copy-button"));
        assertEquals(blocks.size(), buttons.size(), "a copy button under every block");
        assertTrue(blocks.size() >= 9, "profile fields, greeting, away text and 4 quick replies: " + blocks.size());
        assertEquals("Salin: Teks pesan salam", buttons.stream()
                .filter(b -> b.getDomProperty("textContent").endsWith("salam")).findFirst().orElseThrow()
                .getDomProperty("textContent"));
        WebElement link = browser.find(By.id("wa-link"));
        assertEquals("https://wa.me/6282393498882?text=Menu", link.getDomAttribute("href"));
        assertFitsTheScreen();
        shot("sheet-phone");

        browser.find(By.cssSelector("a[href='/simulator/madatte/poster']")).click();
        browser.waitForText(By.tagName("h1"), "Kelurahan Madatte");
        WebElement qr = browser.find(By.cssSelector(".qr svg[role='img']"));
        assertTrue(qr.isDisplayed());
        assertTrue(qr.getSize().getWidth() >= 250, "the QR code is big enough to scan: " + qr.getSize());
        assertEquals(qr.getSize().getWidth(), qr.getSize().getHeight(), "the QR code is square");
        assertTrue(browser.find(By.className("call")).getText().contains("ketik Menu"));
        assertTrue(browser.find(By.cssSelector("button[data-print]")).isDisplayed(), "the script shows the print button");
        assertFitsTheScreen();
        shot("poster-phone");

        printMedia(true);
        try {
            assertFalse(browser.find(By.className("tools")).isDisplayed(), "on paper only the poster shows");
            assertTrue(qr.isDisplayed());
        } finally {
            printMedia(false);
        }
        String pdf = printToPdf();
        assertEquals(1, Pattern.compile("/Type /Page\\b").matcher(pdf).results().count(), "one sheet of paper");
        assertTrue(pdf.contains("/MediaBox [0 0 594.9"), "A4, 210 x 297 mm");
    }

    @Test
    void on_a_desktop_the_extended_menus_sheet_and_the_poster_fit_the_screen() {
        browser.size(Browser.DESKTOP);
        try {
            browser.open(app.url("/simulator/madatte-lengkap/ekspor"));
            browser.waitForText(By.tagName("h1"), "Pasang di ponsel kantor");
            assertTrue(browser.find(By.cssSelector("#balasan-cepat")).getText().contains("/sk-domisili"));
            shot("sheet-desktop");
            browser.open(app.url("/simulator/madatte-lengkap/poster"));
            assertTrue(browser.find(By.cssSelector(".qr svg")).isDisplayed());
            shot("poster-desktop");
            if (!SHOTS.isBlank()) {
                try {
                    Files.write(Path.of(SHOTS, "poster-print.pdf"), printToPdf().getBytes(StandardCharsets.ISO_8859_1));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        } finally {
            browser.size(Browser.PHONE);
        }
    }

    /** The page as Chromium prints it, with the page size its style sheet asks for; bytes as Latin-1 text. */
    private static String printToPdf() {
        Map<String, Object> result = chrome().executeCdpCommand("Page.printToPDF", Map.of(
                "preferCSSPageSize", true, "printBackground", true, "displayHeaderFooter", false));
        return new String(Base64.getDecoder().decode((String) result.get("data")), StandardCharsets.ISO_8859_1);
    }

    private void assertFitsTheScreen() {
        Object width = chrome().executeScript("return document.documentElement.scrollWidth;");
        assertTrue(((Number) width).intValue() <= Browser.PHONE.getWidth(), "nothing scrolls sideways: " + width);
    }

    private static void printMedia(boolean print) {
        chrome().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", print ? "print" : ""));
    }

    private static ChromeDriver chrome() {
        return (ChromeDriver) browser.driver();
    }

    private static void shot(String name) {
        if (!SHOTS.isBlank()) {
            browser.fullPageScreenshot(Path.of(SHOTS, name + ".png"));
        }
    }
}
