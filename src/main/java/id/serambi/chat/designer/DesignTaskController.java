package id.serambi.chat.designer;

import id.serambi.chat.engine.Menu;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.web.Pages;
import id.serambi.web.Visitor;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A design-to-order task's page: what to build, the learner's designs to pick from, and after
 * asking for a check, what the chosen design still lacks, in plain words. A pass is stored as the
 * learner's progress; the check itself is {@link DesignTaskCheck}'s.
 */
public final class DesignTaskController {
    private final DesignTaskCatalog tasks;
    private final Designs designs;
    private final DesignTaskStore store;
    private final Pages pages;
    private final Messages messages;
    private final Clock clock;
    private final BiFunction<String, Lang, Optional<Map<String, String>>> moduleOf;

    /** @param moduleOf the title (in the reader's language) and address of the module that lists a task, if one does */
    public DesignTaskController(DesignTaskCatalog tasks, Designs designs, DesignTaskStore store, Pages pages,
                                Messages messages, Clock clock,
                                BiFunction<String, Lang, Optional<Map<String, String>>> moduleOf) {
        this.tasks = tasks;
        this.designs = designs;
        this.store = store;
        this.pages = pages;
        this.messages = messages;
        this.clock = clock;
        this.moduleOf = moduleOf;
    }

    /** The design tasks a learner has passed. */
    public Set<String> passed(String learnerId) {
        return store.passed(learnerId);
    }

    /** One of the learner's designs to pick. */
    public record Choice(String id, String title, String url, boolean chosen) {
    }

    /** One line of a check's verdict: {@code ok} for a line that passes. */
    public record Line(boolean ok, String text) {
    }

    public void show(Context ctx) {
        DesignTask task = find(ctx);
        Visitor visitor = Visitor.of(ctx);
        Lang lang = visitor.lang();
        String owner = visitor.learnerId();
        String chosenId = Optional.ofNullable(ctx.queryParam("desain")).orElse("");
        List<DesignStore.Summary> mine = visitor.knownLearner() ? designs.mine(owner) : List.of();
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < mine.size(); i++) {
            DesignStore.Summary s = mine.get(i);
            boolean chosen = chosenId.isEmpty() ? i == 0 : s.id().equals(chosenId);
            choices.add(new Choice(s.id(), s.title(), "/desainer/" + s.id(), chosen));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("task", Map.of("id", task.id(), "title", task.title().in(lang),
                "instructions", task.instructions().in(lang), "url", "/tugas-desain/" + task.id()));
        model.put("services", task.services().stream().map(r -> r.name().in(lang)).toList());
        model.put("choices", choices);
        model.put("passed", visitor.knownLearner() && store.passed(owner).contains(task.id()));
        model.put("module", moduleOf.apply(task.id(), lang).orElse(null));
        Optional<Designs.Design> checked = chosenId.isEmpty() ? Optional.empty() : designs.open(owner, chosenId);
        checked.ifPresent(design -> verdict(task, design, lang, model));
        model.put("pageStyle", DesignerRequests.STYLE);
        pages.render(ctx, "chat/designer/task", model);
    }

    /** {@code desain}: the learner's design to check against the task; another's is not found. */
    public void check(Context ctx) {
        DesignTask task = find(ctx);
        String owner = Visitor.of(ctx).learnerId();
        Designs.Design design = designs.open(owner, Optional.ofNullable(ctx.formParam("desain")).orElse(""))
                .orElseThrow(NotFoundResponse::new);
        if (DesignTaskCheck.check(task, design.menu(), design.findings()).passed()) {
            store.pass(owner, task.id(), design.id(), design.version(), clock.millis());
        }
        ctx.redirect("/tugas-desain/" + task.id() + "?desain=" + design.id() + "#hasil", HttpStatus.SEE_OTHER);
    }

    private void verdict(DesignTask task, Designs.Design design, Lang lang, Map<String, Object> model) {
        DesignTaskCheck.Result result = DesignTaskCheck.check(task, design.menu(), design.findings());
        DesignViews views = new DesignViews(messages, lang);
        List<Line> lines = new ArrayList<>();
        for (DesignTaskCheck.ServiceResult s : result.services()) {
            String name = s.required().name().in(lang);
            String where = Menu.display(s.node());
            String text = switch (s.state()) {
                case "ok" -> messages.get(lang, "designtask.result.ok", name, where);
                case "missing" -> messages.get(lang, "designtask.result.missing", name,
                        String.join(messages.get(lang, "designtask.or"),
                                s.required().keywords().stream().map(k -> "\u201c" + k + "\u201d").toList()));
                case "no-standard" -> messages.get(lang, "designtask.result.nostandard", name, where);
                default -> messages.get(lang, "designtask.result.incomplete", name, where, String.join(", ",
                        s.missing().stream().map(c -> messages.get(lang, "designtask.component." + c.key())).toList()));
            };
            lines.add(new Line(s.ok(), text));
        }
        model.put("lines", lines);
        model.put("findings", result.findings().stream().map(views::finding).toList());
        model.put("result", Map.of("passed", result.passed(), "title", design.summary().title(),
                "edit", "/desainer/" + design.id()));
    }

    private DesignTask find(Context ctx) {
        return tasks.task(ctx.pathParam("task")).orElseThrow(NotFoundResponse::new);
    }
}
