package id.serambi.chat.designer;

import id.serambi.content.ContentReader;
import id.serambi.course.ContentRoot;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.support.CourseFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Design task files: read with their services, and their problems named by file and line. */
class DesignTaskReaderTest {
    private static final Messages MESSAGES = new Messages();

    private static List<String> problems(String yaml) {
        try (CourseFixture course = CourseFixture.create().file("content/design-tasks/contoh.yaml", yaml)) {
            return new DesignTaskReader().read(course.root()).problems().stream()
                    .map(p -> p.path() + ":" + p.line() + ": " + MESSAGES.get(Lang.ID, p.key(), p.args().toArray()))
                    .toList();
        }
    }

    @Test
    void the_bundled_task_asks_for_three_services() {
        ContentReader.Read<DesignTaskCatalog> read = new DesignTaskReader().read(ContentRoot.bundled());
        assertEquals(List.of(), read.problems());
        DesignTask task = read.content().task("tiga-layanan-utama").orElseThrow();
        assertEquals(List.of("Residence letter", "Business letter", "Letter of low income (SKTM)"),
                task.services().stream().map(s -> s.name().in(Lang.EN)).toList());
        assertEquals(List.of("tidak mampu", "sktm"), task.services().get(2).keywords());
    }

    @Test
    void missing_fields_and_a_keyword_of_two_services_are_reported_at_their_lines() {
        assertEquals(List.of(
                "content/design-tasks/contoh.yaml:1: 'instructions' wajib diisi",
                "content/design-tasks/contoh.yaml:1: 'services' wajib berisi daftar layanan, masing-masing dengan name dan keywords"),
                problems("title: Contoh\n"));
        assertEquals(List.of("content/design-tasks/contoh.yaml:8: kata kunci 'Usaha' sudah dipakai layanan lain di "
                        + "tugas ini; setiap layanan perlu kata kuncinya sendiri"),
                problems("""
                        title: Contoh
                        instructions: Buat menu.
                        services:
                          - name: Usaha
                            keywords: [usaha]
                          - name: Usaha lagi
                            keywords:
                              - Usaha
                        """));
    }
}
