package id.serambi.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the server needs to start, read once from flags and their environment twins.
 * Flags win over environment variables.
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

    /** Parses flags (and {@code env}) into a config; the remaining positional words are returned in {@code rest}. */
    public static Config parse(List<String> args, Map<String, String> env, List<String> rest) {
        String port = env.get("SERAMBI_PORT");
        String data = env.get("SERAMBI_DATA");
        String db = env.get("SERAMBI_DB");
        String content = env.get("SERAMBI_CONTENT");
        boolean dev = false;
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            switch (name) {
                case "--dev" -> dev = true;
                case "--port", "--data", "--db", "--content" -> {
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new ConfigException("config.flag.value", name);
                        }
                        value = args.get(++i);
                    }
                    switch (name) {
                        case "--port" -> port = value;
                        case "--data" -> data = value;
                        case "--db" -> db = value;
                        default -> content = value;
                    }
                }
                default -> {
                    if (arg.startsWith("-")) {
                        throw new ConfigException("config.flag.unknown", arg);
                    }
                    positional.add(arg);
                }
            }
        }
        rest.addAll(positional);
        return new Config(parsePort(port), Path.of(blankToNull(data) == null ? "data" : data),
                Optional.ofNullable(blankToNull(db)), Optional.ofNullable(blankToNull(content)).map(Path::of), dev);
    }

    private static int parsePort(String value) {
        if (blankToNull(value) == null) {
            return DEFAULT_PORT;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new ConfigException("config.port.number", value);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
