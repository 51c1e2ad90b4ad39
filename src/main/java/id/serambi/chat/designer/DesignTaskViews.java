package id.serambi.chat.designer;

import id.serambi.chat.engine.Menu;
import id.serambi.chat.engine.MenuNode;
import id.serambi.chat.engine.Task;
import id.serambi.chat.menu.ApiChecks;
import id.serambi.content.Text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static id.serambi.chat.designer.DesignViews.Choice;
import static id.serambi.chat.designer.DesignViews.Field;
import static id.serambi.chat.designer.DesignViews.Typed;

/** The practice tasks on the edit page: a form per task and one to add a task. */
final class DesignTaskViews {
    /** The anchor and form name of the form that adds a task. */
    static final String NEW = "t-baru";

    private final DesignViews views;

    DesignTaskViews(DesignViews views) {
        this.views = views;
    }

    /** One task's form; {@code task} is its id, empty for the form that adds one. */
    record TaskForm(String id, String task, String heading, String summary, List<Field> fields, List<String> errors,
                    boolean open) {
    }

    static String formId(String taskId) {
        return taskId.isEmpty() ? NEW : "t-" + taskId;
    }

    List<TaskForm> tasks(Menu m, Optional<Typed> typed) {
        List<TaskForm> out = new ArrayList<>();
        for (Task task : m.tasks()) {
            out.add(form(m, task.id(), task.prompt(), Optional.of(task), typed));
        }
        return out;
    }

    TaskForm adding(Menu m, Optional<Typed> typed) {
        return form(m, "", Text.of(""), Optional.empty(), typed);
    }

    private TaskForm form(Menu m, String taskId, Text prompt, Optional<Task> task, Optional<Typed> typed) {
        String id = formId(taskId);
        Typed t = typed.filter(x -> x.form().equals(id)).orElse(null);
        Map<String, String> v = new HashMap<>();
        v.put("prompt", prompt.id());
        v.put("prompt_en", prompt.en().orElse(""));
        v.put("goal", task.map(x -> DesignTree.pathText(x.goal())).orElse(""));
        v.put("par", task.map(x -> String.valueOf(x.par())).orElse(""));
        String chosen = DesignViews.value(v, t, "goal");
        List<Choice> goals = new ArrayList<>();
        if (task.isEmpty()) {
            goals.add(new Choice("", views.text("designer.task.goal.choose"), chosen.isEmpty()));
        }
        leaves(m.root(), List.of(), chosen, goals);
        Field goal = views.field(id, "goal", "select", false, v, t);
        List<Field> fields = List.of(views.field(id, "prompt", "textarea", true, v, t),
                views.field(id, "prompt_en", "text", false, v, t),
                new Field(goal.name(), goal.id(), goal.label(), goal.hint(), chosen, "select", goal.error(), goals,
                        false),
                views.field(id, "par", "number", false, v, t));
        String heading = task.isEmpty() ? views.text("designer.task.add.heading") : prompt.in(views.lang());
        String summary = task.map(x -> views.text("designer.task.summary", Menu.display(x.goal()), x.par()))
                .orElse("");
        return new TaskForm(id, taskId, heading, summary, fields, DesignViews.formErrors(t), t != null);
    }

    /** Every answer of the tree as a goal to choose, in reading order: {@code 2 > 1: Domisili}. */
    private static void leaves(MenuNode node, List<Integer> path, String chosen, List<Choice> out) {
        if (node instanceof MenuNode.SubMenu sub) {
            for (int i = 0; i < sub.options().size(); i++) {
                leaves(sub.options().get(i), ApiChecks.child(path, i + 1), chosen, out);
            }
            return;
        }
        String value = DesignTree.pathText(path);
        out.add(new Choice(value, Menu.display(path) + ": " + node.label(), value.equals(chosen)));
    }
}
