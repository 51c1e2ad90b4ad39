package id.serambi.course;

import id.serambi.content.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * A course that re-reads its files when they change (development mode). Changes are looked for at
 * most once a second, on the next request. A change that breaks the content is reported and the
 * last good catalog stays in use.
 */
public final class WatchedCourse implements CourseSource {
    private static final Logger LOG = LoggerFactory.getLogger(WatchedCourse.class);
    private static final long CHECK_EVERY_MS = 1_000;

    private final Path root;
    private final CatalogLoader loader;
    private final Consumer<List<Problem>> onProblems;
    private final LongSupplier clock;
    private Catalog catalog;
    private long fingerprint;
    private long checkedAt;

    public WatchedCourse(Path root, Catalog initial, CatalogLoader loader, Consumer<List<Problem>> onProblems,
                         LongSupplier clock) {
        this.root = root;
        this.catalog = initial;
        this.loader = loader;
        this.onProblems = onProblems;
        this.clock = clock;
        this.fingerprint = fingerprint(root);
        this.checkedAt = clock.getAsLong();
    }

    @Override
    public synchronized Catalog catalog() {
        long now = clock.getAsLong();
        if (now - checkedAt >= CHECK_EVERY_MS) {
            checkedAt = now;
            long current = fingerprint(root);
            if (current != fingerprint) {
                fingerprint = current;
                CatalogLoader.Result result = loader.load(root);
                if (result.ok()) {
                    catalog = result.catalog().orElseThrow();
                    LOG.info("Content reloaded: {} modules", catalog.modules().size());
                } else {
                    onProblems.accept(result.problems());
                }
            }
        }
        return catalog;
    }

    @Override
    public Path root() {
        return root;
    }

    /** A hash of every content file's path, size and modification time. */
    static long fingerprint(Path root) {
        long hash = 17;
        for (String dir : List.of("modules", "content", "quizzes")) {
            Path d = root.resolve(dir);
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(d)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    hash = 31 * hash + f.toString().hashCode();
                    hash = 31 * hash + Files.size(f);
                    hash = 31 * hash + Files.getLastModifiedTime(f).toMillis();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return hash;
    }
}
