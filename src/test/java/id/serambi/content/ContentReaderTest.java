package id.serambi.content;

import id.serambi.course.CatalogLoader;
import id.serambi.i18n.Messages;
import id.serambi.support.CourseFixture;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A check that hands back what it read: read once per load, its content kept in the result. */
class ContentReaderTest {
    private static final Messages MESSAGES = new Messages();

    /** Reads the names in {@code notes/} and counts its reads; a file named {@code bad} is a problem. */
    private static final class Notes implements ContentReader<List<String>> {
        private final List<Path> reads = new ArrayList<>();

        @Override
        public Read<List<String>> read(Path root) {
            reads.add(root);
            List<String> names = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            try (Stream<Path> files = Files.list(root.resolve("notes"))) {
                for (Path f : files.toList()) {
                    names.add(f.getFileName().toString());
                    if (names.get(names.size() - 1).equals("bad")) {
                        problems.add(Problem.at("notes/bad", 1, "content.file.empty"));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Read<>(names, problems);
        }
    }

    @Test
    void a_reader_among_the_checks_is_read_once_and_its_content_comes_back_with_the_catalog() {
        try (CourseFixture course = CourseFixture.small().file("notes/satu", "1")) {
            Notes notes = new Notes();
            ContentCheck plain = root -> List.of();
            CatalogLoader.Result result = new CatalogLoader(MESSAGES, List.of(plain, notes)).load(course.root());
            assertTrue(result.ok(), result.problems().toString());
            assertEquals(List.of(course.root()), notes.reads);
            assertEquals(Optional.of(List.of("satu")), result.content(notes));
            assertEquals(Optional.empty(), result.content(new Notes()), "another reader read nothing here");
        }
    }

    @Test
    void a_readers_problems_are_reported_like_any_checks() {
        try (CourseFixture course = CourseFixture.small().file("notes/bad", "")) {
            Notes notes = new Notes();
            CatalogLoader.Result result = new CatalogLoader(MESSAGES, List.of(notes)).load(course.root());
            assertFalse(result.ok());
            assertEquals(List.of(Problem.at("notes/bad", 1, "content.file.empty")), result.problems());
            assertEquals(1, notes.reads.size());
            assertEquals(List.of(Problem.at("notes/bad", 1, "content.file.empty")), notes.check(course.root()),
                    "run as a plain check, it reports the same");
        }
    }
}
