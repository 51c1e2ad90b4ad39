package id.serambi.chat.designer;

import id.serambi.support.Http;
import id.serambi.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A designer save sent again because its answer never arrived is answered as saved and adds no
 * version; a different change made on a version that is no longer current is still refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DesignerRetryPagesTest {
    private TestApp app;

    @BeforeAll
    void start() {
        app = TestApp.start();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private DesignStore.Summary summary(String page) {
        return new DesignStore(app.database().jdbi()).find(page.substring("/desainer/".length())).orElseThrow();
    }

    private String stored(String page) {
        DesignStore store = new DesignStore(app.database().jdbi());
        String id = page.substring("/desainer/".length());
        return store.version(id, summary(page).version()).orElseThrow().yaml();
    }

    private static Map<String, String> profile(String name, int version) {
        return new HashMap<>(Map.of("title", "Menu Madatte", "name", name, "phone", "6281100000000",
                "hours-senin", "08.00-16.00", "versi", String.valueOf(version)));
    }

    @Test
    void a_form_save_sent_again_is_answered_as_saved_and_keeps_one_version() {
        Http http = app.http();
        String page = DesignerPagesTest.copy(http, "madatte");
        int base = summary(page).version();
        Map<String, String> fields = profile("Kantor Kelurahan Madatte", base);
        HttpResponse<String> first = http.submit(page, page + "/profil", fields);
        assertEquals(303, first.statusCode());
        String saved = stored(page);

        HttpResponse<String> again = http.submit(page, page + "/profil", fields);
        assertEquals(303, again.statusCode(), again.body());
        assertTrue(again.headers().firstValue("Location").orElseThrow().contains("disimpan=1"), "it says it was saved");
        assertEquals(base + 1, summary(page).version(), "no version is added");
        assertEquals(saved, stored(page));
    }

    @Test
    void a_button_change_sent_again_is_done_once() {
        Http http = app.http();
        String page = DesignerPagesTest.copy(http, "madatte");
        int base = summary(page).version();
        Map<String, String> add = Map.of("simpul", "", "jenis", "reply", "versi", String.valueOf(base));
        assertEquals(303, http.submit(page, page + "/tambah", add).statusCode());
        String once = stored(page);
        assertEquals(303, http.submit(page, page + "/tambah", add).statusCode());
        assertEquals(base + 1, summary(page).version());
        assertEquals(once, stored(page), "the option is added once");
    }

    @Test
    void another_change_on_a_version_that_is_no_longer_current_is_refused() {
        Http http = app.http();
        String page = DesignerPagesTest.copy(http, "madatte");
        int base = summary(page).version();
        assertEquals(303, http.submit(page, page + "/profil", profile("Kelurahan Madatte A", base)).statusCode());
        String kept = stored(page);
        HttpResponse<String> other = http.submit(page, page + "/profil", profile("Kelurahan Madatte B", base));
        assertEquals(409, other.statusCode());
        assertTrue(other.body().contains("baru saja disimpan dari tempat lain"), other.body());
        assertEquals(kept, stored(page));
        assertNotEquals(base, summary(page).version());
    }
}
