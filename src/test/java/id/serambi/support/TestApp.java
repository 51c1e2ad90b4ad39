package id.serambi.support;

import id.serambi.App;
import id.serambi.ContentLoading;
import id.serambi.course.CatalogLoader;
import id.serambi.course.ContentRoot;
import id.serambi.course.CourseSource;
import id.serambi.db.Database;
import id.serambi.i18n.Messages;
import id.serambi.quiz.QuizCatalog;
import io.javalin.Javalin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** The whole application on a free port with a temporary SQLite database, as tests use it. */
public final class TestApp implements AutoCloseable {
    private final Path dataDir;
    private final Database database;
    private final Javalin app;
    private final QuizCatalog quizFiles;
    private final boolean ownsData;

    private TestApp(Path contentRoot) {
        this(contentRoot, newDataDir(), true);
    }

    private TestApp(Path contentRoot, Path dataDir, boolean ownsData) {
        this.dataDir = dataDir;
        this.ownsData = ownsData;
        Messages messages = new Messages();
        ContentLoading loading = new ContentLoading(messages);
        CatalogLoader.Result result = loading.loader().load(contentRoot);
        if (!result.ok()) {
            throw new IllegalStateException("test content does not load: " + result.problems());
        }
        this.database = Database.open("jdbc:sqlite:" + dataDir.resolve("test.db"));
        CourseSource course = CourseSource.fixed(contentRoot, result.catalog().orElseThrow());
        this.quizFiles = loading.quizzes(result);
        this.app = App.create(database, course, loading.menus(result), quizFiles, messages,
                        Clock.systemUTC())
                .start("127.0.0.1", 0);
    }

    /** The app serving the bundled course. */
    public static TestApp start() {
        return new TestApp(ContentRoot.bundled());
    }

    /**
     * The app serving the bundled course on the database in {@code dataDir}, which outlives it:
     * a second start on the same folder is the server restarted, or another node of it.
     */
    public static TestApp onData(Path dataDir) {
        return new TestApp(ContentRoot.bundled(), dataDir, false);
    }

    private static Path newDataDir() {
        try {
            return Files.createTempDirectory("serambi-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The app serving the course under {@code contentRoot}. */
    public static TestApp start(Path contentRoot) {
        return new TestApp(contentRoot);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    public int port() {
        return app.port();
    }

    /** The quizzes and questionnaires of the course's files. */
    public QuizCatalog quizzes() {
        return quizFiles;
    }

    public Database database() {
        return database;
    }

    /** A new browser-like HTTP client with its own cookies. */
    public Http http() {
        return new Http(this);
    }

    @Override
    public void close() {
        app.stop();
        database.close();
        if (ownsData) {
            TempFiles.delete(dataDir);
        }
    }
}
