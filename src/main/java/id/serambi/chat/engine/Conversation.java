package id.serambi.chat.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One chat with its transcript, for a simulator session: a thin, mutable holder around the pure
 * {@link ChatEngine}. Not thread-safe; one per chat. The mode can be switched mid-chat, as a
 * trainer does to compare the free app with a bot.
 */
public final class Conversation {
    private final ChatEngine engine;
    private Mode mode;
    private ChatState state;
    private final List<ChatMessage> transcript = new ArrayList<>();

    public Conversation(ChatEngine engine, Mode mode) {
        this(engine, mode, ChatState.NEW, List.of());
    }

    /** Resumes a stored chat. */
    public Conversation(ChatEngine engine, Mode mode, ChatState state, List<ChatMessage> transcript) {
        this.engine = engine;
        this.mode = mode;
        this.state = state;
        this.transcript.addAll(transcript);
    }

    /** The citizen sends {@code text} at {@code at}. */
    public Step send(String text, Instant at) {
        return apply(engine.receive(state, mode, text, at));
    }

    /** The staff member sends {@code text} (or a "/shortcut") at {@code at}. */
    public Step staff(String text, Instant at) {
        return apply(engine.staff(state, text, at));
    }

    /** The staff member hands the chat back to the bot. */
    public void release() {
        state = engine.release(state);
    }

    private Step apply(Step step) {
        if (step.sent()) {
            state = step.state();
            transcript.addAll(step.messages());
        }
        return step;
    }

    public ChatEngine engine() {
        return engine;
    }

    public Mode mode() {
        return mode;
    }

    public void mode(Mode mode) {
        this.mode = mode;
    }

    public ChatState state() {
        return state;
    }

    public List<ChatMessage> transcript() {
        return List.copyOf(transcript);
    }

    /** How many messages the citizen has sent. */
    public int citizenMessages() {
        int n = 0;
        for (ChatMessage m : transcript) {
            n += m.author() == ChatMessage.Author.CITIZEN ? 1 : 0;
        }
        return n;
    }
}
