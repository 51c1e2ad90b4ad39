package id.serambi.chat.engine;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One bubble of a chat transcript.
 *
 * @param node        the menu node the message shows or answers ({@code []} is the top menu); empty
 *                    list for messages that are not about a node
 * @param interactive the buttons or list a bot would attach (API mode)
 */
public record ChatMessage(Instant at, Kind kind, String text, List<Integer> node, Optional<Interactive> interactive) {

    public enum Author { CITIZEN, OFFICE, STAFF }

    public enum Kind {
        /** Typed by the citizen. */
        INCOMING(Author.CITIZEN),
        GREETING(Author.OFFICE),
        AWAY(Author.OFFICE),
        /** The top menu or a sub-menu. */
        MENU(Author.OFFICE),
        ANSWER(Author.OFFICE),
        HANDOFF(Author.OFFICE),
        FALLBACK(Author.OFFICE),
        /** A staff member's quick reply, sent with its /shortcut. */
        QUICK_REPLY(Author.STAFF),
        /** A staff member's own words. */
        OPERATOR(Author.STAFF);

        private final Author author;

        Kind(Author author) {
            this.author = author;
        }

        public Author author() {
            return author;
        }
    }

    public ChatMessage {
        node = List.copyOf(node);
    }

    public Author author() {
        return kind.author();
    }
}
