package id.serambi.chat.simulator;

import id.serambi.chat.engine.ChatMessage;
import id.serambi.chat.engine.Task;

import java.util.List;
import java.util.OptionalInt;

/**
 * How a learner did on a practice task: whether the goal's answer has been sent in the chat
 * (by the bot, or as a staff quick reply in app mode), and after how many citizen messages.
 */
public record Practice(Task task, OptionalInt messagesToGoal) {

    public static Practice of(Task task, List<ChatMessage> transcript) {
        int citizen = 0;
        for (ChatMessage m : transcript) {
            if (m.author() == ChatMessage.Author.CITIZEN) {
                citizen++;
            } else if (m.node().equals(task.goal()) && m.kind() != ChatMessage.Kind.FALLBACK) {
                return new Practice(task, OptionalInt.of(citizen));
            }
        }
        return new Practice(task, OptionalInt.empty());
    }

    public boolean reached() {
        return messagesToGoal.isPresent();
    }

    /** Reached in no more messages than the task's par. */
    public boolean withinPar() {
        return reached() && messagesToGoal.getAsInt() <= task.par();
    }
}
