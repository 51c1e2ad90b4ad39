package id.serambi.chat.engine;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything the engine remembers about one chat, small enough to store in a row.
 *
 * @param lastActivity the last message in either direction: the greeting returns after 14 days without one
 * @param at           the node last shown (a sub-menu or an answer): numbers are read against it
 * @param awaySentAt   when this chat last got the away message, so it is sent once per away stretch
 */
public record ChatState(Optional<Instant> lastActivity, List<Integer> at, Queue queue, Optional<Instant> awaySentAt,
                        Optional<Instant> waitingSince) {

    /** Who the chat is with; a hand-off takes it away from the bot until staff release it. */
    public enum Queue {
        BOT,
        /** Handed off, no staff answer yet: what an operator view lists. */
        WAITING,
        WITH_STAFF
    }

    public static final ChatState NEW = new ChatState(Optional.empty(), List.of(), Queue.BOT, Optional.empty(),
            Optional.empty());

    public ChatState {
        at = List.copyOf(at);
    }

    ChatState withActivity(Instant t) {
        return new ChatState(Optional.of(t), at, queue, awaySentAt, waitingSince);
    }

    ChatState withAt(List<Integer> path) {
        return new ChatState(lastActivity, path, queue, awaySentAt, waitingSince);
    }

    ChatState withAwaySent(Optional<Instant> t) {
        return new ChatState(lastActivity, at, queue, t, waitingSince);
    }

    ChatState withQueue(Queue q, Optional<Instant> since) {
        return new ChatState(lastActivity, at, q, awaySentAt, since);
    }
}
