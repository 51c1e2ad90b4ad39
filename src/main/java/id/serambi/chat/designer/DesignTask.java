package id.serambi.chat.designer;

import id.serambi.content.Text;

import java.util.List;

/**
 * A design-to-order task from {@code content/design-tasks/<id>.yaml}: what to build in the menu
 * designer ({@code instructions}), and the services the menu must offer, each found by its
 * keywords in an answer's label or first line and complete with the six components of a service
 * standard. A design passes when every required service is there, complete, and the menu passes
 * every check of the designer.
 */
public record DesignTask(String id, Text title, Text instructions, List<Required> services) {

    public DesignTask {
        services = List.copyOf(services);
    }

    /** A service the menu must offer: its name, and the words (any one of them) that find it. */
    public record Required(Text name, List<String> keywords) {
        public Required {
            keywords = List.copyOf(keywords);
        }
    }
}
