package id.serambi.chat.designer;

import id.serambi.chat.engine.Service;
import id.serambi.chat.menu.MenuCatalog;
import id.serambi.chat.menu.MenuJson;
import id.serambi.chat.menu.MenuYaml;
import id.serambi.support.Http;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The menu designer over HTTP, as a browser without JavaScript uses it. */
class DesignerPagesTest {
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** Copies a bundled menu into the designer and returns the edit page's address. */
    static String copy(Http http, String sample) {
        HttpResponse<String> r = http.submit("/desainer", "/desainer/baru", Map.of("contoh", sample));
        assertEquals(303, r.statusCode(), r.body());
        return r.headers().firstValue("Location").orElseThrow();
    }

    private static String stored(String page) {
        DesignStore store = new DesignStore(app.database().jdbi());
        String id = page.substring("/desainer/".length());
        DesignStore.Summary s = store.find(id).orElseThrow();
        return store.version(id, s.version()).orElseThrow().yaml();
    }

    private static int version(String page) {
        return new DesignStore(app.database().jdbi()).find(page.substring("/desainer/".length())).orElseThrow()
                .version();
    }

    private static Map<String, String> node(String label, String shortcut, String text) {
        Map<String, String> f = new HashMap<>();
        f.put("simpul", "1");
        f.put("label", label);
        f.put("shortcut", shortcut);
        f.put("text", text);
        return f;
    }

    @Test
    void copying_madatte_makes_a_menu_the_simulator_serves_to_its_owner_only() {
        Http http = app.http();
        String page = copy(http, "madatte");
        HttpResponse<String> edit = http.get(page);
        assertEquals(200, edit.statusCode());
        assertTrue(edit.body().contains("Salinan Layanan WhatsApp Kelurahan Madatte"), edit.body());
        assertTrue(http.get("/desainer").body().contains(page));
        String sim = "/simulator/d-" + page.substring("/desainer/".length());
        assertEquals(303, http.submit(sim, sim + "/kirim", Map.of("text", "Menu")).statusCode());
        assertTrue(http.get(sim).body().contains("Alamat kelurahan"));

        Http other = app.http();
        assertEquals(404, other.get(page).statusCode());
        assertEquals(404, other.get(sim).statusCode());
        assertEquals(404, other.get(sim + "/menu.yaml").statusCode());
        assertEquals(404, other.get(page + "/versi").statusCode());
        assertFalse(other.get("/desainer").body().contains(page));
    }

    @Test
    void editing_an_option_saves_a_new_version_and_the_simulator_answers_with_it() {
        Http http = app.http();
        String page = copy(http, "madatte");
        HttpResponse<String> r = http.submit(page, page + "/pilihan",
                node("Alamat kantor", "alamat", "Kantor kami di Jalan Baru 1."));
        assertEquals(303, r.statusCode(), r.body());
        assertEquals(2, version(page));
        assertTrue(stored(page).contains("Jalan Baru 1"));
        String sim = "/simulator/d-" + page.substring("/desainer/".length());
        http.submit(sim, sim + "/kirim", Map.of("text", "Menu"));
        http.submit(sim, sim + "/kirim", Map.of("text", "1"));
        assertTrue(http.get(sim).body().contains("Jalan Baru 1"));
    }

    @Test
    void a_refused_save_shows_the_typed_input_with_messages_and_keeps_the_stored_menu() {
        Http http = app.http();
        String page = copy(http, "madatte");
        String before = stored(page);

        HttpResponse<String> empty = http.submit(page, page + "/pilihan", node("", "alamat", "Teks <b>tebal</b>"));
        assertEquals(422, empty.statusCode());
        assertTrue(empty.body().contains("Wajib diisi."));
        assertTrue(empty.body().contains("Teks &lt;b&gt;tebal&lt;/b&gt;"), "typed text kept, escaped");

        HttpResponse<String> tooLong = http.submit(page, page + "/pilihan", node("Alamat", "alamat", "a".repeat(4100)));
        assertEquals(422, tooLong.statusCode());
        assertTrue(tooLong.body().contains("4.096") || tooLong.body().contains("4096"), tooLong.body());

        HttpResponse<String> nik = http.submit(page, page + "/pilihan",
                node("Alamat", "alamat", "Contoh NIK 7371010101010001 jangan ditulis."));
        assertEquals(422, nik.statusCode());

        Map<String, String> profile = new HashMap<>(Map.of("title", "Menu", "name", "Kelurahan", "phone", "08123"));
        HttpResponse<String> phone = http.submit(page, page + "/profil", profile);
        assertEquals(422, phone.statusCode());
        assertTrue(phone.body().contains("08123"));

        assertEquals(1, version(page));
        assertEquals(before, stored(page));
    }

    @Test
    void adding_a_service_is_saved_with_its_findings_shown_until_the_six_components_are_written() {
        Http http = app.http();
        String page = copy(http, "madatte");
        HttpResponse<String> r = http.submit(page, page + "/tambah", Map.of("simpul", "", "jenis", "service"));
        assertEquals(303, r.statusCode(), r.body());
        String edit = http.get(page).body();
        assertTrue(edit.contains("persyaratan"), "a missing component is named");

        Map<String, String> f = node("Surat keterangan usaha", "sku", "Syarat surat keterangan usaha:");
        f.put("simpul", "4");
        for (Service.Component c : Service.Component.values()) {
            f.put(c.key(), "Isi " + c.key());
        }
        assertEquals(303, http.submit(page, page + "/pilihan", f).statusCode());
        assertFalse(http.get(page).body().contains("persyaratan</li>"));
        assertTrue(stored(page).contains("Surat keterangan usaha"));
    }

    @Test
    void options_move_and_delete() {
        Http http = app.http();
        String page = copy(http, "madatte");
        assertEquals(303, http.submit(page, page + "/geser", Map.of("simpul", "1", "arah", "turun")).statusCode());
        String yaml = stored(page);
        assertTrue(yaml.indexOf("Pelayanan administrasi") < yaml.indexOf("Alamat kelurahan"));
        assertEquals(303, http.submit(page, page + "/hapus", Map.of("simpul", "3")).statusCode());
        assertFalse(stored(page).contains("Akun sosial media kelurahan"));
    }

    @Test
    void twelve_saves_keep_the_versions_and_an_old_one_can_be_restored() {
        Http http = app.http();
        String page = copy(http, "madatte");
        for (int i = 1; i <= 12; i++) {
            assertEquals(303, http.submit(page, page + "/pilihan", node("Alamat", "alamat", "Versi teks " + i))
                    .statusCode());
        }
        assertEquals(13, version(page));
        HttpResponse<String> versions = http.get(page + "/versi");
        assertEquals(200, versions.statusCode());
        for (int v = 3; v <= 13; v++) {
            assertTrue(versions.body().contains(">Versi " + v + "<"), "version " + v);
        }
        assertEquals(303, http.submit(page + "/versi", page + "/pulihkan", Map.of("versi", "3")).statusCode());
        assertEquals(14, version(page));
        assertTrue(stored(page).contains("Versi teks 2\n") || stored(page).contains("Versi teks 2"));
        assertFalse(stored(page).contains("Versi teks 12"));
    }

    @Test
    void importing_yaml_and_json_creates_menus_and_bad_input_saves_nothing() {
        Http http = app.http();
        String yaml = MenuYaml.write(MenuCatalog.load(id.serambi.course.ContentRoot.bundled()).menu("madatte")
                .orElseThrow());
        HttpResponse<String> r = http.submit("/desainer", "/desainer/impor", Map.of("teks", yaml));
        assertEquals(303, r.statusCode(), r.body());
        String json = MenuJson.write(MenuCatalog.load(id.serambi.course.ContentRoot.bundled())
                .menu("madatte-lengkap").orElseThrow());
        assertEquals(303, http.submit("/desainer", "/desainer/impor", Map.of("teks", json)).statusCode());
        int count = new DesignStore(app.database().jdbi()).byOwner(http.cookie("serambi_pelajar")).size();
        assertEquals(2, count);

        HttpResponse<String> bad = http.submit("/desainer", "/desainer/impor", Map.of("teks", "title: x\nmenu: [\n"));
        assertEquals(422, bad.statusCode());
        assertTrue(bad.body().contains("Baris"), bad.body());
        HttpResponse<String> badJson = http.submit("/desainer", "/desainer/impor", Map.of("teks", "{\"title\": 1,"));
        assertEquals(422, badJson.statusCode());
        HttpResponse<String> missing = http.submit("/desainer", "/desainer/impor", Map.of("teks", "title: Menu\n"));
        assertEquals(422, missing.statusCode());
        assertEquals(2, new DesignStore(app.database().jdbi()).byOwner(http.cookie("serambi_pelajar")).size());
    }

    @Test
    void a_new_menu_passes_the_checks_and_exports() {
        Http http = app.http();
        HttpResponse<String> r = http.submit("/desainer", "/desainer/baru", Map.of());
        assertEquals(303, r.statusCode());
        String page = r.headers().firstValue("Location").orElseThrow();
        assertTrue(http.get(page).body().contains("Menu ini lolos semua pemeriksaan")
                || http.get(page).body().contains("lolos"), http.get(page).body());
        String sim = "/simulator/d-" + page.substring("/desainer/".length());
        HttpResponse<String> file = http.get(sim + "/menu.yaml");
        assertEquals(200, file.statusCode());
        assertTrue(file.body().contains("Kelurahan CONTOH"));
        assertEquals(200, http.get(sim + "/poster").statusCode());
        assertEquals(200, http.get(sim + "/menu.json").statusCode());
        assertEquals(200, http.get(sim + "/ekspor").statusCode());
    }

    @Test
    void the_edit_page_of_the_extended_menu_stays_within_the_page_weight() throws Exception {
        Http http = app.http();
        String page = copy(http, "madatte-lengkap");
        HttpResponse<String> edit = http.get(page);
        assertEquals(200, edit.statusCode());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
            gz.write(edit.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        System.out.println("designer edit page of madatte-lengkap: " + edit.body().length() + " bytes, "
                + bytes.size() + " gzipped");
        assertTrue(bytes.size() <= 30 * 1024, "gzipped " + bytes.size());
    }

    @Test
    void a_post_without_the_form_token_is_refused() {
        Http http = app.http();
        String page = copy(http, "madatte");
        assertEquals(403, http.post(page + "/pilihan", node("X", "x", "y")).statusCode());
        assertEquals(403, http.post("/desainer/baru", Map.of("contoh", "madatte")).statusCode());
        assertEquals(1, version(page));
    }
}
