package id.serambi.chat.simulator;

/** A practice task reached: in how many citizen messages, against the task's par, and when (real time). */
public record TaskResult(String task, int messages, int par, long reachedAt) {
}
