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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
    void a_stopped_link_opens_nothing_and_sharing_again_makes_a_new_one() {
        Http author = app.http();
        author.get("/");
        String page = DesignTaskPagesTest.copyOfTheSample(author);
        author.submit(page, page + "/bagikan", Map.of());
        Matcher first = LINK.matcher(author.get(page).body());
        assertTrue(first.find());
        Http other = app.http();
        assertEquals(303, other.get(first.group(1)).statusCode());
        String sim = "/simulator/s-" + first.group(2);
        assertEquals(200, other.get(sim).statusCode());

        assertEquals(404, other.submit(sim, page + "/berhenti-bagikan", Map.of()).statusCode(),
                "only the author stops it");
        assertEquals(200, other.get(sim).statusCode());
        HttpResponse<String> stopped = author.submit(page, page + "/berhenti-bagikan", Map.of());
        assertEquals(303, stopped.statusCode());
        String back = author.get(stopped.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(back.contains("Tautan untuk dicoba sudah dihentikan"), back);
        assertTrue(back.contains("Buat tautan untuk dicoba"));
        assertEquals(404, other.get(first.group(1)).statusCode(), "the old link opens nothing");
        assertEquals(404, other.get(sim).statusCode(), "nor does the simulator address behind it");

        author.submit(page, page + "/bagikan", Map.of());
        Matcher second = LINK.matcher(author.get(page).body());
        assertTrue(second.find());
        assertNotEquals(first.group(2), second.group(2), "sharing again makes a new link");
        assertEquals(404, other.get(first.group(1)).statusCode());
        assertEquals(303, other.get(second.group(1)).statusCode());
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
