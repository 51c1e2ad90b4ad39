package id.serambi.chat.designer;

import id.serambi.chat.engine.Menu;
import id.serambi.chat.engine.MenuNode;
import id.serambi.chat.engine.Task;
import id.serambi.content.Text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static id.serambi.chat.designer.DesignForm.optional;
import static id.serambi.chat.designer.DesignForm.required;

/**
 * The designer's edits of a menu's practice tasks: a prompt (Indonesian, English optional), the
 * answer it leads to and its par. A task keeps its id once made, because learners' results are
 * stored under it.
 */
final class DesignTasks {
    /** Enough scenarios for a workshop; more would only make the page long. */
    static final int MAX_TASKS = 20;
    private static final int MAX_PAR = 100;

    private DesignTasks() {
    }

    /** Adds a task ({@code id} empty) or changes the task with that id. */
    static DesignEdit save(Menu m, String id, Map<String, String> in) {
        boolean adding = id.isEmpty();
        if (!adding && m.task(id).isEmpty()) {
            return DesignEdit.gone();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (adding && m.tasks().size() >= MAX_TASKS) {
            errors.put("!tasks", "designer.error.tasks.many");
        }
        String prompt = required(in, "prompt", errors);
        Optional<List<Integer>> goal = DesignTree.path(DesignForm.text(in, "goal"))
                .filter(p -> !p.isEmpty() && m.node(p).filter(n -> !(n instanceof MenuNode.SubMenu)).isPresent());
        if (goal.isEmpty()) {
            errors.put("goal", "designer.error.goal");
        }
        // an empty par is the fewest messages that reach the goal
        Optional<Integer> par = DesignForm.text(in, "par").isEmpty() && goal.isPresent()
                ? Optional.of(leastMessages(goal.get()))
                : DesignForm.number(in, "par", 1, MAX_PAR, "designer.error.par", errors);
        if (goal.isPresent() && par.isPresent() && par.get() < goal.get().size()) {
            errors.put("par", "designer.error.par.short");
        }
        if (!errors.isEmpty()) {
            return DesignEdit.failed(errors);
        }
        Task task = new Task(adding ? freeId(m, prompt) : id, new Text(prompt, optional(in, "prompt_en")),
                goal.get(), par.get());
        List<Task> tasks = new ArrayList<>();
        for (Task t : m.tasks()) {
            tasks.add(t.id().equals(id) ? task : t);
        }
        if (adding) {
            tasks.add(task);
        }
        return DesignEdit.of(DesignTree.withTasks(m, tasks));
    }

    static DesignEdit delete(Menu m, String id) {
        if (m.task(id).isEmpty()) {
            return DesignEdit.gone();
        }
        return DesignEdit.of(DesignTree.withTasks(m, m.tasks().stream().filter(t -> !t.id().equals(id)).toList()));
    }

    /** The fewest messages to reach {@code goal}: the trigger word, then one number per level. */
    static int leastMessages(List<Integer> goal) {
        return goal.size() + 1;
    }

    /** An id from the prompt's first words, as the file format wants ({@code syarat-sk-usaha}), unused in the menu. */
    static String freeId(Menu m, String prompt) {
        String ascii = Normalizer.normalize(prompt, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        int length = 0;
        for (String w : ascii.split("[^a-z0-9]+")) {
            if (!w.isEmpty() && length + w.length() <= 40) {
                words.add(w);
                length += w.length() + 1;
            }
        }
        String base = words.isEmpty() ? "latihan" : String.join("-", words);
        String id = base;
        for (int n = 2; m.task(id).isPresent(); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
