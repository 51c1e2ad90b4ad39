package id.serambi.support;

import id.serambi.App;
import id.serambi.ContentLoading;
import id.serambi.account.Role;
import id.serambi.account.TestAccounts;
import id.serambi.course.CatalogLoader;
import id.serambi.course.ContentRoot;
import id.serambi.course.CourseSource;
import id.serambi.db.Database;
import id.serambi.i18n.Messages;
import id.serambi.inbox.model.InboxCatalog;
import id.serambi.quiz.model.QuizCatalog;
import id.serambi.web.PublicAddress;
import id.serambi.web.RouteTable;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The whole application on a free port with a temporary SQLite database, as tests use it; or on a
 * database given by its JDBC address ({@link #onDatabase}).
 */
public final class TestApp implements AutoCloseable {
    /** The password of every account {@link #loggedIn} makes. */
    public static final String TEST_PASSWORD = "sandi-untuk-uji";
    private final Path dataDir;
    private final Database database;
    private final App app;
    private final QuizCatalog quizFiles;
    private final InboxCatalog inboxFiles;
    private final boolean ownsData;
    private final AtomicInteger names = new AtomicInteger();

    private TestApp(Path contentRoot) {
        this(contentRoot, newDataDir(), true);
    }

    private TestApp(Path contentRoot, Path dataDir, boolean ownsData) {
        this(contentRoot, dataDir, ownsData, "jdbc:sqlite:" + dataDir.resolve("test.db"));
    }

    private TestApp(Path contentRoot, Path dataDir, boolean ownsData, String jdbcUrl) {
        this(contentRoot, dataDir, ownsData, jdbcUrl, new PublicAddress(Optional.empty(), List.of()));
    }

    private TestApp(Path contentRoot, Path dataDir, boolean ownsData, String jdbcUrl, PublicAddress address) {
        this.dataDir = dataDir;
        this.ownsData = ownsData;
        Messages messages = new Messages();
        ContentLoading loading = new ContentLoading(messages);
        CatalogLoader.Result result = loading.loader().load(contentRoot);
        if (!result.ok()) {
            throw new IllegalStateException("test content does not load: " + result.problems());
        }
        this.database = Database.open(jdbcUrl);
        CourseSource course = CourseSource.fixed(contentRoot, result.catalog().orElseThrow());
        this.quizFiles = loading.quizzes(result);
        this.inboxFiles = loading.inboxes(result);
        this.app = App.create(database, course, loading.menus(result), quizFiles, loading.practice(result), messages,
                address,
                        Clock.systemUTC());
        app.server().start("127.0.0.1", 0);
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

    /** The app serving the bundled course on the database at {@code jdbcUrl}, e.g. a PostgreSQL server. */
    public static TestApp onDatabase(String jdbcUrl) {
        return new TestApp(ContentRoot.bundled(), newDataDir(), true, jdbcUrl);
    }

    /**
     * The app serving the bundled course as a machine with the network addresses {@code address}
     * knows, or started with a public address.
     */
    public static TestApp reachedAt(PublicAddress address) {
        Path dir = newDataDir();
        return new TestApp(ContentRoot.bundled(), dir, true, "jdbc:sqlite:" + dir.resolve("test.db"), address);
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
        return "http://127.0.0.1:" + port() + path;
    }

    public int port() {
        return app.server().port();
    }

    /** The app's route table: every route it declares, with who may use it. */
    public RouteTable routeTable() {
        return app.routes();
    }

    /** Every route the running server has registered, as {@code "GET /kuis/{quiz}"}, in registration order. */
    public List<String> routes() {
        return app.server().unsafe.internalRouter.allHttpHandlers().stream()
                .filter(e -> e.endpoint.method.isHttpMethod())
                // every GET route answers HEAD too, through the same handler and access (RouteTable.addTo)
                .filter(e -> e.endpoint.method != HandlerType.HEAD)
                .map(e -> e.endpoint.method.name() + " " + e.endpoint.path).toList();
    }

    /** The route that answers {@code method} on {@code path} (no query), as {@link #routes()} names it; null if none. */
    public String routeOf(String method, String path) {
        ParsedEndpoint e = app.server().unsafe.internalRouter.findFirstHttpHandlerEntry(HandlerType.findOrCreate(method),
                path);
        return e == null ? null : e.endpoint.method.name() + " " + e.endpoint.path;
    }

    /** The quizzes and questionnaires of the course's files. */
    public QuizCatalog quizzes() {
        return quizFiles;
    }

    /** The scam-and-hoax inboxes of the course's files. */
    public InboxCatalog inboxes() {
        return inboxFiles;
    }

    public Database database() {
        return database;
    }

    /**
     * A new client logged in to a new account with {@code role}. Its password hash is cheap, as
     * tests make many accounts; the app checks it all the same.
     */
    public Http loggedIn(String username, Role role) {
        TestAccounts.create(database.jdbi(), username, role, TEST_PASSWORD);
        Http http = http();
        HttpResponse<String> login = http.submit("/masuk", "/masuk", Map.of("nama", username, "sandi", TEST_PASSWORD));
        if (login.statusCode() != 303) {
            throw new IllegalStateException("logging in " + username + " answered " + login.statusCode());
        }
        return http;
    }

    /** A new client logged in to a new account with {@code role}. */
    public Http loggedIn(Role role) {
        Http http = http();
        http.logInAsNew(role);
        return http;
    }

    /** A username no account of this app has yet. */
    String freshName(String prefix) {
        return prefix + "-" + names.incrementAndGet();
    }

    /** A new browser-like HTTP client with its own cookies. */
    public Http http() {
        return new Http(this);
    }

    @Override
    public void close() {
        app.server().stop();
        database.close();
        if (ownsData) {
            TempFiles.delete(dataDir);
        }
    }
}
