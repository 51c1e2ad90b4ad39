package id.serambi.browser;

import id.serambi.support.Browser;
import id.serambi.support.Closing;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A newcomer's first visit in a real browser, on a phone and on a desktop, each with a fresh
 * browser profile and a fresh database: switch language and back, start the first lesson, mark it
 * done, and find the progress on the home page, still there after a reload.
 */
class NewcomerJourneyTest {
    private static final String HEADING_ID = "Belajar melayani warga lewat media sosial";
    private static final String HEADING_EN = "Learn to serve citizens through social media";
    private static final String LESSON_1 = "/modul/layanan-warga/01-mengenali-nomor-resmi";
    private static final String LESSON_2 = "/modul/layanan-warga/02-memakai-menu-dan-formulir";
    private static final By H1 = By.tagName("h1");

    @Nested
    @DisplayName("on a phone (390x844)")
    class OnAPhone extends Journey {
        OnAPhone() {
            super(Browser.PHONE);
        }
    }

    @Nested
    @DisplayName("on a desktop (1280x800)")
    class OnADesktop extends Journey {
        OnADesktop() {
            super(Browser.DESKTOP);
        }
    }

    abstract static class Journey {
        private final Dimension size;
        private TestApp app;
        private Browser browser;

        Journey(Dimension size) {
            this.size = size;
        }

        @BeforeEach
        void start() {
            app = TestApp.start();
            browser = Browser.start(size);
        }

        @AfterEach
        void stop() {
            Closing.all(browser, app);
        }

        @Test
        void a_newcomer_switches_language_marks_a_lesson_done_and_sees_progress_after_reload() {
            assertEquals(size, browser.viewport(), "the page is laid out for this screen");

            browser.open(app.url("/"));
            browser.waitForText(H1, HEADING_ID);
            assertEquals("id", browser.find(By.tagName("html")).getDomAttribute("lang"));

            click(By.linkText("English"));
            browser.waitForText(H1, HEADING_EN);
            assertEquals("en", browser.find(By.tagName("html")).getDomAttribute("lang"));

            click(By.linkText("Indonesia"));
            browser.waitForText(H1, HEADING_ID);

            WebElement start = browser.find(By.id("continue-link"));
            assertTrue(start.getText().startsWith("Mulai: "), start.getText());
            click(By.id("continue-link"));
            browser.waitForText(H1, "Mengenali dan menyimpan nomor resmi kelurahan");
            assertTrue(browser.driver().getCurrentUrl().endsWith(LESSON_1), browser.driver().getCurrentUrl());

            click(By.id("mark-done"));
            browser.waitForText(By.id("done-status"), "Pelajaran ini sudah selesai");

            click(By.cssSelector("header a.brand"));
            browser.waitForText(H1, HEADING_ID);
            assertProgressOnHome();

            browser.driver().navigate().refresh();
            browser.waitForText(H1, HEADING_ID);
            assertProgressOnHome();
        }

        private void assertProgressOnHome() {
            WebElement bar = browser.find(By.cssSelector(".module-card progress"));
            double value = Double.parseDouble(bar.getDomProperty("value"));
            assertTrue(value > 0, "the module's progress bar moved: " + value);
            assertEquals("1 dari 9 langkah selesai", browser.find(By.cssSelector(".module-card .progress-text")).getText());

            WebElement next = browser.find(By.id("continue-link"));
            assertTrue(next.getDomProperty("href").endsWith(LESSON_2), next.getDomProperty("href"));
            assertTrue(next.getText().startsWith("Lanjutkan: "), next.getText());
            assertEquals("Lanjutkan: Memakai menu dan formulir layanan", next.getText().replace('\n', ' '));
        }

        /** Clicks what a person would tap: it must be shown and enabled first. */
        private void click(By locator) {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(ExpectedConditions.elementToBeClickable(locator))
                    .click();
        }
    }
}
