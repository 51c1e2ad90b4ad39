package id.serambi.instagram.web;

import id.serambi.instagram.model.Finding;
import id.serambi.instagram.model.Plan;
import id.serambi.instagram.model.Post;
import id.serambi.instagram.model.Rule;
import id.serambi.instagram.store.PlanStore;
import id.serambi.instagram.store.Plans;
import id.serambi.web.Visitor;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan as citizens will see it (the profile's grid, one post, a Story), its checks, and as staff
 * take it away: the month's calendar, the list, the printable A4 calendar, and a CSV for the phone.
 */
public final class PlanViewController {
    private final PlanPages pages;
    private final Plans plans;

    PlanViewController(PlanPages pages) {
        this.pages = pages;
        this.plans = pages.plans();
    }

    public void preview(Context ctx) {
        Plans.Opened opened = PlannerRequests.plan(plans, ctx);
        PlannerViews v = pages.views(ctx);
        Plan plan = opened.plan();
        // the grid shows the newest post first, as Instagram does
        List<Post> feed = new ArrayList<>(plan.byTime().stream().filter(p -> !p.story()).toList());
        java.util.Collections.reverse(feed);
        Map<String, Object> model = new HashMap<>();
        model.put("feed", v.posts(opened.id(), plan, feed, List.of()));
        model.put("stories", v.posts(opened.id(), plan, plan.byTime().stream().filter(Post::story).toList(), List.of()));
        model.put("initials", initials(plan.profile().name()));
        model.put("postCount", feed.size());
        model.put("whatsappLink", waLink(plan.profile().whatsapp()));
        pages.render(ctx, "preview", opened, "/pratinjau", model);
    }

    public void post(Context ctx) {
        Plans.Opened opened = PlannerRequests.plan(plans, ctx);
        Post post = opened.plan().post(ctx.pathParam("post")).orElseThrow(NotFoundResponse::new);
        PlannerViews v = pages.views(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("post", v.post(opened.id(), opened.plan(), post, List.of()));
        model.put("initials", initials(opened.plan().profile().name()));
        model.put("comments", plans.practice(opened).comments(opened.plan()).stream()
                .filter(c -> c.postId().equals(post.id()) && c.channel() == id.serambi.instagram.model.Comment.Channel.KOMENTAR)
                .map(c -> v.comment(opened.plan(), c)).toList());
        pages.render(ctx, "view", opened, "/pratinjau", model);
    }

    public void checks(Context ctx) {
        Plans.Opened opened = PlannerRequests.plan(plans, ctx);
        PlannerViews v = pages.views(ctx);
        List<Finding> findings = plans.findings(opened);
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Rule r : Rule.values()) {
            List<Map<String, Object>> texts = findings.stream().filter(f -> f.rule() == r).map(f -> {
                Map<String, Object> m = new HashMap<>();
                m.put("text", v.finding(opened.plan(), f));
                m.put("fix", f.post().isEmpty() ? (r == Rule.PROFILE || r == Rule.WEEKLY ? PlannerRequests.base(opened) + "#profil"
                        : PlannerRequests.base(opened) + "/kiriman/baru")
                        : r == Rule.INTERACTIVE ? PlannerRequests.base(opened) + "#komentar"
                        : PlannerRequests.base(opened) + "/kiriman/" + f.post());
                m.put("fixLabel", v.text(f.post().isEmpty() && r != Rule.PROFILE && r != Rule.WEEKLY ? "ig.checks.add"
                        : r == Rule.INTERACTIVE ? "ig.checks.reply" : "ig.checks.fix"));
                return m;
            }).toList();
            rules.add(Map.of("key", r.key(), "title", v.text("ig.rule." + r.key()), "asks",
                    v.text("ig.rule." + r.key() + ".asks"), "findings", texts, "ok", texts.isEmpty()));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("rules", rules);
        model.put("total", findings.size());
        pages.render(ctx, "checks", opened, "/periksa", model);
    }

    /** The plan's weeks, Monday to Sunday, each day with its posts. */
    private List<Map<String, Object>> weeks(Plans.Opened opened, PlannerViews v) {
        Plan plan = opened.plan();
        LocalDate first = plan.start().minusDays(plan.start().getDayOfWeek().getValue() - 1L);
        List<Map<String, Object>> weeks = new ArrayList<>();
        for (LocalDate week = first; !week.isAfter(plan.end()); week = week.plusDays(7)) {
            List<Map<String, Object>> days = new ArrayList<>();
            for (int d = 0; d < 7; d++) {
                LocalDate day = week.plusDays(d);
                List<Post> on = plan.byTime().stream().filter(p -> p.date().filter(day::equals).isPresent()).toList();
                Map<String, Object> m = new HashMap<>();
                m.put("date", v.shortDate(day));
                m.put("long", v.date(day));
                m.put("number", day.getDayOfMonth());
                m.put("inPlan", !day.isBefore(plan.start()) && !day.isAfter(plan.end()));
                m.put("posts", v.posts(opened.id(), plan, on, List.of()));
                days.add(m);
            }
            weeks.add(Map.of("days", days, "label", v.text("ig.calendar.week", v.shortDate(week),
                    v.shortDate(week.plusDays(6)))));
        }
        return weeks;
    }

    private List<Map<String, Object>> dayNames(PlannerViews v) {
        List<Map<String, Object>> names = new ArrayList<>();
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            names.add(Map.of("short", d.getDisplayName(java.time.format.TextStyle.SHORT, v.lang().locale()),
                    "long", d.getDisplayName(java.time.format.TextStyle.FULL, v.lang().locale())));
        }
        return names;
    }

    public void calendar(Context ctx) {
        Plans.Opened opened = PlannerRequests.plan(plans, ctx);
        PlannerViews v = pages.views(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("weeks", weeks(opened, v));
        model.put("dayNames", dayNames(v));
        model.put("undated", v.posts(opened.id(), opened.plan(), opened.plan().posts().stream()
                .filter(p -> p.date().isEmpty()).toList(), List.of()));
        model.put("range", v.text("ig.calendar.range", v.date(opened.plan().start()), v.date(opened.plan().end())));
        pages.render(ctx, "calendar", opened, "/kalender", model);
    }

    public void list(Context ctx) {
        Plans.Opened opened = PlannerRequests.plan(plans, ctx);
        PlannerViews v = pages.views(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("posts", v.posts(opened.id(), opened.plan(), opened.plan().byTime(), plans.findings(opened)));
        pages.render(ctx, "posts", opened, "/daftar", model);
    }

    public void print(Context ctx) {
        Plans.Opened opened = PlannerRequests.plan(plans, ctx);
        PlannerViews v = pages.views(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("weeks", weeks(opened, v));
        model.put("dayNames", dayNames(v));
        model.put("posts", v.posts(opened.id(), opened.plan(), opened.plan().byTime(), List.of()));
        model.put("range", v.text("ig.calendar.range", v.date(opened.plan().start()), v.date(opened.plan().end())));
        model.put("findingsLeft", plans.findings(opened).size());
        pages.render(ctx, "print", opened, "/kalender", model);
    }

    /** The schedule as CSV (UTF-8 with a byte order mark, so a spreadsheet on the phone reads it right). */
    public void csv(Context ctx) {
        Plans.Opened opened = PlannerRequests.plan(plans, ctx);
        PlannerViews v = pages.views(ctx);
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(String.join(",", List.of(v.text("ig.csv.date"), v.text("ig.csv.time"), v.text("ig.csv.placement"),
                v.text("ig.csv.kind"), v.text("ig.csv.caption"), v.text("ig.csv.tagged"), v.text("ig.csv.image"),
                v.text("ig.csv.repost")))).append("\r\n");
        for (Post p : opened.plan().byTime()) {
            List<String> cells = List.of(p.date().map(Object::toString).orElse(""),
                    p.time().map(Object::toString).orElse(""), v.text("ig.placement." + p.placement().key()),
                    v.kind(p.kind()), p.publishedCaption(), String.join(" ", p.mentions().stream().map(m -> "@" + m).toList()),
                    p.image().map(i -> i.startsWith("templat:") ? v.text("ig.csv.template", v.kind(p.kind()))
                            : v.text("ig.csv.upload")).orElse(""),
                    p.repost() ? (p.credit().isEmpty() ? v.text("ig.csv.yes") : "@" + p.credit()) : "");
            out.append(String.join(",", cells.stream().map(PlanViewController::cell).toList())).append("\r\n");
        }
        String file = opened.plan().title().replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("^-+|-+$", "").toLowerCase();
        ctx.header("Content-Disposition", "attachment; filename=\"" + (file.isEmpty() ? "rencana" : file) + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8");
        ctx.result(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A cell quoted as CSV wants, and never read as a formula by a spreadsheet. */
    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    /** An uploaded image of the owner's plan: the JPEG the server wrote, never the bytes uploaded. */
    public void image(Context ctx) {
        String id = ctx.pathParam("image");
        if (!id.endsWith(".jpg")) {
            throw new NotFoundResponse();
        }
        PlanStore.Image image = plans.image(Visitor.of(ctx).learnerId(), ctx.pathParam("id"),
                id.substring(0, id.length() - 4)).orElseThrow(NotFoundResponse::new);
        ctx.header("Cache-Control", "private, max-age=86400");
        ctx.contentType("image/jpeg");
        ctx.result(image.jpeg());
    }

    static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : name.strip().split("\\s+")) {
            if (!w.isEmpty() && out.length() < 2) {
                out.appendCodePoint(Character.toUpperCase(w.codePointAt(0)));
            }
        }
        return out.length() == 0 ? "IG" : out.toString();
    }

    static String waLink(String phone) {
        String digits = id.serambi.instagram.model.TextScan.nationalNumber(phone);
        if (digits.length() < 9) {
            return null;
        }
        return "https://wa.me/62" + digits.substring(1);
    }
}
