package id.serambi;

import id.serambi.chat.engine.ChatEngine;
import id.serambi.chat.menu.MenuCatalog;
import id.serambi.course.CatalogLoader;
import id.serambi.course.ContentRoot;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.support.CourseFixture;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The menus the content check read are the ones start-up serves. */
class ContentLoadingTest {
    private final ContentLoading loading = new ContentLoading(new Messages());

    @Test
    void the_bundled_menus_come_from_the_load_that_checked_them() {
        CatalogLoader.Result result = loading.loader().load(ContentRoot.bundled());
        MenuCatalog menus = loading.menus(result);
        assertEquals(List.of("madatte", "madatte-lengkap"),
                menus.engines().stream().map(e -> e.menu().id()).sorted().toList());
        assertEquals(result.catalog().orElseThrow().menuCount(), menus.engines().size());
        assertEquals("Kelurahan Madatte", menus.menu("madatte").orElseThrow().profile().name());
    }

    @Test
    void a_menu_file_is_served_as_it_was_when_checked() throws Exception {
        try (CourseFixture course = CourseFixture.small()) {
            Files.createDirectories(course.root().resolve("content/menus"));
            Files.copy(ContentRoot.bundled().resolve("content/menus/madatte.yaml"),
                    course.root().resolve("content/menus/kantor.yaml"));
            CatalogLoader.Result result = loading.loader().load(course.root());
            // a change after the check is not read again: start-up serves what validation saw
            Files.writeString(course.root().resolve("content/menus/kantor.yaml"), "bukan: menu\n");
            ChatEngine engine = loading.menus(result).engine("kantor").orElseThrow();
            assertEquals(MenuCatalog.load(ContentRoot.bundled()).menu("madatte").orElseThrow().title().in(Lang.ID),
                    engine.menu().title().in(Lang.ID));
        }
    }

    @Test
    void content_with_problems_has_no_menus_to_serve() {
        try (CourseFixture course = CourseFixture.small().file("content/menus/rusak.yaml", "title: [")) {
            CatalogLoader.Result result = loading.loader().load(course.root());
            assertFalse(result.ok());
            assertThrows(IllegalArgumentException.class, () -> loading.menus(result));
        }
    }

    private List<String> problems(CourseFixture course) {
        return loading.loader().load(course.root()).problems().stream()
                .map(p -> p.path() + ":" + p.line() + ": " + p.key() + " " + p.args()).toList();
    }

    private static final String QUIZ = """
            kind: quiz
            title: Kuis dasar
            questions:
              - id: satu
                type: truefalse
                objective: dasar/01-satu#1
                prompt: Pelajaran satu sudah dibaca.
                answer: true
            """;

    @Test
    void an_objective_no_item_of_the_modules_quizzes_assesses_is_reported_at_the_lesson_item() {
        try (CourseFixture course = CourseFixture.small()
                .file("modules/01-dasar.yaml", """
                        id: dasar
                        title: Dasar
                        description: Modul dasar.
                        items:
                          - lesson: dasar/01-satu
                          - lesson: dasar/02-dua
                          - quiz: kuis-dasar
                        """)
                .file("quizzes/kuis-dasar.yaml", QUIZ)) {
            List<String> problems = problems(course);
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).startsWith("modules/01-dasar.yaml:6: "), problems.get(0));
            assertTrue(problems.get(0).endsWith("content.objective.unassessed [dasar/02-dua, 1, Memahami isi pelajaran]"),
                    problems.get(0));
        }
    }

    @Test
    void a_shared_lesson_is_assessed_by_the_quiz_of_any_module_that_lists_it_and_a_module_without_quiz_is_not_checked() {
        try (CourseFixture course = CourseFixture.small()
                .file("modules/01-dasar.yaml", """
                        id: dasar
                        title: Dasar
                        description: Modul dasar.
                        items:
                          - lesson: dasar/01-satu
                          - quiz: kuis-dasar
                        """)
                .file("modules/02-lanjut.yaml", """
                        id: lanjut
                        title: Lanjut
                        description: Modul lanjut.
                        items:
                          - lesson: dasar/01-satu
                          - lesson: dasar/02-dua
                        """)
                .file("quizzes/kuis-dasar.yaml", QUIZ)) {
            assertEquals(List.of(), problems(course));
        }
    }

    @Test
    void unknown_glossary_terms_missing_cards_and_quiz_images_and_incomplete_messages_are_reported_with_their_lines() {
        try (CourseFixture course = CourseFixture.small()
                .file("modules/01-dasar.yaml", """
                        id: dasar
                        title: Dasar
                        description: Modul dasar.
                        cards: [tidak-ada]
                        items:
                          - lesson: dasar/01-satu
                          - lesson: dasar/02-dua
                        """)
                .lesson("dasar/02-dua", "Pelajaran dua", "Lihat [KK](glosarium:kk).")
                .file("content/glossary.yaml", "terms:\n  - { id: nik, term: NIK, definition: Nomor induk. }\n")
                .file("quizzes/kuis-gambar.yaml", """
                        kind: quiz
                        title: Kuis gambar
                        questions:
                          - id: satu
                            type: truefalse
                            prompt: Benar?
                            answer: true
                            image: { file: hilang.svg, alt: Gambar }
                            message: { text: Tanpa pengirim }
                        """)) {
            List<String> problems = problems(course);
            assertTrue(problems.stream().anyMatch(p -> p.startsWith("modules/01-dasar.yaml:4: ")
                    && p.contains("tidak-ada")), problems.toString());
            assertTrue(problems.stream().anyMatch(p -> p.startsWith("content/lessons/dasar/02-dua.md:")
                    && p.contains("content.link.glossary [kk]")), problems.toString());
            assertTrue(problems.stream().anyMatch(p -> p.startsWith("quizzes/kuis-gambar.yaml:8: ")
                    && p.contains("hilang.svg")), problems.toString());
            assertTrue(problems.stream().anyMatch(p -> p.startsWith("quizzes/kuis-gambar.yaml:9: ")
                    && p.contains("sender")), problems.toString());
        }
    }
}
