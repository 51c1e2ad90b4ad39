package id.serambi.chat.engine;

import java.util.List;
import java.util.Optional;

/**
 * How a sub-menu is shown by a bot on the WhatsApp Business Platform (API mode): as numbered
 * text, as up to three reply buttons, or as a list message opened by a button. Kept apart from the
 * options themselves so the platform's limits can be checked against exactly what would be sent.
 *
 * @param button   the list message's button text
 * @param sections list sections; each names its options by number. Empty means one untitled
 *                 section with every option
 */
public record Presentation(Type type, Optional<String> button, List<Section> sections) {

    public enum Type {
        TEXT, BUTTONS, LIST;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public record Section(Optional<String> title, List<Integer> options) {
        public Section {
            options = List.copyOf(options);
        }
    }

    public Presentation {
        sections = List.copyOf(sections);
    }

    /** The sections as sent: the declared ones, or one section holding all {@code optionCount} options. */
    public List<Section> effectiveSections(int optionCount) {
        if (!sections.isEmpty()) {
            return sections;
        }
        List<Integer> all = java.util.stream.IntStream.rangeClosed(1, optionCount).boxed().toList();
        return List.of(new Section(Optional.empty(), all));
    }
}
