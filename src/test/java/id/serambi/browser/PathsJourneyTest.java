package id.serambi.browser;

import id.serambi.support.Browser;
import id.serambi.support.Closing;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Learning paths on a phone (390x844), one server and one browser for the class: choose "Saya
 * warga" on the home page and see that path, change it; tick a step of the checklist; make a
 * design that passes the design task. Screenshots of each page, at phone size and 1280 wide, go to
 * {@code target/screenshots/paths/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PathsJourneyTest {
    private static final Path SHOTS = Path.of("target/screenshots/paths");
    private static final By H1 = By.tagName("h1");
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
    @Order(1)
    void a_citizen_chooses_their_path_sees_it_first_and_changes_it() {
        assertEquals(Browser.PHONE, browser.viewport());
        browser.open(app.url("/"));
        browser.waitForText(By.id("jalur-judul"), "Siapa Anda?");
        shoot("home-newcomer");
        click(By.id("jalur-warga"));
        browser.waitForText(By.id("modul-jalur-judul"), "Modul untuk warga");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/#modul-jalur"), browser.driver().getCurrentUrl());
        assertEquals("true", browser.find(By.id("jalur-warga")).getDomAttribute("aria-pressed"));
        WebElement card = browser.find(By.cssSelector("#modul-jalur .module-card h3 a"));
        assertEquals("Memakai Layanan WhatsApp Kelurahan", card.getText());
        assertEquals("warga", browser.cookie("serambi_jalur"));
        shoot("home-warga");

        click(By.id("jalur-pelatih"));
        browser.waitForText(By.id("modul-jalur-judul"), "Modul untuk pelatih");
        assertEquals("Menjalankan Pelatihan seperti di Madatte",
                browser.find(By.cssSelector("#modul-jalur .module-card h3 a")).getText());
        assertTrue(browser.find(By.cssSelector("#daftar-modul + ol .module-card")).isDisplayed(),
                "every module stays reachable");
        shoot("home-pelatih");
        click(By.id("jalur-warga"));
        browser.waitForText(By.id("modul-jalur-judul"), "Modul untuk warga");
    }

    @Test
    @Order(2)
    void a_learner_ticks_a_step_of_the_checklist() {
        browser.open(app.url("/daftar-periksa/siapkan-whatsapp-business"));
        browser.waitForText(H1, "Menyiapkan WhatsApp Business kantor");
        browser.waitForText(By.id("checklist-progress"), "0 dari 8 langkah sudah dilakukan");
        shoot("checklist");
        click(By.id("centang-pesan-salam"));
        browser.waitForText(By.id("checklist-progress"), "1 dari 8 langkah sudah dilakukan");
        assertTrue(browser.driver().getCurrentUrl().endsWith("#langkah-pesan-salam"));
        assertEquals("Batalkan tanda", browser.find(By.id("centang-pesan-salam")).getText());
        assertTrue(browser.find(By.id("langkah-pesan-salam")).getDomAttribute("class").contains("is-done"));
        shoot("checklist-ticked");
    }

    @Test
    @Order(3)
    void a_design_made_from_the_sample_passes_the_task_once_the_sktm_is_added() {
        browser.open(app.url("/tugas-desain/tiga-layanan-utama"));
        browser.waitForText(H1, "Menu tiga layanan yang paling banyak diminta");
        shoot("design-task-new");
        click(By.id("mulai-desain"));
        browser.waitForText(H1, "Salinan");
        // the letters' sub-menu is option 2: add a service answer under it, then fill it in
        new Select(browser.find(By.id("jenis-n-2"))).selectByValue("service");
        click(By.cssSelector("#n-2 form.add button[type='submit']"));
        WebElement label = new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("n-2-7-label")));
        type(label, "Tidak mampu (SKTM)");
        type(browser.find(By.id("n-2-7-shortcut")), "sk-tidak-mampu");
        type(browser.find(By.id("n-2-7-text")), "*Surat Keterangan Tidak Mampu (SKTM)*");
        Map<String, String> parts = Map.of("persyaratan", "Pengantar RT/RW, KTP-el dan KK.",
                "prosedur", "Bawa ke loket kelurahan.", "waktu", "1 hari kerja.", "biaya", "Gratis.",
                "produk", "Surat Keterangan Tidak Mampu.", "pengaduan", "Sampaikan kepada lurah.");
        parts.forEach((k, v) -> type(browser.find(By.id("n-2-7-" + k)), v));
        click(By.cssSelector("#n-2-7 form[data-pratinjau='pilihan'] button[type='submit']"));
        browser.waitForText("Tersimpan");

        browser.open(app.url("/tugas-desain/tiga-layanan-utama"));
        click(By.id("periksa"));
        browser.waitForText(By.id("hasil-judul"), "Lulus: ");
        assertTrue(browser.find(By.id("tugas-lulus")).isDisplayed());
        shoot("design-task-passed");

        browser.open(app.url("/modul/standar-pelayanan"));
        assertTrue(browser.find(By.cssSelector(".item-design")).getDomAttribute("class").contains("is-done"));
        shoot("module");
    }

    @Test
    @Order(4)
    void the_same_pages_on_a_desktop() {
        browser.size(new Dimension(1280, 800));
        try {
            for (String[] page : new String[][]{{"/", "home-warga"}, {"/daftar-periksa/siapkan-whatsapp-business",
                    "checklist-ticked"}, {"/tugas-desain/tiga-layanan-utama", "design-task"},
                    {"/modul/media-sosial", "module"}, {"/modul/media-sosial/01-apa-itu-media-sosial", "lesson"}}) {
                browser.open(app.url(page[0]));
                browser.find(H1);
                browser.fullPageScreenshot(SHOTS.resolve("1280-" + page[1] + ".png"));
            }
        } finally {
            browser.size(Browser.PHONE);
        }
    }

    private static void shoot(String name) {
        browser.fullPageScreenshot(SHOTS.resolve("390-" + name + ".png"));
    }

    private static void type(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }

    private static void click(By locator) {
        WebElement e = new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(locator));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block:'center'})", e);
        e.click();
    }
}
