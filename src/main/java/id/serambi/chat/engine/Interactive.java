package id.serambi.chat.engine;

import java.util.List;
import java.util.Optional;

/**
 * An interactive message as the WhatsApp Business Platform sends it: reply buttons (one section
 * of rows, shown as buttons) or a list message opened by {@code button}. Row ids are option
 * numbers, so a tap is answered like typing the number.
 */
public record Interactive(Presentation.Type type, String body, Optional<String> button, List<Section> sections) {

    public Interactive {
        sections = List.copyOf(sections);
    }

    public record Section(Optional<String> title, List<Row> rows) {
        public Section {
            rows = List.copyOf(rows);
        }
    }

    public record Row(int number, String title, Optional<String> description) {
    }
}
