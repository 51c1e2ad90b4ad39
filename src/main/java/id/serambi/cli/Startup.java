package id.serambi.cli;

import id.serambi.config.Config;
import id.serambi.course.ContentRoot;
import id.serambi.db.Database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the commands open before they work, each saying in both languages why it cannot. */
final class Startup {
    private final Console console;

    Startup(Console console) {
        this.console = console;
    }

    /**
     * The course to use: {@code --content}, else the course packed in the jar; or null, having said
     * why. In development mode the working folder's files are used when it holds a course, so edits
     * show at once.
     */
    Path contentRoot(Config config) {
        if (config.contentDir().isEmpty()) {
            if (config.dev() && Files.isDirectory(Path.of("modules"))) {
                return Path.of("").toAbsolutePath();
            }
            return ContentRoot.bundled();
        }
        Path dir = config.contentDir().get();
        if (!Files.isDirectory(dir)) {
            console.err().println(console.bilingual("cli.content.missing", dir.toAbsolutePath()));
            return null;
        }
        return dir;
    }

    /** The configured database, migrated; or null, having said why it cannot be used. */
    Database database(Config config) {
        if (config.dbUrl().isEmpty() && !usableDataDir(config.dataDir())) {
            console.err().println(console.bilingual("cli.data.unusable", config.dataDir().toAbsolutePath()));
            return null;
        }
        try {
            return Database.open(config.jdbcUrl());
        } catch (RuntimeException e) {
            console.err().println(console.bilingual("cli.db.unusable", config.jdbcUrl(), rootCause(e)));
            return null;
        }
    }

    private static boolean usableDataDir(Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".probe", ".tmp");
            Files.delete(probe);
            return Files.isReadable(dir) && Files.isWritable(dir);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** The innermost cause says what the operator can fix (a refused login, a taken port). */
    static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
