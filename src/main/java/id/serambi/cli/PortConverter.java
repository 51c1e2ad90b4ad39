package id.serambi.cli;

import id.serambi.config.Config;
import id.serambi.config.ConfigException;
import picocli.CommandLine.ITypeConverter;

/**
 * Reads {@code --port} (or {@code SERAMBI_PORT}). It throws the same {@link ConfigException} keys
 * the operator always read; picocli passes the exception on as the cause of its own, where
 * {@link UsageErrors} finds it.
 */
final class PortConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
        if (value.isBlank()) {
            return Config.DEFAULT_PORT; // blank counts as unset, as for the environment twin
        }
        try {
            return Config.checkPort(Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            throw new ConfigException("config.port.number", value);
        }
    }
}
