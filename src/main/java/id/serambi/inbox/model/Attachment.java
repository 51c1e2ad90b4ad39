package id.serambi.inbox.model;

import id.serambi.content.Text;

import java.util.Optional;

/**
 * A link or a file sent with a message. Never live: tapping it shows {@code outcome}, what would
 * have happened.
 *
 * @param label the link's address or the file's name, as the chat shows it
 * @param title a link preview's title, or a file's size
 */
public record Attachment(Kind kind, String label, Optional<String> title, Text outcome) {

    public enum Kind {
        LINK, FILE
    }
}
