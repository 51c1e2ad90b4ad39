package id.serambi.instagram.model;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks of a plan against the report's seven guidelines, Instagram's limits and what must
 * never be posted. Every finding names the post and says how to fix it; none blocks anything but
 * the limits, which {@link Limits} enforces on save.
 */
public final class PlanChecks {
    /** A reply counts as on time within a day of the comment. */
    public static final Duration REPLY_WITHIN = Duration.ofHours(24);

    private final SaraWords sara;

    public PlanChecks(SaraWords sara) {
        this.sara = sara;
    }

    public List<Finding> check(Plan plan, Practice practice) {
        List<Finding> out = new ArrayList<>();
        profile(plan, out);
        weekly(plan, out);
        for (Post p : plan.byTime()) {
            if (p.when().isEmpty()) {
                out.add(Finding.of(Rule.SCHEDULED, p.id(), "ig.check.schedule.missing", name(p)));
            }
        }
        for (Post p : plan.byTime()) {
            designed(plan, p, out);
        }
        interaction(plan, practice, out);
        for (Post p : plan.byTime()) {
            sara.first(p.publishedCaption()).ifPresent(e ->
                    out.add(Finding.of(Rule.NO_SARA, p.id(), "ig.check.sara", name(p), e.word(), e.reason())));
        }
        for (Comment c : practice.comments(plan)) {
            c.reply().flatMap(r -> sara.first(r.text())).ifPresent(e -> out.add(Finding.of(Rule.NO_SARA, c.postId(),
                    "ig.check.sara.reply", c.from(), name(c.postId()), e.word(), e.reason())));
        }
        stories(plan, out);
        reposts(plan, out);
        for (Post p : plan.byTime()) {
            out.addAll(Limits.check(p));
        }
        for (Post p : plan.byTime()) {
            privacy(plan, p.id(), p.publishedCaption(), Optional.empty(), out);
        }
        for (Comment c : practice.comments(plan)) {
            c.reply().ifPresent(r -> privacy(plan, c.postId(), r.text(), Optional.of(c.from()), out));
        }
        return out;
    }

    private static void profile(Plan plan, List<Finding> out) {
        Profile p = plan.profile();
        if (p.name().isEmpty()) {
            out.add(Finding.of(Rule.PROFILE, "", "ig.check.profile.name"));
        }
        if (!p.category().equalsIgnoreCase(Profile.GOVERNMENT)) {
            out.add(Finding.of(Rule.PROFILE, "", "ig.check.profile.category", Profile.GOVERNMENT));
        }
        if (p.address().isEmpty()) {
            out.add(Finding.of(Rule.PROFILE, "", "ig.check.profile.address"));
        }
        if (!TextScan.looksLikePhone(p.whatsapp())) {
            out.add(Finding.of(Rule.PROFILE, "", "ig.check.profile.whatsapp"));
        }
    }

    /** At least one feed post in each week of the plan, and none outside it. */
    private static void weekly(Plan plan, List<Finding> out) {
        for (int w = 0; w < plan.weeks(); w++) {
            LocalDate from = plan.start().plusDays(7L * w);
            LocalDate to = from.plusDays(6);
            boolean any = plan.posts().stream().anyMatch(p -> !p.story() && p.date()
                    .filter(d -> !d.isBefore(from) && !d.isAfter(to)).isPresent());
            if (!any) {
                out.add(Finding.of(Rule.WEEKLY, "", "ig.check.weekly.empty", w + 1, from, to));
            }
        }
        for (Post p : plan.byTime()) {
            if (p.date().filter(d -> d.isBefore(plan.start()) || d.isAfter(plan.end())).isPresent()) {
                out.add(Finding.of(Rule.WEEKLY, p.id(), "ig.check.weekly.outside", name(p), plan.start(), plan.end()));
            }
        }
    }

    private static void designed(Plan plan, Post p, List<Finding> out) {
        if (p.image().filter(ImageRef::valid).isEmpty()) {
            out.add(Finding.of(Rule.DESIGNED, p.id(), "ig.check.design.image", name(p)));
        }
        if (p.caption().isEmpty()) {
            out.add(Finding.of(Rule.DESIGNED, p.id(), "ig.check.design.caption", name(p)));
        } else if (!FirstLine.saysWhat(p.firstLine(), plan.profile().name())) {
            out.add(Finding.of(Rule.DESIGNED, p.id(), "ig.check.design.firstline", name(p), p.firstLine()));
        }
    }

    private static void interaction(Plan plan, Practice practice, List<Finding> out) {
        for (Comment c : practice.comments(plan)) {
            String key = c.channel() == Comment.Channel.DM ? "dm" : "comment";
            Optional<Comment.Reply> reply = c.reply().filter(r -> !r.text().isBlank());
            if (reply.isEmpty()) {
                out.add(Finding.of(Rule.INTERACTIVE, c.postId(), "ig.check.reply.missing." + key, c.from(),
                        name(c.postId()), c.at().toLocalDate(), c.at().toLocalTime()));
            } else if (reply.get().at().isBefore(c.at())) {
                out.add(Finding.of(Rule.INTERACTIVE, c.postId(), "ig.check.reply.early." + key, c.from(),
                        name(c.postId()), c.at().toLocalDate(), c.at().toLocalTime()));
            } else {
                Duration after = Duration.between(c.at(), reply.get().at());
                if (after.compareTo(REPLY_WITHIN) > 0) {
                    long hours = (after.toMinutes() + 59) / 60;
                    out.add(Finding.of(Rule.INTERACTIVE, c.postId(), "ig.check.reply.late." + key, c.from(),
                            name(c.postId()), hours));
                }
            }
        }
    }

    /** Stories in use, and for light content: what must stay findable belongs on the feed. */
    private static void stories(Plan plan, List<Finding> out) {
        if (plan.posts().stream().noneMatch(Post::story)) {
            out.add(Finding.of(Rule.STORIES, "", "ig.check.story.none"));
        }
        for (Post p : plan.byTime()) {
            if (p.story() && (p.kind() == Kind.PENGUMUMAN || p.kind() == Kind.INFOGRAFIS)) {
                out.add(Finding.of(Rule.STORIES, p.id(), "ig.check.story.heavy", name(p), p.kind()));
            }
        }
    }

    private static void reposts(Plan plan, List<Finding> out) {
        if (plan.posts().stream().noneMatch(Post::repost)) {
            out.add(Finding.of(Rule.REPOSTS, "", "ig.check.repost.none"));
        }
        for (Post p : plan.byTime()) {
            if (!p.repost()) {
                continue;
            }
            if (p.credit().isEmpty()) {
                out.add(Finding.of(Rule.REPOSTS, p.id(), "ig.check.repost.credit", name(p)));
            } else if (!Handles.mentions(p.caption()).contains(p.credit().toLowerCase(java.util.Locale.ROOT))) {
                out.add(Finding.of(Rule.REPOSTS, p.id(), "ig.check.repost.mention", name(p), p.credit()));
            }
        }
    }

    /** No NIK or KK number, no phone number but the office's, no link (links belong in the bio). */
    private static void privacy(Plan plan, String post, String text, Optional<String> replyTo, List<Finding> out) {
        String where = replyTo.isPresent() ? ".reply" : "";
        Object[] head = replyTo.isPresent() ? new Object[]{replyTo.get(), name(post)} : new Object[]{name(post)};
        if (TextScan.hasSixteenDigits(text)) {
            out.add(Finding.of(Rule.PRIVACY, post, "ig.check.nik" + where, head));
        }
        String office = TextScan.nationalNumber(plan.profile().whatsapp());
        for (String phone : TextScan.phones(text)) {
            if (!TextScan.nationalNumber(phone).equals(office)) {
                out.add(Finding.of(Rule.PRIVACY, post, "ig.check.phone" + where, append(head, phone,
                        plan.profile().whatsapp().isEmpty() ? "-" : plan.profile().whatsapp())));
            }
        }
        for (String link : TextScan.links(text)) {
            out.add(Finding.of(Rule.PRIVACY, post, "ig.check.link" + where, append(head, link)));
        }
    }

    private static Object[] append(Object[] head, Object... more) {
        Object[] all = new Object[head.length + more.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(more, 0, all, head.length, more.length);
        return all;
    }

    private static Finding.PostName name(Post p) {
        return new Finding.PostName(p.id());
    }

    private static Finding.PostName name(String id) {
        return new Finding.PostName(id);
    }
}
