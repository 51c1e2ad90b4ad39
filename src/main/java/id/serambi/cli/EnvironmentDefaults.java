package id.serambi.cli;

import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.util.Map;

/**
 * The environment twins of the flags, read from the map the command line was given (tests pass
 * their own). A flag on the command line wins; a blank variable counts as unset. {@code --dev} has
 * no twin: development mode is asked for each time.
 */
final class EnvironmentDefaults implements IDefaultValueProvider {
    private static final Map<String, String> TWINS = Map.of(
            "--port", "SERAMBI_PORT",
            "--data", "SERAMBI_DATA",
            "--db", "SERAMBI_DB",
            "--content", "SERAMBI_CONTENT",
            "--public-url", "SERAMBI_PUBLIC_URL");

    private final Map<String, String> env;

    EnvironmentDefaults(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec option)) {
            return null;
        }
        String variable = TWINS.get(option.longestName());
        String value = variable == null ? null : env.get(variable);
        if (value == null || value.isBlank()) {
            return null;
        }
        // picocli expands ${...} in default values; a '$' in a path or a JDBC URL is meant as written
        return value.replace("$", "$$");
    }
}
