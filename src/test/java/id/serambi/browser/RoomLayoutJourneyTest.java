package id.serambi.browser;

import id.serambi.account.Role;
import id.serambi.quiz.model.Quiz;
import id.serambi.support.Browser;
import id.serambi.support.Closing;
import id.serambi.support.Http;
import id.serambi.support.QuizAnswers;
import id.serambi.support.TestApp;
import id.serambi.workshop.trainer.RoomPagesTest;
import id.serambi.workshop.trainer.WorkshopPagesTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real room's pages at the sizes they are used at: the trainer's room on a phone (seven steps,
 * six participants with long names) scrolls only downwards, and the projector shows the open step
 * whole on a 1280x720 and a 1920x1080 screen, with the join code large enough for the back of the
 * hall while joining is open.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoomLayoutJourneyTest {
    private static final String SHOTS = System.getProperty("serambi.shots", "");
    private static final String[] NAMES = {"Siti Nurhaliza Rahmawati", "Andi Muhammad Syahrul Ramadhan",
            "Hj. Nurjannah Daeng Kebo", "Muh. Ilham Saputra Wijaya", "Sitti Aminah", "Rahmat Hidayat"};
    private TestApp app;
    private Browser browser;
    private RoomPagesTest.Room room;

    @BeforeAll
    void start() {
        app = TestApp.start();
        room = RoomPagesTest.room(app);
        List<Http> phones = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            phones.add(room.join(NAMES[i], i % 2 == 0 ? "warga" : "aparat"));
        }
        assertEquals(303, room.item("buka", "kuis:tes-awal").statusCode());
        Quiz pre = QuizAnswers.bundled("tes-awal");
        for (int i = 0; i < 4; i++) {
            Http phone = phones.get(i);
            String attempt = RoomPagesTest.startPreTest(phone);
            List<Map.Entry<String, String>> form = new ArrayList<>(QuizAnswers.right(pre));
            form.add(Map.entry("percobaan", attempt));
            assertEquals(303, phone.submitAll(RoomPagesTest.PRE + "/isi", RoomPagesTest.PRE + "/kirim", form)
                    .statusCode());
        }
        browser = Browser.start(Browser.PHONE);
        browser.open(app.url("/health"));
        browser.setCookie(app.url("/"), "serambi_sesi", room.trainer().cookie("serambi_sesi"));
    }

    @AfterAll
    void stop() {
        Closing.all(browser, app);
    }

    private long script(String js) {
        return ((Number) ((JavascriptExecutor) browser.driver()).executeScript(js)).longValue();
    }

    private void shot(String name) {
        if (!SHOTS.isBlank()) {
            browser.fullPageScreenshot(Path.of(SHOTS, name + ".png"));
        }
    }

    @Test
    void the_trainers_room_on_a_phone_scrolls_only_downwards() {
        browser.size(Browser.PHONE);
        browser.open(app.url(room.page()));
        browser.waitForText(By.id("ruang-langsung"), "6 bergabung");
        shot("room-390");
        if (!SHOTS.isBlank()) {
            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('ruang-langsung').scrollIntoView();");
            browser.screenshot(Path.of(SHOTS, "room-390-roster.png"));
        }
        long width = script("return document.documentElement.scrollWidth;");
        assertTrue(width <= Browser.PHONE.getWidth(), "the trainer's room is " + width + " px wide at 390 px");
        for (String name : NAMES) {
            assertTrue(browser.find(By.id("ruang-langsung")).getText().contains(name), name + " is on the roster");
        }
        browser.open(app.url(room.page() + "/tutup"));
        browser.waitForText("Tutup pelatihan ini?");
        shot("close-390");
        assertTrue(script("return document.documentElement.scrollWidth;") <= Browser.PHONE.getWidth());
    }

    @Test
    void the_projector_shows_the_open_step_whole_at_720p_and_1080p_with_a_code_for_the_back_of_the_hall() {
        for (Dimension screen : List.of(new Dimension(1280, 720), new Dimension(1920, 1080))) {
            browser.size(screen);
            browser.open(app.url(room.page() + "/layar"));
            browser.waitForText("4 dari 6 sudah mengirim");
            shot("projector-" + screen.getWidth() + "x" + screen.getHeight());
            long height = script("return document.documentElement.scrollHeight;");
            long viewport = script("return window.innerHeight;");
            assertTrue(height <= viewport, "the projector is " + height + " px tall on a " + viewport + " px screen");
            long width = script("return document.documentElement.scrollWidth;");
            assertTrue(width <= screen.getWidth(), "the projector is " + width + " px wide");
            long cut = script("return [...document.querySelectorAll('.tile')].filter(t => t.scrollWidth > t.clientWidth).length;");
            assertEquals(0, cut, "tiles whose text is wider than the tile at " + screen);
            long code = script("return Math.round(parseFloat(getComputedStyle(document.querySelector('.screen-code')).fontSize));");
            assertTrue(code >= 80, "the join code is " + code + " px at " + screen);
            long smallest = script("""
                    let min = 1000;
                    document.querySelectorAll('main svg text, main .screen-meta, main .screen-url, main td, main th').forEach(e => {
                      const r = e.getBoundingClientRect();
                      if (r.width > 0 && r.height > 0) {
                        min = Math.min(min, parseFloat(getComputedStyle(e).fontSize) * (e.ownerSVGElement
                          ? e.ownerSVGElement.getBoundingClientRect().width / e.ownerSVGElement.viewBox.baseVal.width : 1));
                      }
                    });
                    return Math.round(min);""");
            assertTrue(smallest >= 24, "the smallest text on the projector is " + smallest
                    + " px at " + screen);
        }
    }
}
