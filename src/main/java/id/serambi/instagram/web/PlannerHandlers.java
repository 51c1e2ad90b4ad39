package id.serambi.instagram.web;

import id.serambi.i18n.Messages;
import id.serambi.instagram.store.Plans;
import id.serambi.web.Pages;

import id.serambi.i18n.Lang;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/** The planner's handlers, built together since they share their page renderer. */
public record PlannerHandlers(PlannerController planner, PlanEditController edit, PlanViewController view) {

    /** @param moduleOf the title (in the reader's language) and address of the module that lists a task, if one does */
    public static PlannerHandlers of(Plans plans, Pages pages, Messages messages, Clock clock,
                                     BiFunction<String, Lang, Optional<Map<String, String>>> moduleOf) {
        PlanPages planPages = new PlanPages(pages, messages, plans);
        return new PlannerHandlers(new PlannerController(planPages, pages, clock, moduleOf), new PlanEditController(planPages),
                new PlanViewController(planPages));
    }
}
