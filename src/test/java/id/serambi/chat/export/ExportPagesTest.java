package id.serambi.chat.export;

import id.serambi.chat.engine.ChatEngine;
import id.serambi.chat.engine.Menu;
import id.serambi.chat.engine.QuickReply;
import id.serambi.chat.menu.BundledMenusTest;
import id.serambi.chat.menu.MenuLoader;
import id.serambi.gates.SecurityHeaderCheck;
import id.serambi.support.Http;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The export of the bundled menus over HTTP: setup sheet, poster, QR file, YAML and JSON. */
class ExportPagesTest {
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
    void the_home_page_links_to_each_bundled_menus_setup_sheet() {
        String home = app.http().get("/").body();
        assertTrue(home.contains("<section id=\"ekspor-menu\""), home);
        assertTrue(home.contains("href=\"/simulator/madatte/ekspor\""), home);
        assertTrue(home.contains("href=\"/simulator/madatte-lengkap/ekspor\""), home);
    }

    @Test
    void the_setup_sheet_gives_greeting_away_every_quick_reply_and_the_profile_ready_to_copy() {
        Menu menu = BundledMenusTest.bundled("madatte");
        HttpResponse<String> response = app.http().get("/simulator/madatte/ekspor");
        assertEquals(200, response.statusCode());
        String page = response.body();
        assertTrue(page.contains("<html lang=\"id\">"), "labels in the visitor's language");
        assertTrue(page.contains("<pre data-copy=\"teks-salam\">" + html(menu.greeting()) + "</pre>"), page);
        assertTrue(page.contains(html(menu.away().orElseThrow().text())), "the away text");
        assertTrue(page.contains("Di luar jam kerja (Outside of business hours)"), "the away schedule to pick");
        List<QuickReply> replies = new ChatEngine(menu).quickReplies();
        assertEquals(4, replies.size());
        for (QuickReply reply : replies) {
            assertTrue(page.contains("<code>/" + reply.shortcut() + "</code>"), "shortcut /" + reply.shortcut());
            assertTrue(page.contains(">" + html(reply.text()) + "</pre>"), "full text of /" + reply.shortcut());
        }
        assertTrue(page.contains(">Kelurahan Madatte</pre>"), "profile name");
        assertTrue(page.contains(">" + html(menu.profile().address().orElseThrow()) + "</pre>"), "profile address");
        assertTrue(page.contains("66 dari 256 karakter"), "address length against its limit");
        assertTrue(page.contains(">" + html(menu.profile().description().orElseThrow()) + "</pre>"), "description");
        assertTrue(page.contains("dari 512 karakter"), "description length against its limit");
        assertTrue(page.contains(">https://instagram.com/kelurahan.madatte</pre>"), "Instagram");
        assertTrue(page.contains("<span class=\"hours-days\">Senin–Jumat</span> <span>08.00–16.00</span>"), "hours");
        assertTrue(page.contains("Layanan Publik"), "the category to pick");
        assertTrue(page.contains("tidak bisa menjawab kata “Menu” dengan sendirinya"), "the app's limit, plainly");
        assertTrue(page.contains("Menu ini lolos semua pemeriksaan"), "the checks");
        assertTrue(page.contains("<script src=\"/static/copy.js?v="), "the optional copy buttons");
    }

    @Test
    void the_setup_sheet_shows_the_wa_me_link_with_menu_prefilled_and_its_length() {
        String page = app.http().get("/simulator/madatte/ekspor").body();
        assertTrue(page.contains("<a id=\"wa-link\" href=\"https://wa.me/6282393498882?text=Menu\""
                + " rel=\"noopener noreferrer\">https://wa.me/6282393498882?text=Menu</a>"), page);
        assertTrue(page.contains("Teks isian 4 karakter dari batas 140"), page);
        for (String file : List.of("poster", "qr.svg", "menu.yaml", "menu.json")) {
            assertTrue(page.contains("href=\"/simulator/madatte/" + file + "\""), "links to " + file);
        }
    }

    @Test
    void in_english_the_labels_change_and_the_message_texts_stay_indonesian() {
        Http visitor = app.http();
        visitor.setCookie("serambi_bahasa", "en");
        String page = visitor.get("/simulator/madatte-lengkap/ekspor").body();
        assertTrue(page.contains("<html lang=\"en\">"));
        assertTrue(page.contains("Set up on the office phone"), page);
        assertTrue(page.contains("Outside of business hours"), page);
        assertTrue(page.contains("<code>/sk-domisili</code>"), page);
        assertTrue(page.contains("*Surat Keterangan Domisili*"), page);
        assertTrue(page.contains("<span class=\"hours-days\">Monday–Friday</span>"), page);
    }

    @Test
    void the_poster_shows_office_name_call_qr_code_phone_hours_and_instagram() {
        HttpResponse<String> response = app.http().get("/simulator/madatte/poster");
        assertEquals(200, response.statusCode());
        String page = response.body();
        assertTrue(page.contains("<h1>Kelurahan Madatte</h1>"), page);
        assertTrue(page.contains("Chat WhatsApp kami: ketik <strong>Menu</strong>"), page);
        assertTrue(page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "), page);
        assertTrue(page.contains("role=\"img\" aria-label=\"Kode QR: https://wa.me/6282393498882?text=Menu\""), page);
        assertTrue(page.contains(">+62 823-9349-8882<"), page);
        assertTrue(page.contains("<span class=\"days\">Senin–Jumat</span> <span>08.00–16.00</span>"), page);
        assertTrue(page.contains("<strong>@kelurahan.madatte</strong>"), page);
        assertTrue(page.contains("/static/poster.css"), "its own print style sheet");
    }

    @Test
    void the_qr_file_is_an_svg_download_that_caches_and_carries_the_security_headers() {
        Http visitor = app.http();
        HttpResponse<String> response = visitor.get("/simulator/madatte/qr.svg");
        assertEquals(200, response.statusCode());
        assertTrue(header(response, "Content-Type").startsWith("image/svg+xml"), header(response, "Content-Type"));
        assertEquals("attachment; filename=\"madatte-qr.svg\"", header(response, "Content-Disposition"));
        assertTrue(header(response, "Cache-Control").contains("max-age="), header(response, "Cache-Control"));
        assertEquals(List.of(), SecurityHeaderCheck.problems(response.headers().map()));
        String svg = response.body();
        assertTrue(svg.contains("<title>Kelurahan Madatte: https://wa.me/6282393498882?text=Menu</title>"), svg);
        QrSvg qr = QrSvg.of("https://wa.me/6282393498882?text=Menu");
        assertEquals(qr.file("Kelurahan Madatte: https://wa.me/6282393498882?text=Menu", 8), svg,
                "the same code as the poster's");

        String etag = header(response, "ETag");
        assertEquals(304, visitor.get("/simulator/madatte/qr.svg", "If-None-Match", etag).statusCode());
    }

    @Test
    void the_menu_downloads_as_yaml_and_json_that_read_back_as_the_same_menu() {
        for (String id : List.of("madatte", "madatte-lengkap")) {
            Menu menu = BundledMenusTest.bundled(id);

            HttpResponse<String> yaml = app.http().get("/simulator/" + id + "/menu.yaml");
            assertEquals(200, yaml.statusCode());
            assertTrue(header(yaml, "Content-Type").startsWith("application/yaml"), header(yaml, "Content-Type"));
            assertEquals("attachment; filename=\"" + id + ".yaml\"", header(yaml, "Content-Disposition"));
            assertEquals(List.of(), SecurityHeaderCheck.problems(yaml.headers().map()));
            MenuLoader.Result fromYaml = new MenuLoader().readYaml(id, id + ".yaml", yaml.body());
            assertTrue(fromYaml.ok(), fromYaml.problems().toString());
            assertEquals(menu, fromYaml.menu().orElseThrow());

            HttpResponse<String> json = app.http().get("/simulator/" + id + "/menu.json");
            assertEquals(200, json.statusCode());
            assertTrue(header(json, "Content-Type").startsWith("application/json"), header(json, "Content-Type"));
            assertEquals("attachment; filename=\"" + id + ".json\"", header(json, "Content-Disposition"));
            assertEquals(List.of(), SecurityHeaderCheck.problems(json.headers().map()));
            MenuLoader.Result fromJson = new MenuLoader().readJson(id, id + ".json", json.body());
            assertTrue(fromJson.ok(), fromJson.problems().toString());
            assertEquals(menu, fromJson.menu().orElseThrow());
        }
    }

    @Test
    void an_unknown_menu_is_not_found_on_every_export_route() {
        for (String route : List.of("ekspor", "poster", "qr.svg", "menu.yaml", "menu.json")) {
            HttpResponse<byte[]> response = app.http().getBytes("/simulator/tidak-ada/" + route);
            assertEquals(404, response.statusCode(), route);
            assertTrue(new String(response.body(), StandardCharsets.UTF_8).contains("<html"), "the 404 page");
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    /** Text as Thymeleaf escapes it in an element. */
    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
