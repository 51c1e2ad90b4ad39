package id.serambi.course;

import id.serambi.support.Http;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled checklist's page: ticked step by step with plain form posts, saved per learner, counted as progress. */
class ChecklistPagesTest {
    private static final String PAGE = "/daftar-periksa/siapkan-whatsapp-business";
    private static final List<String> STEPS = List.of("nomor-kantor", "profil-bisnis", "pesan-salam", "pesan-luar-jam",
            "balasan-cepat", "label", "uji-coba", "umumkan");
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static HttpResponse<String> tick(Http http, String step, String value) {
        return http.submit(PAGE, PAGE + "/centang", Map.of("langkah", step, "centang", value));
    }

    @Test
    void the_page_lists_every_step_with_a_button_to_tick_it() {
        String body = app.http().get(PAGE).body();
        assertTrue(body.contains("<h1>Menyiapkan WhatsApp Business kantor</h1>"), body);
        assertTrue(body.contains("0 dari 8 langkah sudah dilakukan"));
        for (String step : STEPS) {
            assertTrue(body.contains("id=\"langkah-" + step + "\""), step);
        }
        assertTrue(body.contains("Tandai sudah dilakukan"));
        assertTrue(body.contains("href=\"/modul/whatsapp-business\""), "the way back to its module");
    }

    @Test
    void a_tick_comes_back_to_its_step_is_saved_and_can_be_undone() {
        Http http = app.http();
        http.get(PAGE);
        HttpResponse<String> ticked = tick(http, "pesan-salam", "1");
        assertEquals(303, ticked.statusCode());
        assertEquals(PAGE + "#langkah-pesan-salam", ticked.headers().firstValue("Location").orElseThrow());
        String body = http.get(PAGE).body();
        assertTrue(body.contains("1 dari 8 langkah sudah dilakukan"), body);
        assertTrue(body.contains("Batalkan tanda"));
        assertFalse(app.http().get(PAGE).body().contains("1 dari 8"), "another browser has its own ticks");
        tick(http, "pesan-salam", "1");
        assertTrue(http.get(PAGE).body().contains("1 dari 8 langkah"), "ticking twice counts once");
        tick(http, "pesan-salam", "0");
        assertTrue(http.get(PAGE).body().contains("0 dari 8 langkah"));
    }

    @Test
    void every_step_ticked_completes_the_checklist_and_counts_in_the_module() {
        Http http = app.http();
        http.get("/");
        String before = http.get("/modul/whatsapp-business").body();
        assertTrue(before.contains("0 dari "), before);
        for (String step : STEPS) {
            assertEquals(303, tick(http, step, "1").statusCode());
        }
        String body = http.get(PAGE).body();
        assertTrue(body.contains("Semua langkah sudah dilakukan"), body);
        String module = http.get("/modul/whatsapp-business").body();
        assertTrue(module.contains("1 dari "), "the checklist is one step of the module");
        assertTrue(module.contains("item-checklist is-done"), module);
    }

    @Test
    void an_unknown_checklist_or_step_is_not_found() {
        Http http = app.http();
        http.get(PAGE);
        assertEquals(404, http.get("/daftar-periksa/tidak-ada").statusCode());
        assertEquals(404, tick(http, "tidak-ada", "1").statusCode());
    }
}
