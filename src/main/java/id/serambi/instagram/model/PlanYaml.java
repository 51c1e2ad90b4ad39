package id.serambi.instagram.model;

import id.serambi.content.Problem;
import id.serambi.content.YamlFields;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A plan as YAML text: how each saved version is stored and how a practice task gives its starting
 * plan (docs/CONTENT.md). Reading reports every problem with its line; writing leaves out what is
 * empty, so a written plan reads back the same.
 */
public final class PlanYaml {
    static final Set<String> PLAN_KEYS = Set.of("title", "start", "weeks", "profile", "posts", "replies");
    static final Set<String> PROFILE_KEYS = Set.of("name", "category", "address", "whatsapp", "bio");
    static final Set<String> POST_KEYS = Set.of("id", "kind", "placement", "date", "time", "caption", "hashtags",
            "mentions", "image", "repost", "credit");
    static final Set<String> REPLY_KEYS = Set.of("text", "at");

    private PlanYaml() {
    }

    /** What reading gave: the plan when nothing was wrong, and the problems. */
    public record Result(Optional<Plan> plan, List<Problem> problems) {
    }

    public static Result read(String path, String text) {
        List<Problem> problems = new ArrayList<>();
        YamlFields y = new YamlFields(path, 1, problems);
        Optional<Plan> plan = y.parse(text).flatMap(n -> read(y, n));
        return new Result(problems.isEmpty() ? plan : Optional.empty(), problems);
    }

    /** Reads the plan in {@code node}; problems go to {@code y}'s list. */
    public static Optional<Plan> read(YamlFields y, Node node) {
        Optional<Map<String, NodeTuple>> f = y.fields(node, "plan", PLAN_KEYS);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        Map<String, NodeTuple> fields = f.get();
        String title = y.string(fields, "title", node, true).orElse("");
        Optional<LocalDate> start = date(y, fields, "start", node, true);
        int weeks = y.integer(fields, "weeks", node, Plan.MIN_WEEKS, Plan.MAX_WEEKS, false).orElse(4);
        Profile profile = Profile.madatte();
        if (fields.containsKey("profile")) {
            Node pn = fields.get("profile").getValueNode();
            Optional<Map<String, NodeTuple>> pf = y.fields(pn, "profile", PROFILE_KEYS);
            if (pf.isPresent()) {
                Map<String, NodeTuple> p = pf.get();
                profile = new Profile(y.string(p, "name", pn, false).orElse(""),
                        y.string(p, "category", pn, false).orElse(""), y.string(p, "address", pn, false).orElse(""),
                        y.string(p, "whatsapp", pn, false).orElse(""), y.string(p, "bio", pn, false).orElse(""));
            }
        }
        List<Post> posts = new ArrayList<>();
        if (fields.containsKey("posts")) {
            Node list = fields.get("posts").getValueNode();
            if (list instanceof SequenceNode seq) {
                for (Node pn : seq.getValue()) {
                    post(y, pn, posts).ifPresent(posts::add);
                }
                if (posts.size() > Plan.MAX_POSTS) {
                    y.problem(list, "ig.file.posts.many", Plan.MAX_POSTS);
                }
            } else if (!YamlFields.isNull(list)) {
                y.problem(list, "content.field.list", "posts");
            }
        }
        Map<String, Comment.Reply> replies = new LinkedHashMap<>();
        if (fields.containsKey("replies")) {
            Node rn = fields.get("replies").getValueNode();
            Optional<Map<String, NodeTuple>> rf = y.fields(rn, "replies", anyKey(rn));
            rf.ifPresent(map -> map.forEach((id, tuple) -> reply(y, tuple.getValueNode()).ifPresent(r ->
                    replies.put(id, r))));
        }
        if (start.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Plan(title, profile, start.get(), weeks, posts, replies));
    }

    private static Set<String> anyKey(Node node) {
        Set<String> keys = new java.util.HashSet<>();
        if (node instanceof org.yaml.snakeyaml.nodes.MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode s) {
                    keys.add(s.getValue());
                }
            }
        }
        return keys;
    }

    private static Optional<Post> post(YamlFields y, Node node, List<Post> before) {
        Optional<Map<String, NodeTuple>> f = y.fields(node, "post", POST_KEYS);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        Map<String, NodeTuple> p = f.get();
        Optional<String> typedId = y.string(p, "id", node, true);
        Optional<String> id = typedId.filter(i -> i.matches("[a-z0-9-]{1,40}"));
        if (typedId.isPresent() && id.isEmpty()) {
            y.problem(y.lineOf(p, "id", node), "ig.file.post.id", typedId.get());
        }
        if (id.isPresent() && before.stream().anyMatch(b -> b.id().equals(typedId.get()))) {
            y.problem(y.lineOf(p, "id", node), "ig.file.post.twice", id.get());
        }
        Optional<Kind> kind = y.string(p, "kind", node, true).flatMap(k -> {
            Optional<Kind> found = Kind.of(k);
            if (found.isEmpty()) {
                y.problem(y.lineOf(p, "kind", node), "ig.file.kind", k);
            }
            return found;
        });
        Placement placement = y.string(p, "placement", node, false).map(k -> {
            Optional<Placement> found = Placement.of(k);
            if (found.isEmpty()) {
                y.problem(y.lineOf(p, "placement", node), "ig.file.placement", k);
            }
            return found.orElse(Placement.FEED);
        }).orElse(Placement.FEED);
        Optional<LocalDate> date = date(y, p, "date", node, false);
        Optional<LocalTime> time = y.string(p, "time", node, false).flatMap(t -> {
            try {
                return Optional.of(LocalTime.parse(t.length() == 4 ? "0" + t : t));
            } catch (DateTimeParseException e) {
                y.problem(y.lineOf(p, "time", node), "ig.file.time", t);
                return Optional.empty();
            }
        });
        Optional<String> typedImage = y.string(p, "image", node, false);
        Optional<String> image = typedImage.filter(ImageRef::valid);
        if (typedImage.isPresent() && image.isEmpty()) {
            y.problem(y.lineOf(p, "image", node), "ig.file.image", typedImage.get());
        }
        boolean repost = y.string(p, "repost", node, false).map(v -> {
            if (!v.equals("true") && !v.equals("false")) {
                y.problem(y.lineOf(p, "repost", node), "ig.file.repost", v);
            }
            return v.equals("true");
        }).orElse(false);
        if (id.isEmpty() || kind.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Post(id.get(), kind.get(), placement, date, time,
                y.string(p, "caption", node, false).orElse(""),
                y.stringList(p, "hashtags", node, false).map(l -> Handles.list(String.join(" ", l))).orElse(List.of()),
                y.stringList(p, "mentions", node, false).map(l -> Handles.list(String.join(" ", l))).orElse(List.of()),
                image, repost, y.string(p, "credit", node, false).orElse("")));
    }

    private static Optional<Comment.Reply> reply(YamlFields y, Node node) {
        Optional<Map<String, NodeTuple>> f = y.fields(node, "reply", REPLY_KEYS);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> text = y.string(f.get(), "text", node, true);
        Optional<LocalDateTime> at = y.string(f.get(), "at", node, true).flatMap(t -> {
            try {
                return Optional.of(LocalDateTime.parse(t));
            } catch (DateTimeParseException e) {
                y.problem(y.lineOf(f.get(), "at", node), "ig.file.at", t);
                return Optional.empty();
            }
        });
        return text.isPresent() && at.isPresent() ? Optional.of(new Comment.Reply(text.get(), at.get()))
                : Optional.empty();
    }

    static Optional<LocalDate> date(YamlFields y, Map<String, NodeTuple> f, String key, Node parent, boolean required) {
        return y.string(f, key, parent, required).flatMap(t -> {
            try {
                return Optional.of(LocalDate.parse(t));
            } catch (DateTimeParseException e) {
                y.problem(y.lineOf(f, key, parent), "ig.file.date", key, t);
                return Optional.empty();
            }
        });
    }

    public static String write(Plan plan) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("title", plan.title());
        out.put("start", plan.start().toString());
        out.put("weeks", plan.weeks());
        Map<String, Object> profile = new LinkedHashMap<>();
        Profile p = plan.profile();
        putText(profile, "name", p.name());
        putText(profile, "category", p.category());
        putText(profile, "address", p.address());
        putText(profile, "whatsapp", p.whatsapp());
        putText(profile, "bio", p.bio());
        out.put("profile", profile);
        List<Object> posts = new ArrayList<>();
        for (Post post : plan.posts()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", post.id());
            m.put("kind", post.kind().key());
            m.put("placement", post.placement().key());
            post.date().ifPresent(d -> m.put("date", d.toString()));
            post.time().ifPresent(t -> m.put("time", t.toString()));
            putText(m, "caption", post.caption());
            if (!post.hashtags().isEmpty()) {
                m.put("hashtags", post.hashtags());
            }
            if (!post.mentions().isEmpty()) {
                m.put("mentions", post.mentions());
            }
            post.image().ifPresent(i -> m.put("image", i));
            if (post.repost()) {
                m.put("repost", "true");
            }
            putText(m, "credit", post.credit());
            posts.add(m);
        }
        out.put("posts", posts);
        if (!plan.replies().isEmpty()) {
            Map<String, Object> replies = new java.util.TreeMap<>();
            plan.replies().forEach((id, r) -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("text", r.text());
                m.put("at", r.at().toString());
                replies.put(id, m);
            });
            out.put("replies", replies);
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(1000);
        options.setAllowUnicode(true);
        return new Yaml(options).dump(out);
    }

    private static void putText(Map<String, Object> m, String key, String value) {
        if (value != null && !value.isBlank()) {
            m.put(key, value);
        }
    }
}
