package id.serambi.chat.engine;

import id.serambi.content.Text;

import java.util.List;

/**
 * A practice scenario bundled with a menu: the learner plays the citizen and must reach the
 * option at {@code goal} within about {@code par} messages.
 */
public record Task(String id, Text prompt, List<Integer> goal, int par) {
    public Task {
        goal = List.copyOf(goal);
    }
}
