package id.serambi.chat.simulator;

import id.serambi.chat.engine.ChatMessage;
import id.serambi.chat.engine.ChatState;
import id.serambi.chat.engine.Mode;

import java.util.List;
import java.util.Optional;

/**
 * One visitor's simulator chat on one menu, as stored: who answers, how far the trainee moved the
 * clock, the engine's state, the practice task under way, and the transcript.
 *
 * @param clockOffset milliseconds the simulated clock runs ahead of the real one; it keeps ticking
 * @param revision    the stored row's revision, for updates that must not overwrite another's;
 *                    {@code -1} for a chat not stored yet
 */
public record SimChat(Mode mode, long clockOffset, ChatState state, Optional<String> task,
                      List<ChatMessage> messages, int revision) {

    public SimChat {
        messages = List.copyOf(messages);
    }

    /** A chat that has not started: the real time, nobody has written yet. */
    public static SimChat fresh(Mode mode, Optional<String> task) {
        return new SimChat(mode, 0, ChatState.NEW, task, List.of(), -1);
    }

    SimChat with(Mode newMode, long newOffset, ChatState newState, List<ChatMessage> newMessages) {
        return new SimChat(newMode, newOffset, newState, task, newMessages, revision);
    }
}
