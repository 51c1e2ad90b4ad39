package id.serambi.cli;

import id.serambi.App;
import id.serambi.ContentLoading;
import id.serambi.config.Config;
import id.serambi.course.Catalog;
import id.serambi.course.CatalogLoader;
import id.serambi.course.CourseSource;
import id.serambi.course.WatchedCourse;
import id.serambi.db.Database;
import id.serambi.web.PublicAddress;
import io.javalin.Javalin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code java -jar serambi.jar [--port N] [--data DIR] [--db URL] [--content DIR] [--dev]}: the
 * top-level command, which serves the course when no subcommand is named.
 */
@Command(name = "serambi", mixinStandardHelpOptions = true, sortOptions = false, sortSynopsis = false)
public final class ServeCli implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "N", descriptionKey = "option.port", converter = PortConverter.class)
    private int port = Config.DEFAULT_PORT;

    @Mixin
    private DatabaseOptions database;

    @Mixin
    private ContentOption content;

    @Option(names = "--public-url", paramLabel = "URL", descriptionKey = "option.publicurl",
            converter = PublicUrlConverter.class)
    private URI publicUrl;

    @Option(names = "--dev", descriptionKey = "option.dev")
    private boolean dev;

    private final Console console;
    private final Startup startup;

    public ServeCli(Console console) {
        this.console = console;
        this.startup = new Startup(console);
    }

    /** 0 once the server is up (it keeps running on its own threads), 1 when it cannot start. */
    @Override
    public Integer call() {
        return serve(config()) == null ? 1 : 0;
    }

    Config config() {
        Config config = content.applyTo(database.applyTo(Config.defaults().withPort(port).withDev(dev)));
        return publicUrl == null ? config : config.withPublicUrl(publicUrl);
    }

    /** Starts the server, or prints why it cannot and returns null. */
    public Javalin serve(Config config) {
        Path root = startup.contentRoot(config);
        if (root == null) {
            return null;
        }
        ContentLoading loading = new ContentLoading(console.messages());
        CatalogLoader loader = loading.loader();
        CatalogLoader.Result result = loader.load(root);
        if (!result.ok()) {
            console.problems(result.problems());
            console.err().println(console.bilingual("cli.start.badcontent", result.problems().size()));
            return null;
        }
        Database db = startup.database(config);
        if (db == null) {
            return null;
        }
        Catalog catalog = result.catalog().orElseThrow();
        CourseSource course = config.dev()
                ? new WatchedCourse(root, catalog, loader, console::problems, System::currentTimeMillis)
                : CourseSource.fixed(root, catalog);
        PublicAddress address = new PublicAddress(config.publicUrl(), PublicAddress.machineAddresses());
        Javalin app = App.create(db, course, loading.menus(result), loading.quizzes(result), loading.practice(result),
                console.messages(),
                address, Clock.systemDefaultZone()).server();
        try {
            app.start(config.port());
        } catch (RuntimeException e) {
            db.close();
            console.err().println(console.bilingual("cli.port.unusable", config.port(), Startup.rootCause(e)));
            return null;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            db.close();
        }, "serambi-stop"));
        console.out().println(console.text("cli.started", "http://localhost:" + app.port() + "/",
                config.contentDir().isPresent() || config.dev() && Files.isDirectory(Path.of("modules"))
                        ? root.toString()
                        : console.text("cli.content.bundled")));
        List<String> phones = address.startLines(app.port());
        console.out().println(phones.isEmpty() ? console.text("cli.started.nonetwork")
                : console.text("cli.started.phones", String.join("  ", phones)));
        return app;
    }
}
