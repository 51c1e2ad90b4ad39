package id.serambi.course;

import id.serambi.content.Text;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A checklist from {@code content/checklists/<id>.yaml}: steps a learner does in the real world
 * (setting up the office's WhatsApp Business, say) and ticks one by one. Done when every step is
 * ticked; a tick for a step the file no longer lists is ignored.
 */
public record Checklist(String id, Text title, Text description, List<Step> steps) {

    public Checklist {
        steps = List.copyOf(steps);
    }

    /** One step: what to do, and how, in plain words. */
    public record Step(String id, Text title, Text text) {
    }

    public Optional<Step> step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    /** How many of the steps are among {@code ticked}. */
    public int ticked(Set<String> ticked) {
        return (int) steps.stream().filter(s -> ticked.contains(s.id())).count();
    }

    public boolean complete(Set<String> ticked) {
        return !steps.isEmpty() && ticked(ticked) == steps.size();
    }
}
