package id.serambi.browser;

import id.serambi.ContentLoading;
import id.serambi.chat.engine.Task;
import id.serambi.chat.menu.MenuCatalog;
import id.serambi.course.CatalogLoader;
import id.serambi.course.ContentRoot;
import id.serambi.i18n.Messages;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.model.QuizCatalog;
import id.serambi.support.Browser;
import id.serambi.support.Closing;
import id.serambi.support.QuizAnswers;
import id.serambi.support.QuizClicks;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The course as its people meet it in Chromium, one server and one browser for the class: a
 * citizen chooses the citizens' path and finishes its first module on a phone (390x844), lesson by
 * lesson, each practice task in the simulator and the scenario quiz, and sees the progress; a
 * trainer opens a module's facilitator guide and prints it, and finds the six-day programme.
 * Screenshots go to {@code target/screenshots/course/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CourseJourneyTest {
    private static final Path SHOTS = Path.of("target/screenshots/course");
    private static final By H1 = By.tagName("h1");
    private static TestApp app;
    private static Browser browser;
    private static MenuCatalog menus;
    private static QuizCatalog quizzes;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        browser = Browser.start(Browser.PHONE);
        ContentLoading loading = new ContentLoading(new Messages());
        CatalogLoader.Result result = loading.loader().load(ContentRoot.bundled());
        menus = loading.menus(result);
        quizzes = loading.quizzes(result);
    }

    @AfterAll
    static void stop() {
        Closing.all(browser, app);
    }

    @Test
    @Order(1)
    void a_citizen_chooses_the_citizens_path_finishes_its_first_module_and_sees_the_progress() {
        browser.open(app.url("/"));
        click(By.id("jalur-warga"));
        browser.waitForText(By.id("modul-jalur-judul"), "Modul untuk warga");
        click(By.cssSelector("#modul-jalur .module-card h3 a"));
        String module = browser.driver().getCurrentUrl();
        String title = browser.find(H1).getText();
        shoot("module-start");
        List<WebElement> links = browser.driver().findElements(By.cssSelector("ol.items li a"));
        List<String[]> items = links.stream().map(a -> new String[]{
                a.findElement(By.xpath("..")).getDomAttribute("class"), a.getDomAttribute("href")}).toList();
        int steps = 0;
        for (String[] item : items) {
            String kind = item[0];
            String href = item[1];
            if (kind.contains("item-lesson")) {
                browser.open(app.url(href));
                shoot("lesson-" + href.substring(href.lastIndexOf('/') + 1));
                click(By.id("mark-done"));
                browser.waitForText(By.id("done-status"), "Pelajaran ini sudah selesai.");
                steps++;
            } else if (kind.contains("item-task")) {
                task(href);
                steps++;
            } else if (kind.contains("item-quiz")) {
                quiz(href);
                steps++;
            } else if (!kind.contains("item-simulator")) {
                throw new AssertionError("the citizens' first module lists " + kind + ", which this walk cannot finish");
            }
        }
        assertTrue(steps >= 5, "lessons, tasks and a quiz: " + steps);
        browser.open(module);
        browser.waitForText(By.cssSelector(".progress-text"), steps + " dari " + steps + " langkah selesai");
        assertTrue(browser.driver().findElements(By.cssSelector("ol.items li.is-done")).size() >= steps);
        shoot("module-done");
        browser.open(app.url("/"));
        WebElement card = browser.find(By.cssSelector("#modul-jalur .module-card"));
        assertTrue(card.getText().contains(title) && card.getText().contains(steps + " dari " + steps), card.getText());
        shoot("home-done");
    }

    /** Starts the task at its button in the simulator and sends "Menu", then each number to its goal. */
    private static void task(String href) {
        String menuId = href.substring("/simulator/".length(), href.indexOf('#'));
        String taskId = href.substring(href.indexOf("#latih-") + "#latih-".length());
        Task task = menus.menu(menuId).orElseThrow().tasks().stream().filter(t -> t.id().equals(taskId))
                .findFirst().orElseThrow();
        browser.open(app.url(href));
        click(By.cssSelector("#latih-" + taskId + " button[type='submit']"));
        send("Menu");
        for (int choice : task.goal()) {
            send(String.valueOf(choice));
        }
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".wa-goal")));
        shoot("task-" + taskId);
    }

    private static void send(String text) {
        // the box may belong to the page the task's start button is leaving: type into the one that stays
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    WebElement box = ExpectedConditions.elementToBeClickable(By.id("pesan")).apply(d);
                    if (box == null) {
                        return false;
                    }
                    box.clear();
                    box.sendKeys(text);
                    return text.equals(d.findElement(By.id("pesan")).getDomProperty("value"));
                });
        int before = browser.driver().findElements(By.cssSelector(".wa-msg")).size();
        click(By.cssSelector(".wa-send"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector(".wa-msg")).size() > before);
    }

    /** Takes the quiz with every answer right and comes back passed. */
    private static void quiz(String href) {
        Quiz quiz = quizzes.find(href.substring("/kuis/".length())).orElseThrow();
        browser.open(app.url(href));
        click(By.cssSelector("form.quiz-start button"));
        browser.find(By.cssSelector("fieldset.question"));
        assertFalse(browser.driver().findElements(By.cssSelector(".q-bubble")).isEmpty(),
                "the scenario quiz shows the messages that arrive");
        shoot("quiz");
        List<String> shown = browser.driver().findElements(By.cssSelector("input[name='soal']")).stream()
                .map(e -> e.getDomAttribute("value")).toList();
        for (Question q : QuizAnswers.questions(quiz, shown)) {
            QuizClicks.right(browser, q);
        }
        click(By.xpath("//button[normalize-space()='Kirim jawaban']"));
        browser.waitForText(By.cssSelector(".score-verdict"), "Selamat, Anda lulus!");
        shoot("quiz-passed");
    }

    @Test
    @Order(2)
    void a_trainer_opens_a_modules_facilitator_guide_prints_it_and_finds_the_programme() {
        browser.open(app.url("/"));
        click(By.id("jalur-pelatih"));
        browser.waitForText(By.id("modul-jalur-judul"), "Modul untuk pelatih");
        click(By.cssSelector("#modul-jalur .module-card h3 a"));
        click(By.id("panduan-fasilitator"));
        browser.waitForText(By.cssSelector(".lesson-head .eyebrow"), "PANDUAN FASILITATOR");
        assertTrue(browser.find(By.cssSelector(".prose table")).isDisplayed(), "the session's timing table");
        shoot("guide");
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript("window.__printed = 0; window.print = function () { window.__printed++; };");
        click(By.cssSelector("[data-print]"));
        assertEquals(1L, js.executeScript("return window.__printed;"), "Cetak opens the browser's print dialog");
        chrome().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertFalse(browser.find(By.cssSelector(".crumbs")).isDisplayed(), "no navigation on paper");
            assertFalse(browser.find(By.cssSelector(".print-hint")).isDisplayed(), "no print button on paper");
            assertTrue(browser.find(By.cssSelector(".prose table")).isDisplayed());
            browser.size(new Dimension(794, 1123));
            shoot("guide-print");
        } finally {
            chrome().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            browser.size(Browser.PHONE);
        }
        browser.open(app.url("/"));
        click(By.id("home-program"));
        browser.waitForText(H1, "enam hari");
        shoot("programme");
    }

    @Test
    @Order(3)
    void the_handout_glossary_and_a_card_at_desktop_size() {
        browser.size(Browser.DESKTOP);
        try {
            browser.open(app.url("/glosarium"));
            browser.waitForText(H1, "Glosarium");
            browser.fullPageScreenshot(SHOTS.resolve("1280-glossary.png"));
            browser.open(app.url("/modul/media-sosial"));
            click(By.id("cetak-modul"));
            browser.waitForText(By.cssSelector(".crumbs [aria-current]"), "Bahan cetak");
            assertTrue(browser.driver().findElements(By.cssSelector("article.handout-lesson")).size() >= 3);
            browser.fullPageScreenshot(SHOTS.resolve("1280-handout.png"));
        } finally {
            browser.size(Browser.PHONE);
        }
    }

    private static ChromeDriver chrome() {
        return (ChromeDriver) browser.driver();
    }

    private static void shoot(String name) {
        browser.fullPageScreenshot(SHOTS.resolve("390-" + name + ".png"));
    }

    private static void click(By locator) {
        WebElement e = new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(locator));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block:'center'})", e);
        e.click();
    }
}
