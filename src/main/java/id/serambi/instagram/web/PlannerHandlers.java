package id.serambi.instagram.web;

import id.serambi.i18n.Messages;
import id.serambi.instagram.store.Plans;
import id.serambi.web.Pages;

import java.time.Clock;

/** The planner's handlers, built together since they share their page renderer. */
public record PlannerHandlers(PlannerController planner, PlanEditController edit, PlanViewController view) {

    public static PlannerHandlers of(Plans plans, Pages pages, Messages messages, Clock clock) {
        PlanPages planPages = new PlanPages(pages, messages, plans);
        return new PlannerHandlers(new PlannerController(planPages, pages, clock), new PlanEditController(planPages),
                new PlanViewController(planPages));
    }
}
