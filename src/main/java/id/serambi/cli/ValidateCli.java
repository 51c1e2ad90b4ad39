package id.serambi.cli;

import id.serambi.ContentLoading;
import id.serambi.Practice;
import id.serambi.config.Config;
import id.serambi.course.Catalog;
import id.serambi.course.CatalogLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code java -jar serambi.jar validate [--content DIR]}: checks the course, as the server does at start. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false)
final class ValidateCli implements Callable<Integer> {
    @Mixin
    private ContentOption content;

    private final Console console;

    ValidateCli(Console console) {
        this.console = console;
    }

    Config config() {
        return content.applyTo(Config.defaults());
    }

    /** 0 with a one-line summary, or 1 with each problem as {@code path:line: message}. */
    @Override
    public Integer call() {
        Path root = new Startup(console).contentRoot(config());
        if (root == null) {
            return 1;
        }
        ContentLoading loading = new ContentLoading(console.messages());
        CatalogLoader.Result result = loading.loader().load(root);
        if (!result.ok()) {
            console.problems(result.problems());
            console.err().println(console.text("cli.validate.failed", result.problems().size()));
            return 1;
        }
        Catalog catalog = result.catalog().orElseThrow();
        Practice practice = loading.practice(result);
        console.out().println(console.text("cli.validate.ok", catalog.modules().size(), result.lessonCount(),
                result.englishCount(), catalog.menuCount(), catalog.quizCount(), practice.inboxes().inboxes().size(),
                practice.plannerTasks().tasks().size(), practice.checklists().all().size(),
                practice.designTasks().all().size(), catalog.guides().size(), catalog.cards().size(),
                catalog.glossary().terms().size()));
        return 0;
    }
}
