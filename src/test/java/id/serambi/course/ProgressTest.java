package id.serambi.course;

import id.serambi.content.Text;
import id.serambi.i18n.Messages;
import id.serambi.support.CourseFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
        return new Progress(catalog, done).next().flatMap(Item::completionId).orElse("none");
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

    // A module worked out by hand: two lessons, the free simulator, and one item of every other kind.
    private static Lesson lesson(String key, String module) {
        return new Lesson(key, key.substring(key.indexOf('/') + 1), module, 5,
                new LessonText(key, "", List.of(), ""), Optional.empty());
    }

    private static final Lesson L1 = lesson("semua/01-a", "semua");
    private static final Lesson L2 = lesson("semua/02-b", "semua");
    private static final Module EVERY_KIND = new Module("semua", 1, Text.of("Semua jenis"), Text.of("."),
            Set.of(Audience.WARGA), List.of(L1, new Item.Simulator("madatte", Text.of("Simulator")), L2,
            new Item.Task("madatte", "cari-alamat", Text.of("Cari alamat")), new Item.Quiz("kuis", Text.of("Kuis")),
            new Item.Inbox("hoaks", Text.of("Kotak masuk")), new Item.Planner("pos-1", Text.of("Pos")),
            new Item.Design("tiga-layanan", Text.of("Desain")), new Item.Checklist("wa", Text.of("Daftar"))));
    private static final Module OTHER = new Module("lain", 2, Text.of("Lain"), Text.of("."), Set.of(Audience.APARAT),
            List.of(lesson("lain/01-c", "lain"), new Item.Quiz("kuis-lain", Text.of("Kuis lain"))));
    private static final Catalog BY_HAND = new Catalog(List.of(EVERY_KIND, OTHER), 1, 2);

    @Test
    void every_completable_item_counts_once_and_the_simulator_not_at_all() {
        // 9 items listed; the simulator is free practice: 8 count
        Progress none = new Progress(BY_HAND, Map.of());
        assertEquals(new Progress.Count(0, 8), none.of(EVERY_KIND));
        assertEquals(new Progress.Count(0, 10), none.overall(), "8 here and a lesson and a quiz in the other");
        assertFalse(Progress.counts(EVERY_KIND.items().get(1)));
        assertTrue(EVERY_KIND.items().stream().filter(i -> i != EVERY_KIND.items().get(1)).allMatch(Progress::counts));
    }

    @Test
    void each_kind_is_done_by_its_own_source_and_ids_of_other_kinds_do_not_count() {
        Map<String, Set<String>> completed = Map.of(
                "task", Set.of("madatte/cari-alamat"),
                "quiz", Set.of("kuis", "tidak-ada"),
                "inbox", Set.of("hoaks"),
                "planner", Set.of("kuis"),           // a quiz's id under planner is not the planner task
                "design", Set.of(),
                "checklist", Set.of("wa"));
        Progress progress = new Progress(BY_HAND, Map.of("semua/02-b", 7L), completed);
        // done: lesson b, task, quiz, inbox, checklist = 5 of 8 (63 %); not: lesson a, planner, design
        assertEquals(new Progress.Count(5, 8), progress.of(EVERY_KIND));
        assertEquals(63, progress.of(EVERY_KIND).percent());
        assertEquals(new Progress.Count(0, 2), progress.of(OTHER), "kuis-lain was not among the quizzes done");
        assertEquals(new Progress.Count(5, 10), progress.overall());
        assertTrue(progress.started());
        assertFalse(progress.isDone(EVERY_KIND.items().get(1)), "the simulator is never done");
    }

    @Test
    void next_is_the_first_counted_item_not_done_after_the_latest_lesson_through_the_given_order() {
        Progress progress = new Progress(BY_HAND, Map.of("semua/01-a", 1L, "semua/02-b", 2L),
                Map.of("task", Set.of("madatte/cari-alamat")));
        // after lesson b the task is done, so the quiz comes next
        assertEquals("quiz", progress.next().orElseThrow().kind());
        // nothing done yet, through a path that puts the other module first: its lesson c
        Progress fresh = new Progress(BY_HAND, Map.of());
        assertEquals("lain/01-c", fresh.next(List.of(OTHER, EVERY_KIND)).orElseThrow().completionId().orElseThrow());
        Map<String, Set<String>> all = Map.of("task", Set.of("madatte/cari-alamat"), "quiz", Set.of("kuis", "kuis-lain"),
                "inbox", Set.of("hoaks"), "planner", Set.of("pos-1"), "design", Set.of("tiga-layanan"),
                "checklist", Set.of("wa"));
        Progress done = new Progress(BY_HAND, Map.of("semua/01-a", 1L, "semua/02-b", 2L, "lain/01-c", 3L), all);
        assertEquals(Optional.empty(), done.next());
        assertTrue(done.of(EVERY_KIND).complete());
    }

    @Test
    void a_module_for_no_one_in_particular_is_on_every_path() {
        Module everyone = new Module("umum", 3, Text.of("Umum"), Text.of("."), java.util.EnumSet.allOf(Audience.class),
                List.of(L1));
        assertTrue(everyone.isFor(Audience.PELATIH));
        assertTrue(EVERY_KIND.isFor(Audience.WARGA));
        assertFalse(EVERY_KIND.isFor(Audience.PELATIH));
    }
}
