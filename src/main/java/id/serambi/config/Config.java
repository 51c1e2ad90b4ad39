package id.serambi.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything the server needs to start, read once from flags and their environment twins
 * (the command line in {@code id.serambi.cli} reads them; flags win over environment variables).
 */
public record Config(int port, Path dataDir, Optional<String> dbUrl, Optional<Path> contentDir, boolean dev,
                     Optional<URI> publicUrl) {

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
        return new Config(DEFAULT_PORT, Path.of("data"), Optional.empty(), Optional.empty(), false, Optional.empty());
    }

    /** The JDBC URL to use: the one given, or an SQLite file in the data directory. */
    public String jdbcUrl() {
        return dbUrl.orElseGet(() -> "jdbc:sqlite:" + dataDir.resolve("serambi.db"));
    }

    public Config withPort(int newPort) {
        return new Config(newPort, dataDir, dbUrl, contentDir, dev, publicUrl);
    }

    public Config withDataDir(Path dir) {
        return new Config(port, dir, dbUrl, contentDir, dev, publicUrl);
    }

    public Config withDbUrl(String url) {
        return new Config(port, dataDir, Optional.of(url), contentDir, dev, publicUrl);
    }

    public Config withContentDir(Path dir) {
        return new Config(port, dataDir, dbUrl, Optional.of(dir), dev, publicUrl);
    }

    /**
     * An address participants' phones open, such as {@code https://serambi.polman.go.id}: an http or
     * https address with a host; anything else is refused with {@code config.publicurl.invalid}.
     */
    public static URI checkPublicUrl(String address) {
        URI uri;
        try {
            uri = new URI(address.trim());
        } catch (URISyntaxException e) {
            throw new ConfigException("config.publicurl.invalid", address);
        }
        if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw new ConfigException("config.publicurl.invalid", address);
        }
        return uri;
    }

    public Config withPublicUrl(URI address) {
        return new Config(port, dataDir, dbUrl, contentDir, dev, Optional.of(address));
    }

    public Config withDev(boolean on) {
        return new Config(port, dataDir, dbUrl, contentDir, on, publicUrl);
    }
}
