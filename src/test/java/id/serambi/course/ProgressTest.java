package id.serambi.course;

import id.serambi.i18n.Messages;
import id.serambi.support.CourseFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressTest {
    private static CourseFixture course;
    private static Catalog catalog;

    @BeforeAll
    static void load() {
        course = CourseFixture.small()
                .file("modules/02-lanjut.yaml", """
                        id: lanjut
                        title: Lanjutan
                        description: Modul kedua.
                        items:
                          - lesson: lanjut/01-a
                          - lesson: lanjut/02-b
                        """)
                .lesson("lanjut/01-a", "A", "a")
                .lesson("lanjut/02-b", "B", "b");
        catalog = new CatalogLoader(new Messages()).load(course.root()).catalog().orElseThrow();
    }

    @AfterAll
    static void clean() {
        course.close();
    }

    private static String next(Map<String, Long> done) {
        return new Progress(catalog, done).next().map(Lesson::key).orElse("none");
    }

    @Test
    void a_newcomer_starts_at_the_first_lesson() {
        Progress progress = new Progress(catalog, Map.of());
        assertEquals("dasar/01-satu", next(Map.of()));
        assertFalse(progress.started());
        assertEquals(new Progress.Count(0, 4), progress.overall());
    }

    @Test
    void the_next_lesson_follows_the_one_done_most_recently() {
        assertEquals("dasar/02-dua", next(Map.of("dasar/01-satu", 1L)));
        assertEquals("lanjut/02-b", next(Map.of("dasar/01-satu", 1L, "lanjut/01-a", 5L)));
        assertEquals("lanjut/01-a", next(Map.of("lanjut/02-b", 9L, "dasar/01-satu", 1L, "dasar/02-dua", 2L)));
    }

    @Test
    void after_the_last_lesson_it_wraps_to_the_first_one_not_done() {
        assertEquals("dasar/02-dua", next(Map.of("dasar/01-satu", 1L, "lanjut/02-b", 7L)));
    }

    @Test
    void when_everything_is_done_there_is_no_next_lesson() {
        Progress progress = new Progress(catalog, Map.of("dasar/01-satu", 1L, "dasar/02-dua", 2L,
                "lanjut/01-a", 3L, "lanjut/02-b", 4L));
        assertEquals(Optional.empty(), progress.next());
        assertTrue(progress.of(catalog.module("lanjut").orElseThrow()).complete());
        assertEquals(100, progress.overall().percent());
    }

    @Test
    void module_counts_ignore_lessons_of_other_modules_and_unknown_keys() {
        Progress progress = new Progress(catalog, Map.of("dasar/01-satu", 1L, "hilang/01-x", 2L));
        assertEquals(new Progress.Count(1, 2), progress.of(catalog.module("dasar").orElseThrow()));
        assertEquals(50, progress.of(catalog.module("dasar").orElseThrow()).percent());
        assertEquals(new Progress.Count(0, 2), progress.of(catalog.module("lanjut").orElseThrow()));
    }
}
