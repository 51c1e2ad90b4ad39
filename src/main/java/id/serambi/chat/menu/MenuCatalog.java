package id.serambi.chat.menu;

import id.serambi.chat.engine.ChatEngine;
import id.serambi.chat.engine.Menu;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The bundled WhatsApp menus, each with its engine, ready to serve; immutable. */
public final class MenuCatalog {
    private final Map<String, ChatEngine> engines;

    public MenuCatalog(Collection<Menu> menus) {
        Map<String, ChatEngine> byId = new LinkedHashMap<>();
        for (Menu menu : menus) {
            byId.put(menu.id(), new ChatEngine(menu));
        }
        this.engines = Map.copyOf(byId);
    }

    /** Loads every menu under {@code root}; the content must have passed validation first. */
    public static MenuCatalog load(Path root) {
        return new MenuCatalog(new MenuLoader().loadAll(root).values().stream()
                .map(result -> result.menu().orElseThrow(() -> new IllegalStateException(
                        "menu with problems: " + result.problems())))
                .toList());
    }

    public Optional<ChatEngine> engine(String id) {
        return Optional.ofNullable(engines.get(id));
    }

    public Optional<Menu> menu(String id) {
        return engine(id).map(ChatEngine::menu);
    }

    public Collection<ChatEngine> engines() {
        return engines.values();
    }
}
