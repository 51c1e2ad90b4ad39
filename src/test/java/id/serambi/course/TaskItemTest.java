package id.serambi.course;

import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.support.CourseFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Module items that point at a practice task of a WhatsApp menu: {@code - task: menu/task}. */
class TaskItemTest {
    private static final Messages MESSAGES = new Messages();
    private static final String MENU = """
            title:
              id: Menu Madatte
              en: Madatte menu
            tasks:
              - id: cari-alamat
                prompt:
                  id: Seorang warga ingin tahu alamat kantor.
                  en: A citizen wants the office's address.
                goal: [1]
                par: 2
              - id: tanpa-judul
                goal: [2]
                par: 2
            """;

    private static CourseFixture course(String... items) {
        StringBuilder manifest = new StringBuilder("""
                id: dasar
                title: Dasar
                description: Modul dasar.
                items:
                  - lesson: dasar/01-satu
                  - lesson: dasar/02-dua
                """);
        for (String item : items) {
            manifest.append("  - ").append(item).append('\n');
        }
        return CourseFixture.small().file("modules/01-dasar.yaml", manifest.toString())
                .file("content/menus/madatte.yaml", MENU);
    }

    private static CatalogLoader.Result load(CourseFixture course) {
        return new CatalogLoader(MESSAGES).load(course.root());
    }

    private static List<String> printed(CatalogLoader.Result result) {
        return result.problems().stream()
                .map(p -> p.path() + ":" + p.line() + ": " + MESSAGES.get(Lang.ID, p.key(), p.args().toArray()))
                .toList();
    }

    @Test
    void a_task_item_is_named_by_its_prompt_and_opens_the_simulator_at_the_task() {
        try (CourseFixture course = course("task: madatte/cari-alamat", "task: madatte/tanpa-judul")) {
            CatalogLoader.Result result = load(course);
            assertTrue(result.ok(), () -> String.join("\n", printed(result)));
            List<Item> items = result.catalog().orElseThrow().modules().get(0).items();
            Item.Task task = (Item.Task) items.get(2);
            assertEquals("madatte/cari-alamat", task.key());
            assertEquals("A citizen wants the office's address.", task.title().in(Lang.EN));
            assertEquals("Seorang warga ingin tahu alamat kantor.", task.title().in(Lang.ID));
            assertEquals("/simulator/madatte#latih-cari-alamat", task.url());
            assertEquals("tanpa-judul", items.get(3).title().in(Lang.ID), "a task without a prompt shows its id");
        }
    }

    @Test
    void a_task_item_written_without_its_menu_is_reported_at_its_line() {
        try (CourseFixture course = course("task: cari-alamat", "task: Madatte/Cari Alamat")) {
            CatalogLoader.Result result = load(course);
            assertEquals(List.of(
                    "modules/01-dasar.yaml:7: tugas ditulis menu/tugas, misalnya madatte-lengkap/syarat-sk-usaha; "
                            + "'cari-alamat' tidak sesuai",
                    "modules/01-dasar.yaml:8: tugas ditulis menu/tugas, misalnya madatte-lengkap/syarat-sk-usaha; "
                            + "'Madatte/Cari Alamat' tidak sesuai"), printed(result));
        }
    }

    @Test
    void a_task_of_a_missing_menu_or_a_missing_task_is_reported_with_the_file_it_looked_in() {
        try (CourseFixture course = course("task: tidak-ada/cari-alamat", "task: madatte/syarat-sk-usaha")) {
            CatalogLoader.Result result = load(course);
            assertEquals(List.of(
                    "modules/01-dasar.yaml:7: file tidak ditemukan: content/menus/tidak-ada.yaml",
                    "modules/01-dasar.yaml:8: tugas 'syarat-sk-usaha' tidak ada di daftar tasks pada "
                            + "content/menus/madatte.yaml"), printed(result));
        }
    }

    @Test
    void the_bundled_module_links_the_simulator_and_a_task_after_the_two_aims_lesson() {
        Module module = new CatalogLoader(MESSAGES).load(ContentRoot.bundled()).catalog().orElseThrow()
                .module("media-sosial").orElseThrow();
        List<String> urls = module.items().stream().map(Item::url).toList();
        int lesson = urls.indexOf("/modul/media-sosial/07-dua-tujuan-pendampingan-madatte");
        assertEquals("/simulator/madatte", urls.get(lesson + 1));
        assertEquals("/simulator/madatte#latih-cari-alamat", urls.get(lesson + 2));
        assertEquals(7, module.lessons().size(), "tasks do not count as lessons");
    }
}
