package id.serambi.inbox.model;

import id.serambi.content.Text;

import java.util.List;
import java.util.Optional;

/**
 * A simulated WhatsApp inbox, {@code content/inbox/<id>.yaml}: messages a learner judges one by one.
 *
 * @param office the office's name and published number, read from its menu's profile, if named
 */
public record Inbox(String id, Text title, Text description, Optional<Office> office, List<Message> messages) {

    public Inbox {
        messages = List.copyOf(messages);
    }

    /** The office the inbox's learner lives under, with the number it publishes. */
    public record Office(String menu, String name, String number) {
    }

    public Optional<Message> message(String messageId) {
        return messages.stream().filter(m -> m.id().equals(messageId)).findFirst();
    }
}
