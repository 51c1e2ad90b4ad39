package id.serambi.instagram.web;

import id.serambi.i18n.Lang;
import id.serambi.instagram.model.Finding;
import id.serambi.instagram.model.Plan;
import id.serambi.instagram.model.Task;
import id.serambi.instagram.store.PlanStore;
import id.serambi.instagram.store.Plans;
import id.serambi.web.Pages;
import id.serambi.web.Visitor;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The planner's front page (the visitor's plans, a new plan, the practice tasks), deleting a
 * plan, and the task pages: start a task's plan, send it to be checked.
 */
public final class PlannerController {
    /** Kelurahan Madatte's time zone, in which "next Monday" is reckoned. */
    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private final PlanPages planPages;
    private final Pages pages;
    private final Plans plans;
    private final Clock clock;
    private final BiFunction<String, Lang, Optional<Map<String, String>>> moduleOf;

    PlannerController(PlanPages planPages, Pages pages, Clock clock, BiFunction<String, Lang, Optional<Map<String, String>>> moduleOf) {
        this.planPages = planPages;
        this.pages = pages;
        this.plans = planPages.plans();
        this.clock = clock;
        this.moduleOf = moduleOf;
    }

    private LocalDate nextMonday() {
        return LocalDate.now(clock.withZone(WITA)).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    public void list(Context ctx) {
        listPage(ctx, Map.of(), Map.of());
    }

    private void listPage(Context ctx, Map<String, String> typed, Map<String, String> errors) {
        PlannerViews v = planPages.views(ctx);
        String owner = Visitor.of(ctx).learnerId();
        List<Map<String, Object>> mine = new ArrayList<>();
        for (PlanStore.Summary s : plans.mine(owner)) {
            mine.add(Map.of("title", s.title(), "url", "/instagram/" + s.id(), "version", s.version(),
                    "task", s.task().flatMap(plans.tasks()::task).map(t -> t.title().in(v.lang())).orElse("")));
        }
        Set<String> done = plans.completed(owner);
        List<Map<String, Object>> tasks = plans.tasks().tasks().stream().map(t -> Map.<String, Object>of(
                "title", t.title().in(v.lang()), "url", t.url(), "done", done.contains(t.id()))).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("mine", mine);
        model.put("tasks", tasks);
        model.put("values", typed.isEmpty() ? Map.of("title", v.text("ig.new.default.title"), "start",
                nextMonday().toString()) : typed);
        model.put("errors", errors);
        model.put("pageStyle", PlannerViews.STYLE);
        model.put("path", "/instagram");
        pages.render(ctx, "instagram/list", model);
    }

    public void create(Context ctx) {
        Map<String, String> in = PlannerRequests.form(ctx);
        String title = in.getOrDefault("title", "").strip();
        Map<String, String> errors = new HashMap<>();
        PlannerViews v = planPages.views(ctx);
        if (title.isEmpty()) {
            errors.put("title", v.text("ig.error.required"));
        } else if (title.length() > 200) {
            errors.put("title", v.text("ig.error.long", title.length(), 200));
        }
        Optional<LocalDate> start = Optional.empty();
        try {
            start = Optional.of(LocalDate.parse(in.getOrDefault("start", "").strip()));
        } catch (DateTimeParseException e) {
            errors.put("start", v.text("ig.error.date"));
        }
        if (!errors.isEmpty()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            listPage(ctx, in, errors);
            return;
        }
        String id = plans.create(Visitor.of(ctx).learnerId(), Plan.blank(title, start.get()), Optional.empty());
        ctx.redirect("/instagram/" + id, HttpStatus.SEE_OTHER);
    }

    public void delete(Context ctx) {
        Plans.Opened opened = PlannerRequests.plan(plans, ctx);
        plans.delete(Visitor.of(ctx).learnerId(), opened.id());
        ctx.redirect("/instagram", HttpStatus.SEE_OTHER);
    }

    private Task task(Context ctx) {
        return plans.tasks().task(ctx.pathParam("task")).orElseThrow(NotFoundResponse::new);
    }

    /** The visitor's newest plan for the task, if they started one. */
    private Optional<Plans.Opened> taskPlan(String owner, Task task) {
        return plans.mine(owner).stream().filter(s -> s.task().equals(Optional.of(task.id()))).findFirst()
                .flatMap(s -> plans.open(owner, s.id()));
    }

    public void taskPage(Context ctx) {
        Task task = task(ctx);
        taskPageWith(ctx, task, Optional.empty());
    }

    private void taskPageWith(Context ctx, Task task, Optional<List<Finding>> checked) {
        PlannerViews v = planPages.views(ctx);
        String owner = Visitor.of(ctx).learnerId();
        Optional<Plans.Opened> plan = taskPlan(owner, task);
        Map<String, Object> model = new HashMap<>();
        model.put("task", Map.of("title", task.title().in(v.lang()), "brief", task.brief().in(v.lang()),
                "url", task.url(), "weeks", task.weeks(), "fromPlan", task.start().isPresent()));
        model.put("done", plans.completed(owner).contains(task.id()));
        model.put("module", moduleOf.apply(task.id(), v.lang()).orElse(null));
        model.put("planUrl", plan.map(p -> "/instagram/" + p.id()).orElse(null));
        model.put("checked", checked.isPresent());
        model.put("findings", checked.map(list -> list.stream().map(f -> v.finding(plan.orElseThrow().plan(), f))
                .toList()).orElse(List.of()));
        model.put("pageStyle", PlannerViews.STYLE);
        pages.render(ctx, "instagram/task", model);
    }

    /** Starts the task: a copy of its plan to fix, or a new plan from next Monday; once started, the same plan. */
    public void startTask(Context ctx) {
        Task task = task(ctx);
        String owner = Visitor.of(ctx).learnerId();
        Optional<Plans.Opened> existing = taskPlan(owner, task);
        String id = existing.map(Plans.Opened::id).orElseGet(() -> plans.create(owner,
                task.start().orElseGet(() -> Plan.blank(task.title().id(), nextMonday())), Optional.of(task.id())));
        ctx.redirect("/instagram/" + id, HttpStatus.SEE_OTHER);
    }

    public void submitTask(Context ctx) {
        Task task = task(ctx);
        String owner = Visitor.of(ctx).learnerId();
        Plans.Opened plan = taskPlan(owner, task).orElseThrow(NotFoundResponse::new);
        List<Finding> found = plans.submit(owner, plan);
        if (!found.isEmpty()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
        }
        taskPageWith(ctx, task, Optional.of(found));
    }
}
