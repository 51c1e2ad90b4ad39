package id.serambi.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

import java.util.List;

/**
 * A usage error found by a command itself (two demo flags, no username), with its message key.
 * Thrown from a command, picocli hands it to {@link UsageErrors} like its own parse errors.
 */
final class UsageError extends ParameterException {
    private final String key;
    private final List<Object> args;

    UsageError(CommandLine command, String key, Object... args) {
        super(command, key + " " + List.of(args));
        this.key = key;
        this.args = List.of(args);
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args.toArray();
    }
}
