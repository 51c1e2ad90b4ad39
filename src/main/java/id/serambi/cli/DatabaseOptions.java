package id.serambi.cli;

import id.serambi.config.Config;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --data} and {@code --db}: which database a command opens, for every command that opens one. */
final class DatabaseOptions {
    @Option(names = "--data", paramLabel = "${bundle:label.folder}", descriptionKey = "option.data")
    private String dataDir;

    @Option(names = "--db", paramLabel = "${bundle:label.jdbc}", descriptionKey = "option.db")
    private String dbUrl;

    /** A blank value counts as unset, as a blank environment twin does. */
    Config applyTo(Config config) {
        Config withData = blank(dataDir) ? config : config.withDataDir(Path.of(dataDir));
        return blank(dbUrl) ? withData : withData.withDbUrl(dbUrl);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
