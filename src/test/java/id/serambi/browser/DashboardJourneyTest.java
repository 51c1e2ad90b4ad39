package id.serambi.browser;

import id.serambi.account.CurrentUser;
import id.serambi.account.Role;
import id.serambi.account.TestAccounts;
import id.serambi.support.Browser;
import id.serambi.support.Closing;
import id.serambi.support.TestApp;
import id.serambi.support.TestTools;
import id.serambi.report.dashboard.Respondents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On a phone: a participant fills the evaluation questionnaire, reloads halfway and finds the
 * answers still there, then sends it; a trainer opens the questionnaire's dashboard and finds the
 * new response in the charts and their tables. And the SKM dashboard, on a phone, answers first
 * and draws its charts within the screen. One server and one browser for the class.
 */
class DashboardJourneyTest {
    private static final String QUIZ = "/kuis/evaluasi-pelatihan";
    private static final String SUGGESTION = "Tambah sesi praktik membuat menu WhatsApp.";
    private static final String[] SKM = {"u1-persyaratan", "u2-prosedur", "u3-waktu", "u4-biaya", "u5-produk",
        "u6-kompetensi", "u7-perilaku", "u8-pengaduan", "u9-sarana"};
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
    void afresh() {
        browser.size(Browser.PHONE);
        browser.open(app.url("/"));
        browser.clearCookies();
    }

    private void click(By locator) {
        WebElement element = browser.find(locator);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Chooses an option and waits until the page's script reports it saved. */
    private void answer(By locator) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('status-simpan').textContent = '';");
        click(locator);
        browser.waitForText(By.id("status-simpan"), "Jawaban tersimpan.");
    }

    private By option(String question, String value) {
        return By.cssSelector("input[name='q-" + question + "'][value='" + value + "']");
    }

    @Test
    void a_participant_fills_the_evaluation_across_a_reload_and_the_trainer_sees_the_response() {
        assertEquals(Browser.PHONE, browser.viewport());
        browser.open(app.url(QUIZ));
        click(By.id("kelompok-warga"));
        click(By.cssSelector("form.quiz-start button[type='submit']"));
        browser.waitForText(By.id("status-simpan"), "");

        // Halfway: two statements and a service chosen, saved by the page's script as they are given
        answer(option("materi", "5"));
        answer(option("praktik", "4"));
        answer(option("layanan-tambahan", "kelakuan-baik"));
        browser.driver().navigate().refresh();
        assertTrue(browser.find(option("materi", "5")).isSelected(), "the answer survived the reload");
        assertTrue(browser.find(option("praktik", "4")).isSelected(), "praktik survived the reload");
        assertTrue(browser.find(option("layanan-tambahan", "kelakuan-baik")).isSelected(), "the service too");

        browser.find(By.cssSelector("textarea[name='q-saran']")).sendKeys(SUGGESTION);
        click(By.xpath("//button[normalize-space()='Kirim kuesioner']"));
        browser.waitForText("Terima kasih");

        // The trainer, on another phone: the dashboard asks them to log in first, then comes back
        TestAccounts.create(app.database().jdbi(), "pelatih-siti", Role.TRAINER, TestApp.TEST_PASSWORD);
        browser.clearCookies();
        browser.open(app.url("/dasbor/evaluasi-pelatihan"));
        browser.waitForText(By.tagName("h1"), "Masuk");
        browser.find(By.id("nama")).sendKeys("pelatih-siti");
        browser.find(By.id("sandi")).sendKeys(TestApp.TEST_PASSWORD);
        click(By.cssSelector("form.account-form button[type='submit']"));
        browser.waitForText(By.tagName("h1"), "Evaluasi Pelatihan");
        assertTrue(browser.find(By.tagName("main")).getText().contains("1 tanggapan."));
        WebElement likert = browser.find(By.cssSelector("#soal-materi svg.likert"));
        List<WebElement> strongAgree = likert.findElements(By.cssSelector("rect.seg.lv-5"));
        assertEquals(Double.parseDouble(strongAgree.get(0).getDomAttribute("width")), 146.0, 0.01,
                "materi: the one answer is 'sangat setuju', a full bar of 100%");
        assertTrue(strongAgree.get(1).getDomAttribute("width").equals("0"), "pelatih was not answered");
        assertTrue(browser.find(By.cssSelector("#soal-layanan-tambahan svg.bars")).getText()
                .contains("Surat keterangan kelakuan baik"), "the chosen service is drawn first");
        click(By.cssSelector("#soal-layanan-tambahan details summary"));
        List<String> first = browser.find(By.cssSelector("#soal-layanan-tambahan details tbody tr"))
                .findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("Surat keterangan kelakuan baik", "1", "100,0"), first, "its table, opened");
        assertTrue(browser.find(By.id("soal-saran")).getText().contains(SUGGESTION));
        browser.fullPageScreenshot(TestTools.projectRoot().resolve("target/screenshots/dashboard-journey-phone.png"));
    }

    /**
     * Three complete SKM questionnaires, each answering every element 4, 3 and 3: NRR 10/3 = 3.333
     * for each element; IKM = 90 / (9 x 3) = 3.333 raw, x 25 = 83.33: grade B (76.61-88.30).
     */
    @Test
    void the_skm_dashboard_on_a_phone_leads_with_the_ikm_and_its_charts_fit_the_screen() {
        for (String score : List.of("4", "3", "3")) {
            List<String> fields = new java.util.ArrayList<>();
            for (String id : SKM) {
                fields.add("q-" + id);
                fields.add(score);
            }
            Respondents.send(app, app.http(), "skm", "warga", Respondents.form(fields.toArray(String[]::new)));
        }
        browser.open(app.url("/"));
        browser.setCookie(app.url("/"), CurrentUser.COOKIE, app.loggedIn(Role.TRAINER).cookie(CurrentUser.COOKIE));
        browser.open(app.url("/dasbor/skm"));
        WebElement answer = browser.find(By.cssSelector("section.answer"));
        assertTrue(answer.getText().contains("83,33"), answer.getText());
        assertTrue(answer.getText().contains("Mutu B (baik)"), answer.getText());
        assertTrue(answer.getText().contains("3 kuesioner lengkap"), answer.getText());
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        double top = ((Number) js.executeScript("return arguments[0].getBoundingClientRect().bottom + window.scrollY;",
                answer)).doubleValue();
        assertTrue(top < 844, "the IKM is on the first screen, ending at " + top + " px");
        // every chart fits its box: nothing to scroll sideways, and its text is drawn at about its own 12 px
        List<WebElement> charts = browser.driver().findElements(By.cssSelector(".chart-svg"));
        assertTrue(charts.size() >= 9, "a chart per element and the SKM's own");
        for (WebElement box : charts) {
            @SuppressWarnings("unchecked")
            Map<String, Number> m = (Map<String, Number>) js.executeScript("""
                    const b = arguments[0], s = b.querySelector('svg');
                    return {scroll: b.scrollWidth, client: b.clientWidth, svg: s.getBoundingClientRect().width,
                            box: s.viewBox.baseVal.width};""", box);
            assertTrue(m.get("scroll").doubleValue() <= m.get("client").doubleValue() + 1, "no sideways scroll: " + m);
            double scale = m.get("svg").doubleValue() / m.get("box").doubleValue();
            assertTrue(scale >= 0.9, "text at " + 12 * scale + " px: " + m);
        }
        double page = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).doubleValue();
        assertTrue(page <= 390, "the page is " + page + " px wide");
        browser.fullPageScreenshot(TestTools.projectRoot().resolve("target/screenshots/skm-dashboard-phone.png"));
        browser.size(Browser.DESKTOP);
        browser.open(app.url("/dasbor/skm"));
        browser.fullPageScreenshot(TestTools.projectRoot().resolve("target/screenshots/skm-dashboard-desktop.png"));
    }
}
