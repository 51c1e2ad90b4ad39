package id.serambi.chat.designer;

import id.serambi.support.Http;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The designer's refused save names the field by its label and lands at its form without claiming
 * the menu passes; the simulator's tasks panel shows a task reached in the same answer.
 */
class DesignerFixesPagesTest {
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static Map<String, String> domisili(String prosedur) {
        Map<String, String> form = new HashMap<>();
        form.put("simpul", "2.1");
        form.put("label", "Domisili");
        form.put("shortcut", "sk-domisili");
        form.put("text", "*Surat Keterangan Domisili*");
        form.put("persyaratan", "Pengantar RT/RW, KTP-el dan KK.");
        form.put("prosedur", prosedur);
        form.put("waktu", "1 hari kerja.");
        form.put("biaya", "Gratis.");
        form.put("produk", "Surat Keterangan Domisili.");
        form.put("pengaduan", "Sampaikan kepada lurah.");
        return form;
    }

    @Test
    void a_nik_in_a_service_component_is_refused_naming_the_field_by_its_label() {
        Http http = app.http();
        http.get("/");
        String page = DesignTaskPagesTest.copyOfTheSample(http);
        HttpResponse<String> refused = http.submit(page, page + "/pilihan", domisili("Tulis NIK 7371010101010001 di formulir."));
        assertEquals(422, refused.statusCode());
        String body = refused.body();
        assertTrue(body.contains("&#39;Prosedur&#39; memuat 16 angka") || body.contains("'Prosedur' memuat 16 angka"), body);
        assertFalse(body.contains("service.prosedur"), "no internal key");
        assertFalse(body.contains("Menu ini lolos semua pemeriksaan"), "the refused change does not pass");
        assertTrue(body.contains("action=\"" + page + "/pilihan#n-2-1\""), "the page comes back at the form");
    }

    @Test
    void a_task_reached_shows_its_result_in_the_same_answer() throws Exception {
        Http http = app.http();
        http.get("/simulator/madatte");
        http.submit("/simulator/madatte", "/simulator/madatte/latihan", Map.of("tugas", "cari-alamat"));
        fragmentPost(http, "/simulator/madatte/kirim", "Menu");
        HttpResponse<String> reached = fragmentPost(http, "/simulator/madatte/kirim", "1");
        assertEquals(200, reached.statusCode());
        assertTrue(reached.body().contains("id=\"live\""));
        int panel = reached.body().indexOf("id=\"latihan\"");
        assertTrue(panel > 0, "the tasks panel comes with the chat");
        assertTrue(reached.body().indexOf("Terbaik: 2 pesan", panel) > 0, reached.body());
    }

    /** Posts as simulator.js does: same cookies, the form token, and the fragment header. */
    private static HttpResponse<String> fragmentPost(Http http, String path, String text) throws Exception {
        String csrf = http.cookie("serambi_csrf");
        String body = "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8) + "&text="
                + URLEncoder.encode(text, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Serambi-Fragment", "1")
                .header("Cookie", "serambi_pelajar=" + http.cookie("serambi_pelajar") + "; serambi_csrf=" + csrf)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
