package id.serambi.course;

import id.serambi.content.Problem;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.support.CourseFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogLoaderTest {
    private static final Messages MESSAGES = new Messages();
    private final CatalogLoader loader = new CatalogLoader(MESSAGES);

    private CatalogLoader.Result load(CourseFixture course) {
        return loader.load(course.root());
    }

    /** Problems as the validate command prints them, in Indonesian. */
    private static List<String> printed(CatalogLoader.Result result) {
        return result.problems().stream()
                .map(p -> p.path() + ":" + p.line() + ": " + MESSAGES.get(Lang.ID, p.key(), p.args().toArray()))
                .toList();
    }

    private static void assertProblem(CatalogLoader.Result result, String location, String key) {
        assertFalse(result.ok(), "expected a problem at " + location);
        assertTrue(result.problems().stream().anyMatch(p -> (p.path() + ":" + p.line()).equals(location)
                        && p.key().equals(key)),
                "expected " + key + " at " + location + " but got " + printed(result));
    }

    @Test
    void the_bundled_course_loads_with_its_first_module_in_both_languages() {
        CatalogLoader.Result result = loader.load(ContentRoot.bundled());
        assertTrue(result.ok(), () -> String.join("\n", printed(result)));
        Catalog catalog = result.catalog().orElseThrow();
        Module first = catalog.modules().get(0);
        assertEquals("layanan-warga", first.id());
        assertTrue(first.lessons().size() >= 3);
        assertEquals(catalog.lessons().size(), result.englishCount(), "every bundled lesson has an English version");
        assertTrue(catalog.lessons().stream().allMatch(l -> l.minutes() > 0 && !l.id().objectives().isEmpty()));
        assertEquals("Using the Kelurahan's WhatsApp Service", first.title().in(Lang.EN));
    }

    @Test
    void modules_follow_their_file_names_and_lessons_their_manifest() {
        try (CourseFixture course = CourseFixture.small()
                .file("modules/02-lanjut.yaml", """
                        id: lanjut
                        title: Lanjutan
                        description: Modul kedua.
                        items:
                          - lesson: lanjut/02-b
                          - lesson: lanjut/01-a
                        """)
                .lesson("lanjut/01-a", "A", "a")
                .lesson("lanjut/02-b", "B", "b")) {
            Catalog catalog = load(course).catalog().orElseThrow();
            assertEquals(List.of("dasar", "lanjut"), catalog.modules().stream().map(Module::id).toList());
            assertEquals(List.of("02-b", "01-a"), catalog.modules().get(1).lessons().stream().map(Lesson::slug).toList());
            assertEquals(2, catalog.modules().get(1).number());
            assertEquals(10, catalog.modules().get(1).minutes());
        }
    }

    @Test
    void front_matter_is_read_and_a_missing_english_version_falls_back_to_indonesian() {
        try (CourseFixture course = CourseFixture.small()) {
            Catalog catalog = load(course).catalog().orElseThrow();
            Lesson one = catalog.lesson("dasar", "01-satu").orElseThrow();
            assertEquals("Pelajaran satu", one.in(Lang.ID).title());
            assertEquals("Lesson one", one.in(Lang.EN).title());
            assertEquals(List.of("Read the first lesson"), one.in(Lang.EN).objectives());
            assertEquals(5, one.minutes());
            Lesson two = catalog.lesson("dasar", "02-dua").orElseThrow();
            assertFalse(two.availableIn(Lang.EN));
            assertEquals("Pelajaran dua", two.in(Lang.EN).title());
        }
    }

    @Test
    void a_link_to_another_lesson_becomes_its_page_address() {
        try (CourseFixture course = CourseFixture.small()) {
            Lesson one = load(course).catalog().orElseThrow().lesson("dasar", "01-satu").orElseThrow();
            assertTrue(one.id().html().contains("href=\"/modul/dasar/02-dua\""), one.id().html());
        }
    }

    @Test
    void a_missing_lesson_file_is_reported_at_the_manifest_line_that_names_it() {
        try (CourseFixture course = CourseFixture.small().delete("content/lessons/dasar/02-dua.md")) {
            CatalogLoader.Result result = load(course);
            assertProblem(result, "modules/01-dasar.yaml:10", "content.lesson.missing");
            assertTrue(printed(result).contains(
                    "modules/01-dasar.yaml:10: file pelajaran tidak ditemukan: content/lessons/dasar/02-dua.md"),
                    printed(result).toString());
        }
    }

    @Test
    void bad_yaml_in_a_manifest_is_reported_at_its_line() {
        try (CourseFixture course = CourseFixture.small().file("modules/01-dasar.yaml", """
                id: dasar
                title: Dasar
                description: [tidak ditutup
                items:
                  - lesson: dasar/01-satu
                """)) {
            CatalogLoader.Result result = load(course);
            assertEquals(1, result.problems().size(), printed(result).toString());
            Problem p = result.problems().get(0);
            assertEquals("content.yaml.syntax", p.key());
            assertEquals("modules/01-dasar.yaml", p.path());
            assertTrue(p.line() >= 3 && p.line() <= 5, "line " + p.line());
        }
    }

    @Test
    void a_lesson_names_its_sources_and_the_day_its_facts_were_checked() {
        try (CourseFixture course = CourseFixture.small().file("content/lessons/dasar/02-dua.md", """
                ---
                title: Dua
                description: Satu kalimat.
                minutes: 5
                objectives:
                  - Memahami
                audience: [warga]
                sources:
                  - PermenPAN-RB Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan
                  - UU Nomor 24 Tahun 2013, Pasal 79A
                reviewed: 2026-11-30
                ---
                Isi.
                """)) {
            CatalogLoader.Result result = load(course);
            assertTrue(result.ok(), () -> String.join("\n", printed(result)));
            Lesson lesson = result.catalog().orElseThrow().modules().get(0).lessons().get(1);
            assertEquals(List.of("PermenPAN-RB Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan",
                    "UU Nomor 24 Tahun 2013, Pasal 79A"), lesson.facts().sources());
            assertEquals(java.time.LocalDate.of(2026, 11, 30), lesson.facts().reviewed().orElseThrow());
            assertEquals(java.util.Set.of(Audience.WARGA), lesson.facts().audience());
            assertFalse(lesson.facts().dueForReview(java.time.LocalDate.of(2027, 11, 30)));
            assertTrue(lesson.facts().dueForReview(java.time.LocalDate.of(2027, 12, 1)), "a year and a day later");
        }
    }

    @Test
    void sources_and_the_review_date_are_required_written_once_and_checked() {
        try (CourseFixture course = CourseFixture.small().file("content/lessons/dasar/02-dua.md", """
                ---
                title: Dua
                description: Satu kalimat.
                minutes: 5
                objectives:
                  - Memahami
                audience: [warga, lurah]
                reviewed: 30-11-2026
                ---
                Isi.
                """).file("content/lessons/dasar/01-satu.en.md", """
                ---
                title: Lesson one
                description: The first lesson.
                objectives:
                  - Read the first lesson
                sources: [The field report]
                ---
                Body in English.
                """)) {
            CatalogLoader.Result result = load(course);
            assertProblem(result, "content/lessons/dasar/02-dua.md:2", "content.field.required");
            assertTrue(printed(result).contains("content/lessons/dasar/02-dua.md:2: 'sources' wajib diisi"),
                    printed(result).toString());
            assertProblem(result, "content/lessons/dasar/02-dua.md:7", "path.audience.unknown");
            assertTrue(printed(result).contains("content/lessons/dasar/02-dua.md:8: 'reviewed' harus tanggal "
                    + "pemeriksaan fakta dalam bentuk TTTT-BB-HH, misalnya 2026-12-07, bukan '30-11-2026'"),
                    printed(result).toString());
            assertProblem(result, "content/lessons/dasar/01-satu.en.md:6", "content.field.unknown");
        }
    }

    @Test
    void bad_yaml_in_front_matter_is_reported_at_the_file_line() {
        try (CourseFixture course = CourseFixture.small().file("content/lessons/dasar/02-dua.md", """
                ---
                title: Dua
                description: Satu kalimat.
                minutes: 5
                objectives: [tidak ditutup
                ---
                Isi.
                """)) {
            CatalogLoader.Result result = load(course);
            assertEquals("content/lessons/dasar/02-dua.md", result.problems().get(0).path());
            assertEquals("content.yaml.syntax", result.problems().get(0).key());
            assertTrue(result.problems().get(0).line() >= 5, printed(result).toString());
        }
    }

    @Test
    void missing_and_unknown_front_matter_fields_are_named_with_their_lines() {
        try (CourseFixture course = CourseFixture.small().file("content/lessons/dasar/02-dua.md", """
                ---
                title: Dua
                minutes: lima
                objectives:
                  - Memahami
                judul: salah
                ---
                Isi.
                """)) {
            CatalogLoader.Result result = load(course);
            assertProblem(result, "content/lessons/dasar/02-dua.md:2", "content.field.required");
            assertProblem(result, "content/lessons/dasar/02-dua.md:3", "content.field.integer");
            assertProblem(result, "content/lessons/dasar/02-dua.md:6", "content.field.unknown");
        }
    }

    @Test
    void a_lesson_without_front_matter_is_reported() {
        try (CourseFixture course = CourseFixture.small().file("content/lessons/dasar/02-dua.md", "# Dua\n\nIsi.\n")) {
            assertProblem(load(course), "content/lessons/dasar/02-dua.md:1", "content.frontmatter.missing");
        }
    }

    @Test
    void a_broken_link_to_another_lesson_is_reported_at_its_line() {
        try (CourseFixture course = CourseFixture.small()
                .lesson("dasar/02-dua", "Dua", "Baris pertama.\n\nLihat [pelajaran tiga](03-tiga.md).")) {
            assertProblem(load(course), "content/lessons/dasar/02-dua.md:13", "content.link.missing");
        }
    }

    @Test
    void a_link_to_a_lesson_outside_every_module_is_reported() {
        try (CourseFixture course = CourseFixture.small()
                .lesson("dasar/03-lepas", "Lepas", "x")
                .lesson("dasar/02-dua", "Dua", "Lihat [lepas](03-lepas.md).")) {
            assertProblem(load(course), "content/lessons/dasar/02-dua.md:11", "content.link.notinmodule");
        }
    }

    @Test
    void images_must_exist_be_local_and_have_alternative_text() {
        try (CourseFixture course = CourseFixture.small()
                .bytes("content/images/ada.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes())
                .lesson("dasar/02-dua", "Dua", String.join("\n",
                        "![Gambar yang ada](../../images/ada.svg)",
                        "",
                        "![Tidak ada](../../images/hilang.png)",
                        "",
                        "![Dari internet](https://example.org/x.png)",
                        "",
                        "![](../../images/ada.svg)"))) {
            CatalogLoader.Result result = load(course);
            assertProblem(result, "content/lessons/dasar/02-dua.md:13", "content.image.missing");
            assertProblem(result, "content/lessons/dasar/02-dua.md:15", "content.image.remote");
            assertProblem(result, "content/lessons/dasar/02-dua.md:17", "content.image.alt");
            assertEquals(3, result.problems().size(), printed(result).toString());
        }
    }

    @Test
    void raw_html_in_a_lesson_is_refused() {
        try (CourseFixture course = CourseFixture.small()
                .lesson("dasar/02-dua", "Dua", "Teks.\n\n<script>alert(1)</script>\n")) {
            assertProblem(load(course), "content/lessons/dasar/02-dua.md:13", "content.markdown.html");
        }
    }

    @Test
    void a_lesson_twice_in_one_module_and_a_repeated_module_id_are_reported() {
        try (CourseFixture course = CourseFixture.small().file("modules/02-ulang.yaml", """
                id: dasar
                title: Ulang
                description: Modul ulang.
                items:
                  - lesson: dasar/01-satu
                  - lesson: dasar/01-satu
                """)) {
            CatalogLoader.Result result = load(course);
            assertProblem(result, "modules/02-ulang.yaml:1", "content.module.duplicate");
            assertProblem(result, "modules/02-ulang.yaml:6", "content.lesson.twice");
        }
    }

    @Test
    void a_lesson_listed_by_two_modules_is_read_once_and_shown_in_each_at_its_own_address() {
        try (CourseFixture course = CourseFixture.small().file("modules/02-lanjut.yaml", """
                id: lanjut
                title: Lanjut
                description: Modul lanjutan.
                items:
                  - lesson: dasar/01-satu
                """)) {
            CatalogLoader.Result result = load(course);
            assertTrue(result.ok(), result.problems().toString());
            Catalog catalog = result.catalog().orElseThrow();
            Lesson inFirst = catalog.lesson("dasar", "01-satu").orElseThrow();
            Lesson inSecond = catalog.lesson("lanjut", "01-satu").orElseThrow();
            assertEquals("/modul/dasar/01-satu", inFirst.url());
            assertEquals("/modul/lanjut/01-satu", inSecond.url());
            assertEquals(inFirst.key(), inSecond.key());
            assertEquals(inFirst.id(), inSecond.id());
            assertEquals(1, catalog.lessons().stream().filter(l -> l.key().equals("dasar/01-satu")).count());
        }
    }

    @Test
    void unknown_keys_and_malformed_items_in_a_manifest_are_reported() {
        try (CourseFixture course = CourseFixture.small().file("modules/01-dasar.yaml", """
                id: Dasar Sekali
                title: Dasar
                description: Modul dasar.
                urutan: 1
                items:
                  - lesson: dasar/01-satu
                  - video: dasar/02-dua
                """)) {
            CatalogLoader.Result result = load(course);
            assertProblem(result, "modules/01-dasar.yaml:1", "content.id.format");
            assertProblem(result, "modules/01-dasar.yaml:4", "content.field.unknown");
            assertProblem(result, "modules/01-dasar.yaml:7", "content.item.form");
        }
    }

    @Test
    void a_file_that_is_not_utf8_is_reported() {
        try (CourseFixture course = CourseFixture.small()
                .bytes("content/lessons/dasar/02-dua.md", new byte[]{'-', '-', '-', '\n', (byte) 0xC0, (byte) 0x80})) {
            assertProblem(load(course), "content/lessons/dasar/02-dua.md:1", "content.file.encoding");
        }
    }

    @Test
    void simulator_and_quiz_items_take_their_titles_from_their_files_and_must_exist() {
        try (CourseFixture course = CourseFixture.small()
                .file("modules/01-dasar.yaml", """
                        id: dasar
                        title: Dasar
                        description: Modul dasar.
                        items:
                          - lesson: dasar/01-satu
                          - lesson: dasar/02-dua
                          - simulator: madatte
                          - quiz: kuis-dasar
                          - quiz: tidak-ada
                        """)
                .file("content/menus/madatte.yaml", "title:\n  id: Menu Madatte\n  en: Madatte menu\n")
                .file("quizzes/kuis-dasar.yaml", "title: Kuis dasar\n")) {
            CatalogLoader.Result result = load(course);
            assertProblem(result, "modules/01-dasar.yaml:9", "content.item.missing");
            assertEquals(1, result.problems().size(), printed(result).toString());

            course.file("modules/01-dasar.yaml", """
                    id: dasar
                    title: Dasar
                    description: Modul dasar.
                    items:
                      - lesson: dasar/01-satu
                      - lesson: dasar/02-dua
                      - simulator: madatte
                      - quiz: kuis-dasar
                    """);
            Module module = load(course).catalog().orElseThrow().modules().get(0);
            assertEquals("Madatte menu", module.items().get(2).title().in(Lang.EN));
            assertEquals("/simulator/madatte", module.items().get(2).url());
            assertEquals("Kuis dasar", module.items().get(3).title().in(Lang.EN));
            assertEquals("/kuis/kuis-dasar", module.items().get(3).url());
        }
    }

    @Test
    void an_empty_content_folder_says_modules_are_missing() {
        try (CourseFixture course = CourseFixture.create()) {
            assertProblem(load(course), "modules/:1", "content.modules.missing");
        }
    }
}
