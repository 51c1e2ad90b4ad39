package id.serambi.chat.designer;

import id.serambi.support.Http;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A design's share link opens it read-only in the simulator from any browser; exports are named after the office. */
class DesignSharePagesTest {
    private static final Pattern LINK = Pattern.compile("value=\"http://[^\"]+(/coba/([a-z0-9]+))\"");
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void a_share_link_lets_another_browser_try_the_menu_but_not_edit_it() {
        Http author = app.http();
        author.get("/");
        String page = DesignTaskPagesTest.copyOfTheSample(author);
        assertTrue(author.get(page).body().contains("Buat tautan untuk dicoba"));
        HttpResponse<String> made = author.submit(page, page + "/bagikan", Map.of());
        assertEquals(303, made.statusCode());
        assertEquals(page + "#bagikan", made.headers().firstValue("Location").orElseThrow());
        Matcher m = LINK.matcher(author.get(page).body());
        assertTrue(m.find(), "the edit page shows the link");
        String link = m.group(1);
        String token = m.group(2);
        assertEquals(24, token.length());
        author.submit(page, page + "/bagikan", Map.of());
        assertTrue(author.get(page).body().contains(link), "asking again keeps the same link");

        Http other = app.http();
        HttpResponse<String> opened = other.get(link);
        assertEquals(303, opened.statusCode());
        String sim = opened.headers().firstValue("Location").orElseThrow();
        assertEquals("/simulator/s-" + token, sim);
        String chat = other.get(sim).body();
        assertTrue(chat.contains("Kelurahan Madatte"), chat);
        assertEquals(303, other.submit(sim, sim + "/kirim", Map.of("text", "Menu")).statusCode());
        assertTrue(other.get(sim).body().contains("Surat keterangan"), "the shared menu answers");
        assertFalse(chat.contains("href=\"" + page + "\""), "no way into the designer");
        assertEquals(404, other.get(page).statusCode(), "the design itself stays its author's");
        assertEquals(404, other.submit(sim, page + "/bagikan", Map.of()).statusCode());
    }

    @Test
    void an_unknown_link_is_not_found() {
        assertEquals(404, app.http().get("/coba/qqqqqqqqqqqqqqqqqqqqqqqq").statusCode());
        assertEquals(404, app.http().get("/simulator/s-qqqqqqqqqqqqqqqqqqqqqqqq").statusCode());
    }

    @Test
    void a_designed_menu_is_exported_under_its_office_name() {
        Http author = app.http();
        author.get("/");
        String page = DesignTaskPagesTest.copyOfTheSample(author);
        String sim = "/simulator/d-" + DesignTaskPagesTest.id(page);
        assertEquals("attachment; filename=\"kelurahan-madatte.yaml\"",
                author.get(sim + "/menu.yaml").headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals("attachment; filename=\"kelurahan-madatte.json\"",
                author.get(sim + "/menu.json").headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals("attachment; filename=\"madatte.yaml\"", app.http().get("/simulator/madatte/menu.yaml")
                .headers().firstValue("Content-Disposition").orElseThrow(), "a bundled menu keeps its id");
    }
}
