package id.serambi.cli;

import id.serambi.ContentLoading;
import id.serambi.config.Config;
import id.serambi.course.CatalogLoader;
import id.serambi.db.Database;
import id.serambi.demo.DemoCommand;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

/**
 * {@code java -jar serambi.jar demo [--ulang | --hapus]}: the command line of {@link DemoCommand},
 * which loads, replaces or removes the demo class in the database the flags name.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false, sortSynopsis = false)
final class DemoCli implements Callable<Integer> {
    /** {@code [--ulang | --hapus]}: both, or one twice, is refused with {@code demo.flags.both} ({@link UsageErrors}). */
    @ArgGroup(exclusive = true)
    private Flags flags;

    @Mixin
    private DatabaseOptions database;

    @Mixin
    private ContentOption content;

    private final Console console;

    DemoCli(Console console) {
        this.console = console;
    }

    private static final class Flags {
        @Option(names = DemoCommand.REPLACE, descriptionKey = "option.ulang")
        private boolean replace;

        @Option(names = DemoCommand.REMOVE, descriptionKey = "option.hapus")
        private boolean remove;
    }

    Config config() {
        return content.applyTo(database.applyTo(Config.defaults()));
    }

    @Override
    public Integer call() {
        boolean replace = flags != null && flags.replace;
        boolean remove = flags != null && flags.remove;
        Config config = config();
        Startup startup = new Startup(console);
        Path root = startup.contentRoot(config);
        if (root == null) {
            return 1;
        }
        ContentLoading loading = new ContentLoading(console.messages());
        CatalogLoader.Result result = loading.loader().load(root);
        if (!result.ok()) {
            console.problems(result.problems());
            console.err().println(console.bilingual("demo.badcontent", result.problems().size()));
            return 1;
        }
        Database db = startup.database(config);
        if (db == null) {
            return 1;
        }
        try (db) {
            // a PostgreSQL URL may carry a password in its parameters
            String where = config.jdbcUrl().replaceAll("\\?.*", "");
            String flag = replace ? DemoCommand.REPLACE : remove ? DemoCommand.REMOVE : "";
            return new DemoCommand(console.messages(), console.out(), console.err())
                    .run(db, loading.quizzes(result), flag, where, Instant.now());
        }
    }
}
