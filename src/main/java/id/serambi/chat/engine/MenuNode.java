package id.serambi.chat.engine;

import java.util.List;
import java.util.Optional;

/**
 * One numbered option of a menu. Inner nodes are sub-menus; leaves answer with a text or hand
 * the chat to a person. Every node has a quick-reply shortcut, so that in the free WhatsApp
 * Business app a staff member can send its text by typing "/" and the shortcut.
 */
public sealed interface MenuNode permits MenuNode.SubMenu, MenuNode.Reply, MenuNode.HandOff {

    /** The option's name in the numbered list; also the button or list-row title in API mode. */
    String label();

    /** The quick-reply shortcut without its "/", e.g. {@code alamat}. */
    String shortcut();

    /** A line under the label in a list message (API mode). */
    Optional<String> description();

    /** The message text as the author wrote it (before option lists and footer are added). */
    String text();

    /** A sub-menu: its intro text, then its options numbered from 1. */
    record SubMenu(String label, String shortcut, Optional<String> description, String text,
                   List<MenuNode> options, Optional<Presentation> api) implements MenuNode {
        public SubMenu {
            options = List.copyOf(options);
        }
    }

    /** An answer; a service answer also carries the six components of a service standard. */
    record Reply(String label, String shortcut, Optional<String> description, String text,
                 Optional<Service> service) implements MenuNode {
    }

    /** Puts the chat in the queue for a staff member; the text tells the citizen to wait. */
    record HandOff(String label, String shortcut, Optional<String> description, String text) implements MenuNode {
    }
}
