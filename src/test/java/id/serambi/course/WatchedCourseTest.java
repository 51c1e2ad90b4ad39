package id.serambi.course;

import id.serambi.content.Problem;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.support.CourseFixture;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WatchedCourseTest {
    private final CatalogLoader loader = new CatalogLoader(new Messages());

    @Test
    void changed_files_are_read_again_and_broken_ones_keep_the_last_good_course() {
        try (CourseFixture course = CourseFixture.small()) {
            AtomicLong now = new AtomicLong(1_000_000);
            List<Problem> reported = new ArrayList<>();
            Catalog first = loader.load(course.root()).catalog().orElseThrow();
            WatchedCourse watched = new WatchedCourse(course.root(), first, loader, reported::addAll, now::get);

            course.lesson("dasar/02-dua", "Judul baru yang lebih panjang", "Isi baru.");
            assertSame(first, watched.catalog(), "no look before a second has passed");
            now.addAndGet(1_000);
            Catalog second = watched.catalog();
            assertEquals("Judul baru yang lebih panjang",
                    second.lesson("dasar", "02-dua").orElseThrow().in(Lang.ID).title());

            course.delete("content/lessons/dasar/02-dua.md");
            now.addAndGet(1_000);
            assertSame(second, watched.catalog(), "a broken change keeps the last good catalog");
            assertTrue(reported.stream().anyMatch(p -> p.key().equals("content.lesson.missing")), reported.toString());
        }
    }
}
