package id.serambi;

import id.serambi.account.CreateAdminCommand;
import id.serambi.account.PasswordHasher;
import id.serambi.account.PasswordInput;
import id.serambi.config.Config;
import id.serambi.config.ConfigException;
import id.serambi.content.Problem;
import id.serambi.course.Catalog;
import id.serambi.course.CatalogLoader;
import id.serambi.course.ContentRoot;
import id.serambi.course.CourseSource;
import id.serambi.course.WatchedCourse;
import id.serambi.db.Database;
import id.serambi.demo.DemoCommand;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.web.PublicAddress;
import io.javalin.Javalin;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code java -jar serambi.jar [--port N] [--data DIR] [--db URL] [--content DIR] [--dev]} serves the
 * course; {@code java -jar serambi.jar validate [--content DIR]} checks it; {@code java -jar serambi.jar
 * demo [--ulang | --hapus]} loads, replaces or removes the demo data in the same database; {@code
 * java -jar serambi.jar create-admin <username>} creates an admin, reading the password from the
 * terminal or stdin.
 */
public final class Main {
    private final Messages messages = new Messages();
    private final PrintStream out;
    private final PrintStream err;
    private final Lang lang;
    private final Map<String, String> env;
    private final PasswordInput passwordInput;

    Main(PrintStream out, PrintStream err, Map<String, String> env) {
        this(out, err, env, null);
    }

    /** {@code passwordInput} null: the terminal or stdin, looked up only when a command asks. */
    Main(PrintStream out, PrintStream err, Map<String, String> env, PasswordInput passwordInput) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.passwordInput = passwordInput;
        String chosen = env.getOrDefault("SERAMBI_LANG", "");
        this.lang = Lang.fromCode(chosen).orElse(Lang.ID);
    }

    public static void main(String[] args) {
        Main main = new Main(System.out, System.err, System.getenv());
        int code = main.run(List.of(args));
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs a command; returns the exit code, or 0 once the server is up. */
    int run(List<String> args) {
        List<String> rest = new ArrayList<>();
        List<String> demoFlags = args.stream().filter(DemoCommand.FLAGS::contains).toList();
        Config config;
        try {
            config = Config.parse(args.stream().filter(a -> !DemoCommand.FLAGS.contains(a)).toList(), env, rest);
        } catch (ConfigException e) {
            err.println(bilingual(e.key(), e.args()));
            err.println(messages.get(lang, "cli.usage"));
            return 2;
        }
        if (rest.equals(List.of("demo"))) {
            return demo(config, demoFlags);
        }
        if (!demoFlags.isEmpty()) {
            err.println(bilingual("config.flag.unknown", demoFlags.get(0)));
            err.println(messages.get(lang, "cli.usage"));
            return 2;
        }
        if (rest.isEmpty()) {
            return serve(config) == null ? 1 : 0;
        }
        if (rest.get(0).equals("create-admin")) {
            return createAdmin(config, rest);
        }
        if (rest.equals(List.of("validate"))) {
            return validate(config);
        }
        err.println(bilingual("cli.command.unknown", String.join(" ", rest)));
        err.println(messages.get(lang, "cli.usage"));
        return 2;
    }

    int validate(Config config) {
        Path root = contentRoot(config);
        if (root == null) {
            return 1;
        }
        CatalogLoader.Result result = ContentLoading.loader(messages).load(root);
        if (!result.ok()) {
            printProblems(result.problems());
            err.println(messages.get(lang, "cli.validate.failed", result.problems().size()));
            return 1;
        }
        Catalog catalog = result.catalog().orElseThrow();
        out.println(messages.get(lang, "cli.validate.ok", catalog.modules().size(), result.lessonCount(),
                result.englishCount(), catalog.menuCount(), catalog.quizCount()));
        return 0;
    }

    /** Starts the server, or prints why it cannot and returns null. */
    Javalin serve(Config config) {
        Path root = contentRoot(config);
        if (root == null) {
            return null;
        }
        ContentLoading loading = new ContentLoading(messages);
        CatalogLoader loader = loading.loader();
        CatalogLoader.Result result = loader.load(root);
        if (!result.ok()) {
            printProblems(result.problems());
            err.println(bilingual("cli.start.badcontent", result.problems().size()));
            return null;
        }
        Database database = openDatabase(config);
        if (database == null) {
            return null;
        }
        Catalog catalog = result.catalog().orElseThrow();
        CourseSource course = config.dev()
                ? new WatchedCourse(root, catalog, loader, this::printProblems, System::currentTimeMillis)
                : CourseSource.fixed(root, catalog);
        Javalin app = App.create(database, course, loading.menus(result), loading.quizzes(result), messages,
                new PublicAddress(Optional.empty(), PublicAddress.machineAddresses()), Clock.systemDefaultZone()).server();
        try {
            app.start(config.port());
        } catch (RuntimeException e) {
            database.close();
            err.println(bilingual("cli.port.unusable", config.port(), rootCause(e)));
            return null;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            database.close();
        }, "serambi-stop"));
        out.println(messages.get(lang, "cli.started", "http://localhost:" + app.port() + "/",
                root.getFileSystem().equals(FileSystems.getDefault()) ? root.toString()
                        : messages.get(lang, "cli.content.bundled")));
        return app;
    }

    /** Loads, replaces ({@code --ulang}) or removes ({@code --hapus}) the demo data. */
    int demo(Config config, List<String> flags) {
        if (flags.size() > 1) {
            err.println(bilingual("demo.flags.both"));
            return 2;
        }
        Path root = contentRoot(config);
        if (root == null) {
            return 1;
        }
        ContentLoading loading = new ContentLoading(messages);
        CatalogLoader.Result result = loading.loader().load(root);
        if (!result.ok()) {
            printProblems(result.problems());
            err.println(bilingual("demo.badcontent", result.problems().size()));
            return 1;
        }
        Database database = openDatabase(config);
        if (database == null) {
            return 1;
        }
        try (database) {
            // a PostgreSQL URL may carry a password in its parameters
            String where = config.jdbcUrl().replaceAll("\\?.*", "");
            return new DemoCommand(messages, out, err).run(database, loading.quizzes(result),
                    flags.isEmpty() ? "" : flags.get(0), where, Instant.now());
        }
    }

    /** Creates an admin account in the configured database. */
    int createAdmin(Config config, List<String> rest) {
        if (rest.size() != 2) {
            err.println(bilingual("account.cli.username.missing"));
            err.println(messages.get(lang, "cli.usage"));
            return 2;
        }
        Database database = openDatabase(config);
        if (database == null) {
            return 1;
        }
        try (database) {
            PasswordInput input = passwordInput != null ? passwordInput : PasswordInput.system();
            return new CreateAdminCommand(messages, out, err).run(database, rest.get(1), input,
                    new PasswordHasher(), Clock.systemUTC());
        }
    }

    /** The configured database, migrated; or null, having said why it cannot be used. */
    private Database openDatabase(Config config) {
        if (config.dbUrl().isEmpty() && !usableDataDir(config.dataDir())) {
            err.println(bilingual("cli.data.unusable", config.dataDir().toAbsolutePath()));
            return null;
        }
        try {
            return Database.open(config.jdbcUrl());
        } catch (RuntimeException e) {
            err.println(bilingual("cli.db.unusable", config.jdbcUrl(), rootCause(e)));
            return null;
        }
    }

    /**
     * The course to serve: {@code --content}, else the course packed in the jar. In development
     * mode the working folder's files are used when it holds a course, so edits show at once.
     */
    private Path contentRoot(Config config) {
        if (config.contentDir().isEmpty()) {
            if (config.dev() && Files.isDirectory(Path.of("modules"))) {
                return Path.of("").toAbsolutePath();
            }
            return ContentRoot.bundled();
        }
        Path dir = config.contentDir().get();
        if (!Files.isDirectory(dir)) {
            err.println(bilingual("cli.content.missing", dir.toAbsolutePath()));
            return null;
        }
        return dir;
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

    private void printProblems(List<Problem> problems) {
        for (Problem p : problems) {
            err.println(p.path() + ":" + p.line() + ": " + messages.get(lang, p.key(), p.args().toArray()));
        }
    }

    /** Start-up failures are read by whoever runs the server: both languages, Indonesian first. */
    private String bilingual(String key, Object... args) {
        return messages.get(Lang.ID, key, args) + "\n" + messages.get(Lang.EN, key, args);
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
