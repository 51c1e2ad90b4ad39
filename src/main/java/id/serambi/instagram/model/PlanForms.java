package id.serambi.instagram.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The planner's forms read into a plan: the profile, one post, one reply. What cannot be saved is
 * an error by field name, a message key with its arguments (a caption over the limit says its
 * count); what can be saved but breaks a guideline is left to the checks.
 */
public final class PlanForms {
    static final int MAX_TITLE = 200;
    static final int MAX_NAME = 100;
    static final int MAX_ADDRESS = 300;
    static final int MAX_BIO = 500;
    static final int MAX_REPLY = 2200;

    private PlanForms() {
    }

    public record Error(String key, List<Object> args) {
        static Error of(String key, Object... args) {
            return new Error(key, List.of(args));
        }
    }

    /** The edited plan, or the errors by field. */
    public record Edit(Optional<Plan> plan, Map<String, Error> errors) {
        static Edit failed(Map<String, Error> errors) {
            return new Edit(Optional.empty(), errors);
        }
    }

    public static Edit profile(Plan plan, Map<String, String> in) {
        Map<String, Error> errors = new LinkedHashMap<>();
        String title = text(in, "title");
        if (title.isEmpty()) {
            errors.put("title", Error.of("ig.error.required"));
        }
        tooLong(errors, in, "title", MAX_TITLE);
        tooLong(errors, in, "name", MAX_NAME);
        tooLong(errors, in, "category", MAX_NAME);
        tooLong(errors, in, "address", MAX_ADDRESS);
        tooLong(errors, in, "bio", MAX_BIO);
        String whatsapp = text(in, "whatsapp");
        if (!whatsapp.isEmpty() && !TextScan.looksLikePhone(whatsapp)) {
            errors.put("whatsapp", Error.of("ig.error.whatsapp"));
        }
        Optional<LocalDate> start = date(in, "start", errors);
        if (start.isEmpty() && !errors.containsKey("start")) {
            errors.put("start", Error.of("ig.error.required"));
        }
        int weeks = plan.weeks();
        try {
            weeks = Integer.parseInt(text(in, "weeks"));
            if (weeks < Plan.MIN_WEEKS || weeks > Plan.MAX_WEEKS) {
                errors.put("weeks", Error.of("ig.error.weeks", Plan.MIN_WEEKS, Plan.MAX_WEEKS));
            }
        } catch (NumberFormatException e) {
            errors.put("weeks", Error.of("ig.error.weeks", Plan.MIN_WEEKS, Plan.MAX_WEEKS));
        }
        if (!errors.isEmpty()) {
            return Edit.failed(errors);
        }
        Profile profile = new Profile(text(in, "name"), text(in, "category"), text(in, "address"), whatsapp,
                text(in, "bio"));
        return new Edit(Optional.of(plan.withProfile(title, profile, start.get(), weeks)), errors);
    }

    /** Adds a post ({@code id} empty) or changes the post with that id; empty id gets the next free one. */
    public static Edit post(Plan plan, String id, Map<String, String> in) {
        boolean adding = id.isEmpty();
        Optional<Post> before = plan.post(id);
        Map<String, Error> errors = new LinkedHashMap<>();
        if (!adding && before.isEmpty()) {
            errors.put("!gone", Error.of("ig.error.gone"));
            return Edit.failed(errors);
        }
        if (adding && plan.posts().size() >= Plan.MAX_POSTS) {
            errors.put("!many", Error.of("ig.error.posts.many", Plan.MAX_POSTS));
        }
        Optional<Kind> kind = Kind.of(text(in, "kind"));
        if (kind.isEmpty()) {
            errors.put("kind", Error.of("ig.error.kind"));
        }
        Placement placement = Placement.of(text(in, "placement")).orElse(Placement.FEED);
        Optional<LocalDate> date = date(in, "date", errors);
        Optional<LocalTime> time = Optional.empty();
        String t = text(in, "time");
        if (!t.isEmpty()) {
            try {
                time = Optional.of(LocalTime.parse(t.length() == 4 ? "0" + t : t));
            } catch (DateTimeParseException e) {
                errors.put("time", Error.of("ig.error.time"));
            }
        }
        String image = text(in, "image");
        Optional<String> imageRef = image.isEmpty() ? Optional.empty() : Optional.of(image).filter(ImageRef::valid);
        if (!image.isEmpty() && imageRef.isEmpty()) {
            errors.put("image", Error.of("ig.error.image"));
        }
        boolean repost = !text(in, "repost").isEmpty();
        String credit = Handles.bare(text(in, "credit"));
        if (!credit.isEmpty() && !credit.matches("[A-Za-z0-9._]{1,30}")) {
            errors.put("credit", Error.of("ig.error.account"));
        }
        Post post = new Post(adding ? nextId(plan) : id, kind.orElse(Kind.PENGUMUMAN), placement, date, time,
                text(in, "caption"), Handles.list(text(in, "hashtags")), Handles.list(text(in, "mentions")), imageRef,
                repost, credit);
        for (Finding f : Limits.check(post)) {
            String field = switch (f.key()) {
                case "ig.check.limit.caption" -> "caption";
                case "ig.check.limit.hashtags" -> "hashtags";
                default -> "mentions";
            };
            errors.put(field, Error.of("ig.error." + field + ".limit", f.args().get(1), f.args().get(2)));
        }
        if (!errors.isEmpty()) {
            return Edit.failed(errors);
        }
        List<Post> posts = new ArrayList<>();
        for (Post p : plan.posts()) {
            posts.add(p.id().equals(id) ? post : p);
        }
        if (adding) {
            posts.add(post);
        }
        return new Edit(Optional.of(plan.withPosts(posts)), errors);
    }

    public static Optional<Plan> deletePost(Plan plan, String id) {
        if (plan.post(id).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(plan.withPosts(plan.posts().stream().filter(p -> !p.id().equals(id)).toList()));
    }

    /** The office's reply to the comment {@code commentId} of the practice. */
    public static Edit reply(Plan plan, Practice practice, String commentId, Map<String, String> in) {
        Map<String, Error> errors = new LinkedHashMap<>();
        if (practice.comments(plan).stream().noneMatch(c -> c.id().equals(commentId))) {
            errors.put("!gone", Error.of("ig.error.gone"));
            return Edit.failed(errors);
        }
        String text = text(in, "text");
        if (text.isEmpty()) {
            errors.put("text", Error.of("ig.error.required"));
        } else if (Limits.characters(text) > MAX_REPLY) {
            errors.put("text", Error.of("ig.error.reply.long", Limits.characters(text), MAX_REPLY));
        }
        Optional<LocalDate> date = date(in, "date", errors);
        Optional<LocalTime> time = Optional.empty();
        try {
            time = Optional.of(LocalTime.parse(text(in, "time")));
        } catch (DateTimeParseException e) {
            errors.put("time", Error.of("ig.error.time"));
        }
        if (date.isEmpty() && !errors.containsKey("date")) {
            errors.put("date", Error.of("ig.error.required"));
        }
        if (!errors.isEmpty()) {
            return Edit.failed(errors);
        }
        Map<String, Comment.Reply> replies = new LinkedHashMap<>(plan.replies());
        replies.put(commentId, new Comment.Reply(text, LocalDateTime.of(date.get(), time.get())));
        return new Edit(Optional.of(plan.withReplies(replies)), errors);
    }

    /** The next free post id: p1, p2, ... */
    static String nextId(Plan plan) {
        int max = 0;
        for (Post p : plan.posts()) {
            if (p.id().matches("p\\d{1,6}")) {
                max = Math.max(max, Integer.parseInt(p.id().substring(1)));
            }
        }
        return "p" + (max + 1);
    }

    private static Optional<LocalDate> date(Map<String, String> in, String key, Map<String, Error> errors) {
        String d = text(in, key);
        if (d.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(d));
        } catch (DateTimeParseException e) {
            errors.put(key, Error.of("ig.error.date"));
            return Optional.empty();
        }
    }

    private static void tooLong(Map<String, Error> errors, Map<String, String> in, String key, int max) {
        int n = Limits.characters(text(in, key));
        if (n > max) {
            errors.put(key, Error.of("ig.error.long", n, max));
        }
    }

    static String text(Map<String, String> in, String key) {
        String v = in.get(key);
        return v == null ? "" : v.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
