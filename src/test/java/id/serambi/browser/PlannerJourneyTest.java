package id.serambi.browser;

import id.serambi.support.Browser;
import id.serambi.support.Closing;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PrintOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A staff member on a phone plans four weeks of Instagram posts, answers the citizens' comment and
 * message, sees two checks fail (a first line that says nothing, a message answered too late),
 * fixes both, and prints the month's calendar. The caption counter follows the typing. With
 * {@code -Dserambi.shots=DIR} every page of the plan is saved as a picture at phone and desktop width.
 */
class PlannerJourneyTest {
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

    private static void set(String id, String value) {
        browser.driver().findElement(By.id(id));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    private static void type(String id, String text) {
        WebElement field = browser.find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void click(String css) {
        WebElement e = browser.find(By.cssSelector(css));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block:'center'});", e);
        e.click();
    }

    /** Adds a post from the plan page with the form, as a person fills it in. */
    private static void addPost(String kind, boolean story, String date, String time, String caption, String credit) {
        click("a[href$='/kiriman/baru']");
        browser.waitForText(By.tagName("h2"), "Tambah kiriman");
        click("input[name=kind][value=" + kind + "]");
        click("input[name=placement][value=" + (story ? "story" : "feed") + "]");
        set("post-date", date);
        set("post-time", time);
        type("post-caption", caption);
        type("post-hashtags", "#kelurahanmadatte");
        click("input[name=image][value='templat:" + kind + "']");
        if (credit != null) {
            click("#post-repost");
            type("post-credit", credit);
        }
        click("#kiriman-form button[type=submit]");
        browser.waitForText("Tersimpan.");
        browser.find(By.linkText("Kembali ke rencana")).click();
        browser.waitForText(By.id("kiriman-judul"), "Kiriman");
    }

    private static void reply(String comment, String text, String date, String time) {
        type("balas-" + comment, text);
        set("balas-" + comment + "-date", date);
        set("balas-" + comment + "-time", time);
        click("#k-" + comment + " button[type=submit]");
        browser.waitForText("Tersimpan.");
    }

    private static List<String> badRules() {
        return browser.driver().findElements(By.cssSelector(".rule.bad")).stream().map(e -> e.getAttribute("id")).toList();
    }

    private static void shot(String name) {
        if (SHOTS.isEmpty()) {
            return;
        }
        browser.fullPageScreenshot(Path.of(SHOTS, name + "-" + browser.viewport().getWidth() + ".png"));
    }

    @Test
    void a_staff_member_plans_four_weeks_fixes_two_failed_checks_and_prints_the_calendar() throws IOException {
        assertEquals(Browser.PHONE, browser.viewport());
        browser.open(app.url("/instagram"));
        browser.waitForText(By.tagName("h1"), "Perencana konten Instagram");
        shot("ig-list");
        type("new-title", "Rencana Maret");
        set("new-start", "2026-03-02");
        click("form[action='/instagram/baru'] button[type=submit]");
        browser.waitForText(By.tagName("h1"), "Rencana Maret");
        String plan = browser.driver().getCurrentUrl();

        type("profil-whatsapp", "0812-3456-7890");
        click("form[action$='/profil'] button[type=submit]");
        browser.waitForText("Tersimpan.");

        addPost("pengumuman", false, "2026-03-02", "09:00", "Kantor tutup pada 31 Maret\nLayanan buka lagi 1 April.", null);
        // the caption counter counts as the caption is typed, before anything is saved
        click("a[href$='/kiriman/baru']");
        type("post-caption", "Halo warga Madatte!");
        browser.waitForText(By.id("post-caption-count"), "dari 2.200 karakter");
        browser.waitForText(By.id("caption-preview"), "Halo warga Madatte!");
        browser.open(plan);
        addPost("infografis", false, "2026-03-05", "10:00", "Halo warga Madatte!\nBawa KTP dan KK asli ke loket.", null);
        addPost("aktivitas", false, "2026-03-10", "16:00", "Kerja bakti membersihkan saluran air\nTerima kasih warga.", null);
        addPost("partisipasi", false, "2026-03-18", "11:00", "Kue tradisional buatan Ibu Ani\nRepost dari @warung.bu.ani",
                "warung.bu.ani");
        addPost("aktivitas", true, "2026-03-24", "10:00", "Suasana pelayanan pagi ini di kantor\nAntrean lancar.", null);
        addPost("pengumuman", false, "2026-03-26", "09:00", "Jam layanan selama libur nasional\nKantor tutup 31 Maret.", null);
        browser.open(plan);
        shot("ig-plan");

        // the comment (2 March 12:00) is answered within the hour; the message (6 March 06:00) two days late
        reply("k1", "Syaratnya KTP dan KK asli, Bu.", "2026-03-02", "13:00");
        reply("dm1", "Kantor buka Senin sampai Jumat.", "2026-03-08", "09:00");

        click("a[href$='/periksa']");
        browser.waitForText(By.tagName("body"), "Ada 2 temuan");
        assertEquals(List.of("aturan-desain", "aturan-interaktif"), badRules());
        browser.waitForText(By.id("aturan-desain"), "Halo warga Madatte!");
        browser.waitForText(By.id("aturan-interaktif"), "51 jam kemudian");
        shot("ig-checks-failing");

        click("#aturan-desain a.button");
        browser.waitForText(By.tagName("h2"), "Ubah kiriman");
        type("post-caption", "Alur mengurus surat keterangan domisili\nBawa KTP dan KK asli ke loket.");
        click("#kiriman-form button[type=submit]");
        browser.waitForText("Tersimpan.");
        browser.open(plan + "/periksa");
        click("#aturan-interaktif a.button");
        reply("dm1", "Kantor buka Senin sampai Jumat.", "2026-03-06", "08:00");
        browser.open(plan + "/periksa");
        assertEquals(List.of(), badRules(), () -> browser.driver().findElement(By.tagName("main")).getText());
        browser.waitForText(By.cssSelector(".ig-summary"), "Semua pemeriksaan terpenuhi.");
        assertEquals(List.of(), badRules());
        shot("ig-checks");

        browser.open(plan + "/kalender");
        browser.waitForText(By.cssSelector(".month"), "Kantor tutup pada 31 Maret");
        shot("ig-calendar");
        click("a[href$='/cetak']");
        WebElement print = browser.waitForText(By.cssSelector("[data-print]"), "Cetak kalender");
        assertTrue(print.isDisplayed(), "the print button shows once the script runs");
        shot("ig-print");
        PrintOptions a4 = new PrintOptions();
        a4.setOrientation(PrintOptions.Orientation.LANDSCAPE);
        a4.setPageSize(new org.openqa.selenium.print.PageSize(21.0, 29.7));
        Pdf pdf = ((org.openqa.selenium.PrintsPage) browser.driver()).print(a4);
        byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
        assertTrue(new String(bytes, 0, 5).startsWith("%PDF"));
        if (!SHOTS.isEmpty()) {
            Files.write(Path.of(SHOTS, "ig-print.pdf"), bytes);
        }

        if (!SHOTS.isEmpty()) {
            for (Dimension size : List.of(Browser.PHONE, new Dimension(1280, 900))) {
                browser.size(size);
                for (String[] page : new String[][]{{"", "ig-plan"}, {"/pratinjau", "ig-preview"},
                        {"/pratinjau/p4", "ig-post"}, {"/pratinjau/p5", "ig-story"}, {"/kalender", "ig-calendar"},
                        {"/daftar", "ig-posts"}, {"/periksa", "ig-checks"}, {"/cetak", "ig-print"},
                        {"/kiriman/p1", "ig-post-form"}}) {
                    browser.open(plan + page[0]);
                    shot(page[1]);
                }
                browser.open(app.url("/instagram"));
                shot("ig-list");
                browser.open(app.url("/instagram/tugas/perbaiki-tiga-pelanggaran"));
                shot("ig-task");
            }
            browser.size(Browser.PHONE);
        }
    }
}
