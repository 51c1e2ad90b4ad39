package id.serambi.course;

import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.support.CourseFixture;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A module's audience, and the items that point at another feature's file by id: {@code inbox:},
 * {@code planner:}, {@code design:} and {@code checklist:}, each titled from its file.
 */
class PathItemsTest {
    private static final Messages MESSAGES = new Messages();

    private static CourseFixture course(String audience, String... items) {
        StringBuilder manifest = new StringBuilder("""
                id: dasar
                title: Dasar
                description: Modul dasar.
                """);
        manifest.append(audience);
        manifest.append("items:\n  - lesson: dasar/01-satu\n  - lesson: dasar/02-dua\n");
        for (String item : items) {
            manifest.append("  - ").append(item).append('\n');
        }
        return CourseFixture.small().file("modules/01-dasar.yaml", manifest.toString())
                .file("content/inbox/hoaks-bansos.yaml", "title:\n  id: Pesan bansos\n  en: Aid messages\nmessages: []\n")
                .file("content/instagram/pos-jadwal.yaml", "title: Jadwal pelayanan\n")
                .file("content/design-tasks/tiga-layanan.yaml", "title:\n  id: Tiga layanan\n  en: Three services\n")
                .file("content/checklists/siapkan-wa.yaml", "title: Siapkan WhatsApp Business\n")
                .file("content/checklists/tanpa-judul.yaml", "steps: []\n");
    }

    private static List<String> printed(CatalogLoader.Result result) {
        return result.problems().stream()
                .map(p -> p.path() + ":" + p.line() + ": " + MESSAGES.get(Lang.ID, p.key(), p.args().toArray()))
                .toList();
    }

    @Test
    void the_four_kinds_are_titled_from_their_files_and_link_to_their_pages() {
        try (CourseFixture course = course("", "inbox: hoaks-bansos", "planner: pos-jadwal", "design: tiga-layanan",
                "checklist: siapkan-wa")) {
            CatalogLoader.Result result = new CatalogLoader(MESSAGES).load(course.root());
            assertTrue(result.ok(), () -> String.join("\n", printed(result)));
            List<Item> items = result.catalog().orElseThrow().modules().get(0).items();
            assertEquals(List.of("lesson", "lesson", "inbox", "planner", "design", "checklist"),
                    items.stream().map(Item::kind).toList());
            assertEquals("Aid messages", items.get(2).title().in(Lang.EN));
            assertEquals("/kotak-masuk/hoaks-bansos", items.get(2).url());
            assertEquals("Jadwal pelayanan", items.get(3).title().in(Lang.EN), "no English: the Indonesian title");
            assertEquals("/instagram/tugas/pos-jadwal", items.get(3).url());
            assertEquals("/tugas-desain/tiga-layanan", items.get(4).url());
            assertEquals("/daftar-periksa/siapkan-wa", items.get(5).url());
            assertEquals(List.of("hoaks-bansos", "pos-jadwal", "tiga-layanan", "siapkan-wa"),
                    items.subList(2, 6).stream().map(i -> i.completionId().orElseThrow()).toList());
        }
    }

    @Test
    void a_missing_file_or_one_without_a_title_is_reported_at_the_manifest_line() {
        try (CourseFixture course = course("", "inbox: tidak-ada", "planner: Pos Jadwal", "checklist: tanpa-judul")) {
            CatalogLoader.Result result = new CatalogLoader(MESSAGES).load(course.root());
            assertEquals(List.of(
                    "modules/01-dasar.yaml:7: file tidak ditemukan: content/inbox/tidak-ada.yaml",
                    "modules/01-dasar.yaml:8: id 'Pos Jadwal' hanya boleh huruf kecil, angka, dan tanda hubung (contoh: media-sosial)",
                    "modules/01-dasar.yaml:9: content/checklists/tanpa-judul.yaml belum punya title; tulis title "
                            + "(id, dan en bila ada) di bagian atas file"),
                    printed(result));
        }
    }

    @Test
    void the_audience_is_read_and_every_audience_when_left_out() {
        try (CourseFixture course = course("audience: [warga, aparat]\n")) {
            Module m = new CatalogLoader(MESSAGES).load(course.root()).catalog().orElseThrow().modules().get(0);
            assertEquals(Set.of(Audience.WARGA, Audience.APARAT), m.audience());
        }
        try (CourseFixture course = course("")) {
            Module m = new CatalogLoader(MESSAGES).load(course.root()).catalog().orElseThrow().modules().get(0);
            assertEquals(EnumSet.allOf(Audience.class), m.audience());
        }
    }

    @Test
    void an_unknown_repeated_or_unlisted_audience_is_reported() {
        try (CourseFixture course = course("audience: [warga, lurah, warga]\n")) {
            assertEquals(List.of(
                    "modules/01-dasar.yaml:4: 'lurah' bukan audience yang dikenal; yang boleh: warga, aparat, pelatih",
                    "modules/01-dasar.yaml:4: audience 'warga' ditulis dua kali"),
                    printed(new CatalogLoader(MESSAGES).load(course.root())));
        }
        try (CourseFixture course = course("audience: warga\n")) {
            assertEquals(List.of("modules/01-dasar.yaml:4: 'audience' ditulis sebagai daftar, misalnya "
                    + "audience: [warga, aparat]"), printed(new CatalogLoader(MESSAGES).load(course.root())));
        }
    }

    @Test
    void the_bundled_first_module_is_for_citizens_and_staff() {
        Catalog catalog = id.serambi.ContentLoading.loader(MESSAGES).load(ContentRoot.bundled()).catalog().orElseThrow();
        assertEquals(Set.of(Audience.WARGA, Audience.APARAT), catalog.module("media-sosial").orElseThrow().audience());
    }
}
