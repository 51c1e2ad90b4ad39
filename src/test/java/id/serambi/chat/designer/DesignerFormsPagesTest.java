package id.serambi.chat.designer;

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

/**
 * The designer's forms for the English title, a bot's reply buttons and list messages, and the
 * practice tasks, over HTTP as a browser without JavaScript posts them. A refused save changes
 * nothing and says why next to the field.
 */
class DesignerFormsPagesTest {
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

    /** The top menu of the Madatte copy with the bot presentation fields given. */
    private static Map<String, String> top(String... api) {
        Map<String, String> f = new HashMap<>(Map.of("simpul", "", "shortcut", "menu",
                "text", "Silakan pilih layanan:"));
        for (int i = 0; i + 1 < api.length; i += 2) {
            f.put(api[i], api[i + 1]);
        }
        return f;
    }

    private static Map<String, String> task(String id, String prompt, String goal, String par) {
        return new HashMap<>(Map.of("tugas", id, "prompt", prompt, "prompt_en", "", "goal", goal, "par", par));
    }

    @Test
    void the_english_title_is_saved_with_the_profile() {
        Http http = app.http();
        String page = DesignerPagesTest.copy(http, "madatte");
        Map<String, String> profile = new HashMap<>(Map.of("title", "Menu Madatte", "title_en", "Madatte's menu",
                "name", "Kelurahan Madatte", "phone", "6281100000000", "hours-senin", "08.00-16.00"));
        assertEquals(303, http.submit(page, page + "/profil", profile).statusCode());
        String yaml = stored(page);
        assertTrue(yaml.contains("en: Madatte's menu") || yaml.contains("en: 'Madatte''s menu'"), yaml);
        assertTrue(http.get(page).body().contains("value=\"Madatte&#39;s menu\""), "the field shows it");

        profile.remove("title_en");
        assertEquals(303, http.submit(page, page + "/profil", profile).statusCode());
        assertFalse(stored(page).contains("Madatte's menu"), "emptied, it is removed");
    }

    @Test
    void a_sub_menu_shown_as_a_list_keeps_its_button_text_and_sections() {
        Http http = app.http();
        String page = DesignerPagesTest.copy(http, "madatte-lengkap");
        // option 3 of the extended menu: two population services, shown as reply buttons
        Map<String, String> population = new HashMap<>(Map.of("simpul", "3", "label", "Kependudukan",
                "shortcut", "kependudukan", "text", "Layanan kependudukan:", "api-type", "list",
                "api-button", "Pilih layanan", "api-sections", "Pindah: 1\nKartu keluarga: 2"));
        HttpResponse<String> r = http.submit(page, page + "/pilihan", population);
        assertEquals(303, r.statusCode(), r.body());
        String yaml = stored(page);
        assertTrue(yaml.contains("button: Pilih layanan"), yaml);
        assertTrue(yaml.contains("title: Kartu keluarga") && yaml.contains("options: [2]"), yaml);
        String edit = http.get(page).body();
        assertTrue(edit.contains("Pindah: 1\nKartu keluarga: 2"), "the sections field shows them back");

        population.put("api-type", "buttons");
        assertEquals(303, http.submit(page, page + "/pilihan", population).statusCode(), "two options, two buttons");
        assertFalse(stored(page).contains("button: Pilih layanan"), "buttons need no list button");
        population.put("api-type", "text");
        assertEquals(303, http.submit(page, page + "/pilihan", population).statusCode());
        assertFalse(stored(page).contains("type: buttons"), "back to numbered text");
    }

    @Test
    void buttons_and_lists_beyond_whatsapp_limits_are_refused_with_the_reason_on_the_field() {
        Http http = app.http();
        String page = DesignerPagesTest.copy(http, "madatte");
        String before = stored(page);

        // "Pelayanan administrasi" has 22 characters and "Akun sosial media kelurahan" 27: a button title has at most 20
        HttpResponse<String> buttons = http.submit(page, page + "/pilihan", top("api-type", "buttons"));
        assertEquals(422, buttons.statusCode());
        assertTrue(buttons.body().contains("Pelayanan administrasi&#39; berisi 22 karakter, paling banyak 20"),
                buttons.body());

        HttpResponse<String> noButton = http.submit(page, page + "/pilihan", top("api-type", "list"));
        assertEquals(422, noButton.statusCode());
        assertTrue(noButton.body().contains("id=\"n-menu-api-button-error\""), "required, next to the field");

        HttpResponse<String> words = http.submit(page, page + "/pilihan", top("api-type", "list",
                "api-button", "Lihat", "api-sections", "Informasi: satu, dua"));
        assertEquals(422, words.statusCode());
        assertTrue(words.body().contains("id=\"n-menu-api-sections-error\""), words.body());

        HttpResponse<String> missing = http.submit(page, page + "/pilihan", top("api-type", "list",
                "api-button", "Lihat", "api-sections", "Informasi: 1, 2"));
        assertEquals(422, missing.statusCode());
        assertTrue(missing.body().contains("pilihan 3 tidak ada di bagian daftar mana pun"), missing.body());

        HttpResponse<String> longButton = http.submit(page, page + "/pilihan", top("api-type", "list",
                "api-button", "Lihat semua layanan kantor"));
        assertEquals(422, longButton.statusCode());
        assertTrue(longButton.body().contains("berisi 26 karakter, paling banyak 20"), longButton.body());

        assertEquals(1, version(page));
        assertEquals(before, stored(page));
    }

    @Test
    void a_practice_task_is_added_changed_and_deleted() {
        Http http = app.http();
        String page = DesignerPagesTest.copy(http, "madatte");
        assertTrue(stored(page).contains("id: cari-alamat"), "a copy keeps the bundled tasks");

        HttpResponse<String> added = http.submit(page, page + "/latihan",
                task("", "Seorang warga ingin tahu akun Instagram kelurahan.", "3", ""));
        assertEquals(303, added.statusCode(), added.body());
        String id = "seorang-warga-ingin-tahu-akun-instagram";
        String yaml = stored(page);
        // the fewest messages to option 3: "Menu", then "3"
        assertTrue(yaml.contains("id: " + id) && yaml.contains("goal: [3]") && yaml.contains("par: 2"), yaml);
        String sim = "/simulator/d-" + page.substring("/desainer/".length());
        assertTrue(http.get(sim).body().contains("Seorang warga ingin tahu akun Instagram kelurahan."),
                "the simulator offers it");

        Map<String, String> changed = task(id, "Warga mencari akun Instagram.", "3", "4");
        changed.put("prompt_en", "A citizen looks for the Instagram account.");
        assertEquals(303, http.submit(page, page + "/latihan", changed).statusCode());
        yaml = stored(page);
        assertTrue(yaml.contains("id: " + id) && yaml.contains("par: 4"), "the id stays: " + yaml);
        assertTrue(yaml.contains("en: A citizen looks for the Instagram account."), yaml);

        assertEquals(303, http.submit(page, page + "/latihan/hapus", Map.of("tugas", id)).statusCode());
        assertFalse(stored(page).contains(id));
        assertEquals(404, http.submit(page, page + "/latihan/hapus", Map.of("tugas", id)).statusCode());
    }

    @Test
    void a_task_without_a_reachable_answer_or_a_fair_par_is_refused_next_to_its_fields() {
        Http http = app.http();
        String page = DesignerPagesTest.copy(http, "madatte-lengkap");
        String before = stored(page);
        HttpResponse<String> noGoal = http.submit(page, page + "/latihan", task("", "Cari surat.", "2", "3"));
        assertEquals(422, noGoal.statusCode(), "option 2 is a sub-menu, not an answer");
        assertTrue(noGoal.body().contains("id=\"t-baru-goal-error\""), noGoal.body());
        assertTrue(noGoal.body().contains("Cari surat."), "what was typed is kept");

        HttpResponse<String> shortPar = http.submit(page, page + "/latihan", task("", "Cari surat usaha.", "2.2", "1"));
        assertEquals(422, shortPar.statusCode());
        assertTrue(shortPar.body().contains("Terlalu kecil"), shortPar.body());

        HttpResponse<String> words = http.submit(page, page + "/latihan", task("", "Cari.", "2.2", "tiga"));
        assertEquals(422, words.statusCode());
        assertTrue(words.body().contains("Tulis angka 1 sampai 100."));

        HttpResponse<String> empty = http.submit(page, page + "/latihan", task("syarat-sk-usaha", "", "2.2", "3"));
        assertEquals(422, empty.statusCode());
        assertTrue(empty.body().contains("id=\"t-syarat-sk-usaha-prompt-error\""), empty.body());

        assertEquals(1, version(page));
        assertEquals(before, stored(page));
    }

    @Test
    void moving_an_option_takes_its_tasks_along_and_an_option_a_task_needs_is_not_deleted() {
        Http http = app.http();
        String page = DesignerPagesTest.copy(http, "madatte");
        assertTrue(stored(page).contains("goal: [1]"));
        assertEquals(303, http.submit(page, page + "/geser", Map.of("simpul", "1", "arah", "turun")).statusCode());
        assertTrue(stored(page).contains("goal: [2]"), "the address is option 2 now: " + stored(page));

        HttpResponse<String> delete = http.submit(page, page + "/hapus", Map.of("simpul", "2"));
        assertEquals(422, delete.statusCode());
        assertTrue(delete.body().contains("tujuan latihan"), delete.body());
        assertTrue(stored(page).contains("Alamat kelurahan"), "not deleted");
        assertEquals(303, http.submit(page, page + "/hapus", Map.of("simpul", "1")).statusCode(),
                "an option no task needs is deleted");
        assertTrue(stored(page).contains("goal: [1]"), "and the task follows its option again");
    }
}
