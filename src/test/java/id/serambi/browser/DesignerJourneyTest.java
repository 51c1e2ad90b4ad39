package id.serambi.browser;

import id.serambi.chat.designer.DesignStore;
import id.serambi.support.Browser;
import id.serambi.support.Closing;
import id.serambi.support.Http;
import id.serambi.support.TempFiles;
import id.serambi.support.TestApp;
import id.serambi.support.TestTools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A staff member on a phone copies the Madatte menu in the designer, adds the "surat keterangan
 * usaha" service, sees the checks ask for its six components, writes them, saves, reaches the new
 * option in the simulator by typing its number, and downloads the menu and the poster. Typing in an
 * option's reply shows in the preview beside the editor before anything is saved. A menu file can be
 * uploaded. Markup typed into a field shows as text. With {@code -Dserambi.shots=DIR} the pages are saved as pictures there.
 */
class DesignerJourneyTest {
    private static final String SHOTS = System.getProperty("serambi.shots", "");
    private static final String SCRIPT = "<script>window.diretas=1</script><img src=x onerror=\"window.diretas=2\">";
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
    void a_staff_member_adds_a_service_fixes_its_checks_and_tries_it_in_the_simulator() {
        assertEquals(Browser.PHONE, browser.viewport());
        browser.open(app.url("/simulator"));
        browser.find(By.cssSelector("a[href='/desainer']")).click();
        browser.waitForText(By.tagName("h1"), "Desainer menu WhatsApp");
        browser.find(By.id("contoh-madatte")).click();
        shot("list-phone");
        browser.find(By.xpath("//button[normalize-space()='Buat dari contoh']")).click();
        browser.waitForText(By.tagName("h1"), "Salinan Layanan WhatsApp Kelurahan Madatte");
        assertTrue(browser.find(By.cssSelector("#pemeriksaan + .check-ok")).isDisplayed(), "the copy passes");

        // the preview follows what is typed in an option's reply, before anything is saved
        String page = URI.create(browser.driver().getCurrentUrl()).getPath();
        browser.find(By.cssSelector("#n-1 summary")).click();
        fill("n-1-text", "Kantor kami pindah ke *Jalan Baru 7*.");
        browser.find(By.cssSelector("#n-1 a.pv-open")).click();
        browser.waitForText(By.id("pratinjau"), "Kantor kami pindah ke Jalan Baru 7.");
        assertEquals("Jalan Baru 7", browser.find(By.cssSelector("#pratinjau .pv-msg.in:last-child strong")).getText(),
                "formatted as WhatsApp shows it");
        assertTrue(browser.find(By.cssSelector("#pratinjau .pv-state")).getText().contains("belum disimpan"));
        assertEquals(1, savedVersion(page), "typing saves nothing");
        view("preview-phone");
        browser.find(By.cssSelector("#pv-wrap .pv-close")).click();
        assertFalse(browser.find(By.id("pv-wrap")).getDomAttribute("class").contains("is-sheet"), "closed again");

        new Select(browser.find(By.id("jenis-n-menu"))).selectByValue("service");
        browser.find(By.cssSelector("#n-menu form.add button")).click();
        WebElement node = browser.find(By.id("n-4"));
        String findings = node.findElement(By.cssSelector(".findings")).getText();
        assertTrue(findings.contains("persyaratan") && findings.contains("pengaduan"), findings);
        assertTrue(browser.find(By.cssSelector(".check-bad")).getText().contains("4"), "summary names option 4");
        shot("edit-finding-phone");

        fill("n-4-label", "Surat keterangan usaha");
        fill("n-4-text", "Syarat dan cara mengurus surat keterangan usaha:");
        fill("n-4-persyaratan", "KTP (contoh NIK 7371010101010001), KK, surat pengantar RT/RW " + SCRIPT);
        fill("n-4-prosedur", "Bawa berkas ke kantor kelurahan, petugas memeriksa dan mencetak surat.");
        fill("n-4-waktu", "1 hari kerja");
        fill("n-4-biaya", "Gratis");
        fill("n-4-produk", "Surat keterangan usaha");
        fill("n-4-pengaduan", "Datang langsung ke kantor atau hubungi petugas.");
        browser.find(By.cssSelector("#n-4 details > form button[type=submit]")).click();
        browser.waitForText(By.cssSelector("[role=alert] .callout-label"), "Belum disimpan");
        assertTrue(browser.find(By.id("n-4-persyaratan-error")).getText().contains("NIK"));
        assertTrue(browser.find(By.id("n-4-persyaratan")).getDomProperty("value").contains(SCRIPT), "typed text kept");
        assertEquals("Gratis", browser.find(By.id("n-4-biaya")).getDomProperty("value"));
        shot("refused-phone");

        fill("n-4-persyaratan", "KTP, KK, surat pengantar RT/RW " + SCRIPT);
        browser.find(By.cssSelector("#n-4 details > form button[type=submit]")).click();
        browser.waitForText(By.cssSelector("[role=status]"), "Tersimpan sebagai versi 3");
        assertTrue(browser.driver().findElements(By.cssSelector("#n-4 .findings")).isEmpty(), "fixed");
        assertNull(diretas());
        assertFitsTheScreen();

        String yaml = browser.find(By.id("unduh-yaml")).getDomAttribute("href");
        String poster = browser.find(By.id("poster")).getDomAttribute("href");
        browser.find(By.id("coba")).click();
        send("Menu");
        browser.waitForText("4. Surat keterangan usaha");
        send("4");
        browser.waitForText("1 hari kerja");
        List<WebElement> bubbles = browser.driver().findElements(By.cssSelector(".wa-bubble, .bubble, [class*=bubble]"));
        assertFalse(bubbles.isEmpty());
        assertTrue(browser.driver().getPageSource().contains("&lt;script&gt;window.diretas=1&lt;/script&gt;"),
                "the markup shows as text");
        assertNull(diretas());
        shot("simulator-phone");

        Http http = app.http();
        http.setCookie("serambi_pelajar", browser.cookie("serambi_pelajar"));
        HttpResponse<String> file = http.get(path(yaml));
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").contains(".yaml"));
        assertTrue(file.body().contains("label: Surat keterangan usaha"), file.body());
        assertEquals(200, http.get(path(poster)).statusCode());
        assertEquals(404, app.http().get(path(poster)).statusCode(), "another visitor cannot open it");

        browser.size(Browser.DESKTOP);
        try {
            browser.open(app.url(path(yaml).replace("/simulator/d-", "/desainer/").replace("/menu.yaml", "")
                    + "?buka=4#n-4"));
            shot("edit-desktop");
            view("edit-desktop-view");
        } finally {
            browser.size(Browser.PHONE);
        }
    }

    @Test
    void a_staff_member_imports_a_menu_file_after_a_wrong_file_is_refused() throws IOException {
        Path dir = Files.createTempDirectory("unggah");
        try {
            Path wrong = Files.writeString(dir.resolve("catatan.txt"), "Menu kantor");
            String yaml = Files.readString(TestTools.projectRoot().resolve("content/menus/madatte.yaml"))
                    .replace("id: Layanan WhatsApp Kelurahan Madatte (2021)", "id: Menu dari berkas");
            Path file = Files.writeString(dir.resolve("menu-kantor.yaml"), yaml);
            browser.open(app.url("/desainer"));
            browser.find(By.id("berkas")).sendKeys(wrong.toString());
            browser.find(By.cssSelector("#unggah button[type=submit]")).click();
            browser.waitForText(By.id("berkas-error"), "Berkas catatan.txt bukan berkas menu.");
            shot("upload-refused-phone");
            browser.find(By.id("berkas")).sendKeys(file.toString());
            browser.find(By.cssSelector("#unggah button[type=submit]")).click();
            browser.waitForText(By.tagName("h1"), "Menu dari berkas");
            assertTrue(browser.find(By.id("pratinjau")).getDomProperty("textContent").contains("Alamat kelurahan"),
                    "the preview shows the imported menu");
        } finally {
            TempFiles.delete(dir);
        }
    }

    private static int savedVersion(String page) {
        return new DesignStore(app.database().jdbi()).find(page.substring("/desainer/".length())).orElseThrow()
                .version();
    }

    private static String path(String href) {
        return href.startsWith("http") ? URI.create(href).getPath() : href;
    }

    private static void fill(String id, String text) {
        WebElement field = browser.find(By.id(id));
        field.clear();
        if (!text.isEmpty()) {
            field.sendKeys(text);
        }
    }

    private static void send(String text) {
        WebElement box = browser.find(By.id("pesan"));
        box.clear();
        box.sendKeys(text);
        browser.find(By.cssSelector("#kirim button[type=submit]")).click();
    }

    private static Object diretas() {
        return chrome().executeScript("return window.diretas === undefined ? null : window.diretas;");
    }

    private static void assertFitsTheScreen() {
        Object width = chrome().executeScript("return document.documentElement.scrollWidth;");
        assertTrue(((Number) width).intValue() <= Browser.PHONE.getWidth(), "nothing scrolls sideways: " + width);
    }

    private static ChromeDriver chrome() {
        return (ChromeDriver) browser.driver();
    }

    /** Like {@link #shot}, of what the screen shows. */
    private static void view(String name) {
        if (!SHOTS.isBlank()) {
            browser.screenshot(Path.of(SHOTS, "designer-" + name + ".png"));
        }
    }

    private static void shot(String name) {
        if (!SHOTS.isBlank()) {
            browser.fullPageScreenshot(Path.of(SHOTS, "designer-" + name + ".png"));
        }
    }
}
