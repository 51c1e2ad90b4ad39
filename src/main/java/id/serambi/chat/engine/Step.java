package id.serambi.chat.engine;

import java.util.List;

/**
 * What one message did: the chat's next state and the bubbles to add to the transcript (the
 * message itself first, then any replies). A refused message changes nothing and adds nothing.
 */
public record Step(Outcome outcome, ChatState state, List<ChatMessage> messages) {

    public enum Outcome {
        SENT,
        /** Nothing but spaces: WhatsApp does not send it either. */
        EMPTY,
        /** Over 4,096 characters: refused, never cut silently. */
        TOO_LONG,
        /** A staff "/shortcut" that matches no quick reply. */
        UNKNOWN_SHORTCUT
    }

    public Step {
        messages = List.copyOf(messages);
    }

    public boolean sent() {
        return outcome == Outcome.SENT;
    }

    /** The replies only, without the message that caused them. */
    public List<ChatMessage> replies() {
        return messages.isEmpty() ? List.of() : messages.subList(1, messages.size());
    }
}
