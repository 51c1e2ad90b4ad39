package id.serambi.instagram.web;

import id.serambi.i18n.Messages;
import id.serambi.instagram.model.Finding;
import id.serambi.instagram.store.Plans;
import id.serambi.web.Pages;
import id.serambi.web.Visitor;
import io.javalin.http.Context;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Renders a page of one plan with what they all show: the plan's name, the tabs, the count of findings. */
final class PlanPages {
    /** The tabs of a plan, in order: path under the plan, and the message key of the label. */
    static final List<String[]> TABS = List.of(new String[]{"", "ig.tab.plan"},
            new String[]{"/pratinjau", "ig.tab.preview"}, new String[]{"/kalender", "ig.tab.calendar"},
            new String[]{"/daftar", "ig.tab.list"}, new String[]{"/periksa", "ig.tab.checks"});

    private final Pages pages;
    private final Messages messages;
    private final Plans plans;

    PlanPages(Pages pages, Messages messages, Plans plans) {
        this.pages = pages;
        this.messages = messages;
        this.plans = plans;
    }

    PlannerViews views(Context ctx) {
        return new PlannerViews(messages, Visitor.of(ctx).lang());
    }

    void render(Context ctx, String template, Plans.Opened opened, String tab, Map<String, Object> model) {
        PlannerViews v = views(ctx);
        String base = PlannerRequests.base(opened);
        List<Finding> findings = plans.findings(opened);
        Map<String, Object> all = new HashMap<>(model);
        all.put("plan", opened.plan());
        all.put("planId", opened.id());
        all.put("base", base);
        all.put("planVersion", opened.version());
        all.put("findingCount", findings.size());
        all.put("task", opened.task().map(t -> Map.of("title", t.title().in(v.lang()), "url", t.url())).orElse(null));
        all.put("tabs", TABS.stream().map(t -> Map.of("url", base + t[0], "label", v.text(t[1]),
                "current", t[0].equals(tab))).toList());
        all.putIfAbsent("pageStyle", PlannerViews.STYLE);
        all.putIfAbsent("pageScript", PlannerViews.SCRIPT);
        pages.render(ctx, "instagram/" + template, all);
    }

    Plans plans() {
        return plans;
    }
}
