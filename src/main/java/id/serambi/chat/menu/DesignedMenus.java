package id.serambi.chat.menu;

import id.serambi.chat.engine.ChatEngine;

import java.util.Optional;

/** Menus designed in the browser, found for the visitor who owns them, so the simulator and export serve them. */
public interface DesignedMenus {
    DesignedMenus NONE = (menuId, learnerId) -> Optional.empty();

    /** The engine of the menu's current version; empty when there is none or it is someone else's. */
    Optional<ChatEngine> engine(String menuId, String learnerId);
}
