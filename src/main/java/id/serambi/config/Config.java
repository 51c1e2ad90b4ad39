package id.serambi.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything the server needs to start, read once from flags and their environment twins
 * (the command line in {@code id.serambi.cli} reads them; flags win over environment variables).
 */
public record Config(int port, Path dataDir, Optional<String> dbUrl, Optional<Path> contentDir, boolean dev) {

    public static final int DEFAULT_PORT = 7070;

    public Config {
        checkPort(port);
    }

    /** Refuses a port no socket can have, with the message key the operator reads. */
    public static int checkPort(int port) {
        if (port < 0 || port > 65535) {
            throw new ConfigException("config.port.range", String.valueOf(port));
        }
        return port;
    }

    public static Config defaults() {
        return new Config(DEFAULT_PORT, Path.of("data"), Optional.empty(), Optional.empty(), false);
    }

    /** The JDBC URL to use: the one given, or an SQLite file in the data directory. */
    public String jdbcUrl() {
        return dbUrl.orElseGet(() -> "jdbc:sqlite:" + dataDir.resolve("serambi.db"));
    }

    public Config withPort(int newPort) {
        return new Config(newPort, dataDir, dbUrl, contentDir, dev);
    }

    public Config withDataDir(Path dir) {
        return new Config(port, dir, dbUrl, contentDir, dev);
    }

    public Config withDbUrl(String url) {
        return new Config(port, dataDir, Optional.of(url), contentDir, dev);
    }

    public Config withContentDir(Path dir) {
        return new Config(port, dataDir, dbUrl, Optional.of(dir), dev);
    }

    public Config withDev(boolean on) {
        return new Config(port, dataDir, dbUrl, contentDir, on);
    }
}
