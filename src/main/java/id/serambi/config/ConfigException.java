package id.serambi.config;

import java.util.List;

/** A start-up problem the operator must fix; carries a message key and its arguments. */
public class ConfigException extends RuntimeException {
    private final String key;
    private final List<Object> args;

    public ConfigException(String key, Object... args) {
        super(key + " " + List.of(args));
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }
}
