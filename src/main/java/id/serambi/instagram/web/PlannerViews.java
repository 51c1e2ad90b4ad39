package id.serambi.instagram.web;

import id.serambi.content.Text;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.instagram.model.Comment;
import id.serambi.instagram.model.Finding;
import id.serambi.instagram.model.ImageRef;
import id.serambi.instagram.model.Kind;
import id.serambi.instagram.model.Plan;
import id.serambi.instagram.model.PlanForms;
import id.serambi.instagram.model.Post;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the planner's pages show, worked out in Java in the reader's language. */
final class PlannerViews {
    static final String STYLE = "/static/instagram.css";
    static final String SCRIPT = "/static/instagram.js";
    private static final int NAME_CHARS = 48;

    private final Messages messages;
    private final Lang lang;

    PlannerViews(Messages messages, Lang lang) {
        this.messages = messages;
        this.lang = lang;
    }

    String text(String key, Object... args) {
        return messages.get(lang, key, args);
    }

    /** A message that exists for some fields only; "" where there is none. */
    String hint(String key) {
        return messages.find(lang, key).isPresent() ? text(key) : "";
    }

    /** The same message in English, shown beside the Indonesian one where a refusal must be clear to all. */
    String englishOf(String key, Object... args) {
        return messages.get(Lang.EN, key, args);
    }

    Lang lang() {
        return lang;
    }

    String kind(Kind k) {
        return text("ig.kind." + k.key());
    }

    String date(LocalDate d) {
        return d.format(DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", lang.locale()));
    }

    String shortDate(LocalDate d) {
        return d.format(DateTimeFormatter.ofPattern("EEE d MMM", lang.locale()));
    }

    String time(LocalTime t) {
        return t.format(DateTimeFormatter.ofPattern(lang == Lang.ID ? "HH.mm" : "HH:mm"));
    }

    String dateTime(LocalDateTime t) {
        return shortDate(t.toLocalDate()) + " " + time(t.toLocalTime());
    }

    /** A post as the reader knows it: its caption's first line, else its kind and date. */
    String name(Plan plan, String postId) {
        return plan.post(postId).map(this::name).orElse(postId);
    }

    String name(Post p) {
        String line = p.firstLine();
        if (!line.isEmpty()) {
            return line.codePointCount(0, line.length()) > NAME_CHARS
                    ? line.substring(0, line.offsetByCodePoints(0, NAME_CHARS)).strip() + "…" : line;
        }
        return kind(p.kind()) + p.date().map(d -> ", " + shortDate(d)).orElse("");
    }

    String finding(Plan plan, Finding f) {
        Object[] args = f.args().stream().map(a -> arg(plan, a)).toArray();
        return text(f.key(), args);
    }

    String error(PlanForms.Error e) {
        return text(e.key(), e.args().toArray());
    }

    Map<String, String> errors(Map<String, PlanForms.Error> errors) {
        Map<String, String> out = new LinkedHashMap<>();
        errors.forEach((k, v) -> out.put(k, error(v)));
        return out;
    }

    private Object arg(Plan plan, Object a) {
        if (a instanceof Finding.PostName n) {
            return name(plan, n.id());
        }
        if (a instanceof Text t) {
            return t.in(lang);
        }
        if (a instanceof LocalDate d) {
            return shortDate(d);
        }
        if (a instanceof LocalTime t) {
            return time(t);
        }
        if (a instanceof Kind k) {
            return kind(k);
        }
        return a;
    }

    /** Where a post's picture is served from; null when it has none. */
    static String imageUrl(String planId, Post p) {
        if (p.image().isEmpty()) {
            return null;
        }
        String ref = p.image().get();
        return ImageRef.template(ref).map(k -> "/static/instagram/" + k.key() + ".svg")
                .or(() -> ImageRef.upload(ref).map(id -> "/instagram/" + planId + "/gambar/" + id + ".jpg"))
                .orElse(null);
    }

    /** A post for the lists, calendar and previews. */
    Map<String, Object> post(String planId, Plan plan, Post p, List<Finding> findings) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", p.id());
        m.put("name", name(p));
        m.put("kind", kind(p.kind()));
        m.put("kindKey", p.kind().key());
        m.put("story", p.story());
        m.put("placement", text("ig.placement." + p.placement().key()));
        m.put("date", p.date().map(this::date).orElse(text("ig.post.nodate")));
        m.put("shortDate", p.date().map(this::shortDate).orElse(""));
        m.put("time", p.time().map(this::time).orElse(text("ig.post.notime")));
        m.put("scheduled", p.when().isPresent());
        m.put("image", imageUrl(planId, p));
        m.put("imageAlt", text("ig.post.image.alt", kind(p.kind()), name(p)));
        m.put("caption", p.caption());
        m.put("firstLine", p.firstLine());
        m.put("rest", p.caption().length() > p.firstLine().length() ? p.caption().substring(p.firstLine().length()).strip() : "");
        m.put("hashtags", String.join(" ", p.hashtags().stream().map(h -> "#" + h).toList()));
        m.put("mentions", String.join(" ", p.mentions().stream().map(h -> "@" + h).toList()));
        m.put("repost", p.repost());
        m.put("credit", p.credit());
        m.put("edit", "/instagram/" + planId + "/kiriman/" + p.id());
        m.put("view", "/instagram/" + planId + "/pratinjau/" + p.id());
        List<String> texts = new ArrayList<>();
        for (Finding f : findings) {
            if (f.post().equals(p.id())) {
                texts.add(finding(plan, f));
            }
        }
        m.put("findings", texts);
        return m;
    }

    List<Map<String, Object>> posts(String planId, Plan plan, List<Post> posts, List<Finding> findings) {
        return posts.stream().map(p -> post(planId, plan, p, findings)).toList();
    }

    Map<String, Object> comment(Plan plan, Comment c) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", c.id());
        m.put("from", c.from());
        m.put("text", c.text());
        m.put("dm", c.channel() == Comment.Channel.DM);
        m.put("channel", text("ig.channel." + c.channel().key()));
        m.put("at", dateTime(c.at()));
        m.put("post", name(plan, c.postId()));
        m.put("postId", c.postId());
        m.put("reply", c.reply().map(Comment.Reply::text).orElse(""));
        m.put("replyAt", c.reply().map(r -> dateTime(r.at())).orElse(""));
        LocalDateTime suggested = c.reply().map(Comment.Reply::at).orElse(c.at().plusHours(2));
        m.put("replyDate", suggested.toLocalDate().toString());
        m.put("replyTime", suggested.toLocalTime().toString());
        m.put("answered", c.reply().isPresent());
        return m;
    }
}
