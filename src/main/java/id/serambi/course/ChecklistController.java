package id.serambi.course;

import id.serambi.i18n.Lang;
import id.serambi.web.Pages;
import id.serambi.web.Visitor;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A checklist's page and its ticks: each step is ticked (or unticked) by a plain form post that
 * comes back to the step, so it works without JavaScript; the ticks are the learner's progress.
 */
public final class ChecklistController {
    private final Checklists checklists;
    private final ChecklistStore store;
    private final CourseSource course;
    private final Pages pages;
    private final Clock clock;

    public ChecklistController(Checklists checklists, ChecklistStore store, CourseSource course, Pages pages,
                               Clock clock) {
        this.checklists = checklists;
        this.store = store;
        this.course = course;
        this.pages = pages;
        this.clock = clock;
    }

    /** A step as the page shows it. */
    public record StepView(int number, String id, String title, String text, boolean ticked) {
    }

    /** The checklists a learner has completed: every step ticked. */
    public Set<String> completed(String learnerId) {
        return checklists.completed(store.ticked(learnerId));
    }

    public void show(Context ctx) {
        Checklist checklist = find(ctx);
        Visitor visitor = Visitor.of(ctx);
        Lang lang = visitor.lang();
        Set<String> ticked = visitor.knownLearner()
                ? store.ticked(visitor.learnerId()).getOrDefault(checklist.id(), Set.of()) : Set.of();
        List<Checklist.Step> steps = checklist.steps();
        List<StepView> views = new java.util.ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Checklist.Step s = steps.get(i);
            views.add(new StepView(i + 1, s.id(), s.title().in(lang), s.text().in(lang), ticked.contains(s.id())));
        }
        Optional<Module> module = moduleOf(checklist.id());
        Map<String, Object> model = new HashMap<>();
        model.put("checklist", Map.of("id", checklist.id(), "title", checklist.title().in(lang),
                "description", checklist.description().in(lang), "url", "/daftar-periksa/" + checklist.id()));
        model.put("steps", views);
        model.put("ticked", checklist.ticked(ticked));
        model.put("total", steps.size());
        model.put("complete", checklist.complete(ticked));
        model.put("module", module.map(m -> Map.of("title", m.title().in(lang), "url", m.url())).orElse(null));
        pages.render(ctx, "course/checklist", model);
    }

    /** {@code centang=1} ticks the step {@code langkah}, {@code centang=0} unticks it. */
    public void tick(Context ctx) {
        Checklist checklist = find(ctx);
        String stepId = Optional.ofNullable(ctx.formParam("langkah")).orElse("");
        Checklist.Step step = checklist.step(stepId).orElseThrow(NotFoundResponse::new);
        String learner = Visitor.of(ctx).learnerId();
        if ("0".equals(ctx.formParam("centang"))) {
            store.untick(learner, checklist.id(), step.id());
        } else {
            store.tick(learner, checklist.id(), step.id(), clock.millis());
        }
        ctx.redirect("/daftar-periksa/" + checklist.id() + "#langkah-" + step.id(), HttpStatus.SEE_OTHER);
    }

    private Checklist find(Context ctx) {
        return checklists.checklist(ctx.pathParam("checklist")).orElseThrow(NotFoundResponse::new);
    }

    private Optional<Module> moduleOf(String checklistId) {
        return course.catalog().modules().stream()
                .filter(m -> m.items().stream().anyMatch(i -> i instanceof Item.Checklist c && c.id().equals(checklistId)))
                .findFirst();
    }
}
