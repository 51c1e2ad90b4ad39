package id.serambi.chat.designer;

import id.serambi.chat.engine.Menu;
import id.serambi.chat.menu.MenuCatalog;
import id.serambi.course.ContentRoot;
import id.serambi.support.Http;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The designer's preview over HTTP: on the edit page from the saved menu, and live from unsaved fields. */
class DesignerPreviewPagesTest {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Menu MADATTE = MenuCatalog.load(ContentRoot.bundled()).menu("madatte").orElseThrow();
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String stored(String page) {
        DesignStore store = new DesignStore(app.database().jdbi());
        String id = page.substring("/desainer/".length());
        return store.version(id, store.find(id).orElseThrow().version()).orElseThrow().yaml();
    }

    private static int version(String page) {
        return new DesignStore(app.database().jdbi()).find(page.substring("/desainer/".length())).orElseThrow()
                .version();
    }

    /** Posts unsaved fields to the preview, with the form token of the edit page, as the page's script does. */
    private static HttpResponse<String> preview(Http http, String page, Map<String, String> fields) {
        Matcher m = CSRF.matcher(http.get(page).body());
        assertTrue(m.find());
        Map<String, String> form = new HashMap<>(fields);
        form.put("_csrf", m.group(1));
        return http.post(page + "/pratinjau", form);
    }

    /** The preview panel of a page or fragment, without the editor around it. */
    private static String panel(String html) {
        int start = html.indexOf("<section id=\"pratinjau\"");
        assertTrue(start >= 0, "no preview in " + html);
        return html.substring(start, html.indexOf("</section>", start));
    }

    @Test
    void the_edit_page_previews_the_saved_menu_down_to_the_open_option_and_links_to_the_simulator() {
        Http http = app.http();
        String page = DesignerPagesTest.copy(http, "madatte-lengkap");
        String top = panel(http.get(page).body());
        assertTrue(top.contains("Selamat datang di layanan WhatsApp"), "the greeting");
        assertTrue(top.contains("Alamat dan jam layanan"), "the numbered menu, as list rows");
        assertTrue(top.contains("Menampilkan menu yang tersimpan"));
        assertTrue(top.contains("href=\"/simulator/d-" + page.substring("/desainer/".length()) + "\""),
                "a link to try the saved menu");

        String opened = panel(http.get(page + "?buka=2.2").body());
        assertTrue(opened.contains("Surat Keterangan Usaha"), "the answer of the open option");
        assertTrue(opened.contains("Pilih surat"), "the sub-menu on the way, as a list message");
        assertTrue(opened.contains("2 &gt; 2"), "where the conversation goes");
    }

    @Test
    void typed_fields_show_in_the_preview_and_nothing_is_saved() {
        Http http = app.http();
        String page = DesignerPagesTest.copy(http, "madatte");
        String before = stored(page);
        HttpResponse<String> r = preview(http, page, Map.of("bagian", "pilihan", "simpul", "1",
                "label", "Alamat kantor", "shortcut", "alamat", "text", "Kantor pindah ke *Jalan Baru 7* <b>x</b>"));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertFalse(r.body().contains("<html"), "a fragment, not a page");
        String fragment = panel(r.body());
        assertTrue(fragment.contains("Kantor pindah ke <strong>Jalan Baru 7</strong> &lt;b&gt;x&lt;/b&gt;"),
                "WhatsApp formatting rendered, markup shown as text: " + fragment);
        assertTrue(fragment.contains("belum disimpan"), "the preview says it is not saved");
        String same = panel(preview(http, page, Map.of("bagian", "pilihan", "simpul", "1",
                "label", "Alamat kelurahan", "shortcut", "alamat", "text", MADATTE.node(List.of(1)).orElseThrow().text())).body());
        assertTrue(same.contains("Menampilkan menu yang tersimpan"), "the saved text is not called unsaved");
        assertEquals(1, version(page));
        assertEquals(before, stored(page));
    }

    @Test
    void the_preview_names_what_would_refuse_the_save_and_keeps_the_saved_menu_for_an_empty_field() {
        Http http = app.http();
        String page = DesignerPagesTest.copy(http, "madatte");
        String nik = panel(preview(http, page, Map.of("bagian", "pilihan", "simpul", "1", "label", "Alamat",
                "shortcut", "alamat", "text", "NIK 7371010101010001")).body());
        assertTrue(nik.contains("pv-notes") && nik.contains("NIK"), nik);

        String empty = panel(preview(http, page, Map.of("bagian", "pilihan", "simpul", "1", "label", "",
                "shortcut", "alamat", "text", "Teks baru")).body());
        assertTrue(empty.contains("Ada isian wajib"), empty);
        assertFalse(empty.contains("Teks baru"), "the saved menu is shown instead");
        assertEquals(1, version(page));
    }

    @Test
    void the_away_and_messages_sections_preview_their_own_messages() {
        Http http = app.http();
        String page = DesignerPagesTest.copy(http, "madatte");
        String away = panel(preview(http, page, Map.of("bagian", "luar-jam", "schedule", "outside-hours",
                "text", "Kantor sedang tutup, kami balas besok.")).body());
        assertTrue(away.contains("Kantor sedang tutup, kami balas besok."), away);
        assertTrue(away.contains("di luar jam pelayanan"), "the header says the office is away");

        Map<String, String> messages = new HashMap<>(Map.of("bagian", "pesan", "greeting",
                "Halo dari kelurahan. Jam pelayanan Senin-Jumat 08.00-16.00, balas 9 untuk petugas.",
                "triggers", "Menu", "fallback", "Maaf, kami belum paham."));
        String fallback = panel(preview(http, page, messages).body());
        assertTrue(fallback.contains("Halo dari kelurahan."));
        assertTrue(fallback.contains("Maaf, kami belum paham."), "a message the bot does not understand");
        assertEquals(1, version(page));
    }

    @Test
    void another_visitor_and_a_post_without_the_form_token_get_no_preview() {
        Http http = app.http();
        String page = DesignerPagesTest.copy(http, "madatte");
        Map<String, String> fields = Map.of("bagian", "pilihan", "simpul", "1", "label", "A", "shortcut", "a",
                "text", "b");
        assertEquals(403, http.post(page + "/pratinjau", fields).statusCode());
        Http other = app.http();
        assertEquals(404, other.post(page + "/pratinjau", withToken(other, fields)).statusCode());
    }

    private static Map<String, String> withToken(Http http, Map<String, String> fields) {
        Matcher m = CSRF.matcher(http.get("/desainer").body());
        assertTrue(m.find());
        Map<String, String> form = new HashMap<>(fields);
        form.put("_csrf", m.group(1));
        return form;
    }
}
