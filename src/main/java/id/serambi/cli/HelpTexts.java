package id.serambi.cli;

import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Picocli reads its help texts from a ResourceBundle; this one hands it the {@code cli.help.*}
 * messages of one language, so help is written in the same bundles as every other text. Picocli's
 * key {@code usage.synopsisHeading} is our {@code cli.help.usage.synopsisHeading}; a command's own
 * texts are qualified by its name ({@code serambi.validate.usage.description}). Each text is the
 * message as MessageFormat writes it, so {@code ''} reaches picocli as one quote.
 */
final class HelpTexts extends java.util.ResourceBundle {
    static final String PREFIX = "cli.help.";

    private final Messages messages;
    private final Lang lang;
    private final Set<String> keys;

    HelpTexts(Messages messages, Lang lang) {
        this.messages = messages;
        this.lang = lang;
        this.keys = messages.keys(lang).stream().filter(k -> k.startsWith(PREFIX))
                .map(k -> k.substring(PREFIX.length())).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    protected Object handleGetObject(String key) {
        return keys.contains(key) ? messages.get(lang, PREFIX + key) : null;
    }

    @Override
    protected Set<String> handleKeySet() {
        return keys;
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(keys);
    }
}
