package id.serambi.chat.engine;

import java.util.List;

/** A saved reply a staff member sends in the WhatsApp Business app by typing "/" and its shortcut. */
public record QuickReply(String shortcut, String label, List<Integer> node, String text) {
    public QuickReply {
        node = List.copyOf(node);
    }
}
