package id.serambi.cli;

import id.serambi.config.Config;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --content}: which course a command reads, for every command that reads one. */
final class ContentOption {
    @Option(names = "--content", paramLabel = "${bundle:label.folder}", descriptionKey = "option.content")
    private String contentDir;

    /** A blank value counts as unset: the course packed in the jar. */
    Config applyTo(Config config) {
        return DatabaseOptions.blank(contentDir) ? config : config.withContentDir(Path.of(contentDir));
    }
}
