package id.serambi.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The message bundles, {@code i18n/messages_id.properties} first; an English key that is missing
 * falls back to the Indonesian text, never to a raw key.
 */
public final class Messages {
    private final Map<Lang, Properties> bundles = new EnumMap<>(Lang.class);

    public Messages() {
        for (Lang lang : Lang.values()) {
            bundles.put(lang, load("i18n/messages_" + lang.code() + ".properties"));
        }
    }

    private static Properties load(String resource) {
        Properties props = new Properties();
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing message bundle " + resource);
            }
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return props;
    }

    public Optional<String> find(Lang lang, String key) {
        String text = bundles.get(lang).getProperty(key);
        if (text == null && lang != Lang.ID) {
            text = bundles.get(Lang.ID).getProperty(key);
        }
        return Optional.ofNullable(text);
    }

    public String get(Lang lang, String key, Object... args) {
        String pattern = find(lang, key).orElse("??" + key + "??");
        return new MessageFormat(pattern, lang.locale()).format(args == null ? new Object[0] : args);
    }

    public Set<String> keys(Lang lang) {
        return bundles.get(lang).stringPropertyNames();
    }
}
