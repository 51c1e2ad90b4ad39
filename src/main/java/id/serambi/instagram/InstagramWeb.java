package id.serambi.instagram;

import id.serambi.i18n.Messages;
import id.serambi.instagram.model.PlanChecks;
import id.serambi.instagram.model.SaraWords;
import id.serambi.instagram.model.TaskCatalog;
import id.serambi.instagram.store.PlanStore;
import id.serambi.instagram.store.Plans;
import id.serambi.instagram.web.PlannerHandlers;
import id.serambi.web.Pages;
import org.jdbi.v3.core.Jdbi;

import id.serambi.i18n.Lang;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.Set;

/** The Instagram content planner's parts: its store, its plans, and the handlers the route table points to. */
public final class InstagramWeb {
    private final Plans plans;
    private final PlannerHandlers handlers;

    /** @param moduleOf the title (in the reader's language) and address of the module that lists a task, if one does */
    public InstagramWeb(Jdbi jdbi, TaskCatalog tasks, Pages pages, Messages messages, Clock clock,
                        BiFunction<String, Lang, Optional<Map<String, String>>> moduleOf) {
        this.plans = new Plans(new PlanStore(jdbi), tasks, new PlanChecks(SaraWords.bundled()), clock);
        this.handlers = PlannerHandlers.of(plans, pages, messages, clock, moduleOf);
    }

    public PlannerHandlers handlers() {
        return handlers;
    }

    /** The practice tasks {@code learnerId} has passed, for progress. */
    public Set<String> completed(String learnerId) {
        return plans.completed(learnerId);
    }
}
