package id.serambi.cli;

import id.serambi.config.Config;
import picocli.CommandLine.ITypeConverter;

import java.net.URI;

/** Reads {@code --public-url} (or {@code SERAMBI_PUBLIC_URL}), refusing what is not an http(s) address. */
final class PublicUrlConverter implements ITypeConverter<URI> {
    @Override
    public URI convert(String value) {
        return Config.checkPublicUrl(value);
    }
}
