package id.serambi.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The message bundles, {@code i18n/messages_id.properties} first; an English key that is missing
 * falls back to the Indonesian text, never to a raw key. Every page looks messages up, so each
 * pattern is parsed once, on first use, and shared between threads.
 */
public final class Messages {
    private final Map<Lang, Properties> bundles = new EnumMap<>(Lang.class);
    private final Map<Lang, Map<String, Compiled>> compiled = new EnumMap<>(Lang.class);

    public Messages() {
        for (Lang lang : Lang.values()) {
            bundles.put(lang, load("i18n/messages_" + lang.code() + ".properties"));
            compiled.put(lang, new ConcurrentHashMap<>());
        }
    }

    /**
     * A parsed pattern. {@code plain} is what it gives without arguments ({@code ''} already turned
     * into {@code '}); {@code format} is null when the pattern takes no arguments at all. A
     * MessageFormat and the number formats inside it keep state while formatting, so once shared
     * the parsed one is only ever cloned.
     */
    private record Compiled(String plain, MessageFormat format) {
        static Compiled of(String pattern, Lang lang) {
            MessageFormat format = new MessageFormat(pattern, lang.locale());
            return new Compiled(format.format(new Object[0]), format.getFormats().length == 0 ? null : format);
        }

        String format(Object[] args) {
            if (format == null || args == null || args.length == 0) {
                return plain;
            }
            return ((MessageFormat) format.clone()).format(args);
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
        Optional<String> pattern = find(lang, key);
        if (pattern.isEmpty()) {
            return "??" + key + "??";
        }
        return compiled.get(lang).computeIfAbsent(key, k -> Compiled.of(pattern.get(), lang)).format(args);
    }

    public Set<String> keys(Lang lang) {
        return bundles.get(lang).stringPropertyNames();
    }
}
