package id.serambi.instagram.web;

import id.serambi.i18n.Lang;
import id.serambi.instagram.image.ImageIntake;
import id.serambi.instagram.model.Finding;
import id.serambi.instagram.model.ImageRef;
import id.serambi.instagram.model.Kind;
import id.serambi.instagram.model.Limits;
import id.serambi.instagram.model.Placement;
import id.serambi.instagram.model.Plan;
import id.serambi.instagram.model.PlanForms;
import id.serambi.instagram.model.Post;
import id.serambi.instagram.model.Profile;
import id.serambi.instagram.store.Plans;
import id.serambi.web.Visitor;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plan's own page and its forms: the profile, a post (new or changed), deleting a post, a reply
 * to a citizen's comment, an image upload. Every form is a plain post that redirects back; a form
 * that cannot be saved is shown again (422) with what was typed and why, and nothing is stored.
 */
public final class PlanEditController {
    private final PlanPages pages;
    private final Plans plans;

    PlanEditController(PlanPages pages) {
        this.pages = pages;
        this.plans = pages.plans();
    }

    public void edit(Context ctx) {
        Plans.Opened opened = PlannerRequests.plan(plans, ctx);
        planPage(ctx, opened, Map.of(), Map.of(), "", Map.of());
    }

    private void planPage(Context ctx, Plans.Opened opened, Map<String, String> typed, Map<String, String> errors,
                          String replyTo, Map<String, String> replyErrors) {
        PlannerViews v = pages.views(ctx);
        Plan plan = opened.plan();
        List<Finding> findings = plans.findings(opened);
        Map<String, Object> model = new HashMap<>();
        Profile p = plan.profile();
        Map<String, String> values = new HashMap<>(Map.of("title", plan.title(), "name", p.name(), "category",
                p.category(), "address", p.address(), "whatsapp", p.whatsapp(), "bio", p.bio(), "start",
                plan.start().toString(), "weeks", String.valueOf(plan.weeks())));
        if (!typed.isEmpty() && replyTo.isEmpty()) {
            values.putAll(typed);
        }
        model.put("values", values);
        Map<String, String> shown = replyTo.isEmpty() ? errors : Map.of();
        model.put("errors", shown);
        List<Map<String, Object>> fields = new ArrayList<>();
        for (String f : List.of("title", "name", "category", "address", "whatsapp", "bio")) {
            String hint = v.hint("ig.field." + f + ".hint");
            String error = shown.getOrDefault(f, "");
            String described = String.join(" ", java.util.stream.Stream.of(error.isEmpty() ? "" : "profil-" + f + "-error",
                    hint.isEmpty() ? "" : "profil-" + f + "-hint").filter(s -> !s.isEmpty()).toList());
            Map<String, Object> m = new HashMap<>();
            m.put("name", f);
            m.put("label", v.text("ig.field." + f));
            m.put("hint", hint);
            m.put("error", error);
            m.put("value", values.getOrDefault(f, ""));
            m.put("area", f.equals("address") || f.equals("bio"));
            m.put("describedBy", described.isEmpty() ? null : described);
            fields.add(m);
        }
        model.put("profileFields", fields);
        model.put("weekChoices", java.util.stream.IntStream.rangeClosed(Plan.MIN_WEEKS, Plan.MAX_WEEKS).boxed().toList());
        model.put("posts", v.posts(opened.id(), plan, plan.byTime(), findings));
        List<Map<String, Object>> comments = new ArrayList<>();
        plans.practice(opened).comments(plan).forEach(c -> {
            Map<String, Object> m = new HashMap<>(v.comment(plan, c));
            if (c.id().equals(replyTo)) {
                m.put("reply", typed.getOrDefault("text", ""));
                m.put("errors", replyErrors);
            } else {
                m.put("errors", Map.of());
            }
            comments.add(m);
        });
        model.put("comments", comments);
        model.put("saved", ctx.queryParam("disimpan") != null);
        model.put("end", v.date(plan.end()));
        pages.render(ctx, "plan", opened, "", model);
    }

    public void saveProfile(Context ctx) {
        Plans.Opened opened = PlannerRequests.plan(plans, ctx);
        Map<String, String> in = PlannerRequests.form(ctx);
        PlanForms.Edit edit = PlanForms.profile(opened.plan(), in);
        if (edit.plan().isEmpty()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            planPage(ctx, opened, in, pages.views(ctx).errors(edit.errors()), "", Map.of());
            return;
        }
        stored(ctx, opened, edit.plan().get(), "profile", PlannerRequests.base(opened) + "?disimpan=1#profil");
    }

    public void reply(Context ctx) {
        Plans.Opened opened = PlannerRequests.plan(plans, ctx);
        Map<String, String> in = PlannerRequests.form(ctx);
        String comment = in.getOrDefault("komentar", "");
        PlanForms.Edit edit = PlanForms.reply(opened.plan(), plans.practice(opened), comment, in);
        if (edit.errors().containsKey("!gone")) {
            throw new NotFoundResponse();
        }
        if (edit.plan().isEmpty()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            planPage(ctx, opened, in, Map.of(), comment, pages.views(ctx).errors(edit.errors()));
            return;
        }
        stored(ctx, opened, edit.plan().get(), "reply", PlannerRequests.base(opened) + "?disimpan=1#k-" + comment);
    }

    /** The form of one post: {@code baru} for a new one. */
    public void postForm(Context ctx) {
        Plans.Opened opened = PlannerRequests.plan(plans, ctx);
        String id = ctx.pathParam("post");
        if (!id.equals("baru") && opened.plan().post(id).isEmpty()) {
            throw new NotFoundResponse();
        }
        postPage(ctx, opened, id.equals("baru") ? "" : id, Optional.empty(), Map.of(), List.of());
    }

    private void postPage(Context ctx, Plans.Opened opened, String id, Optional<Map<String, String>> typed,
                          Map<String, String> errors, List<String> uploadErrors) {
        PlannerViews v = pages.views(ctx);
        Plan plan = opened.plan();
        Optional<Post> post = plan.post(id);
        Map<String, String> values = new HashMap<>();
        values.put("kind", post.map(p -> p.kind().key()).orElse(Kind.PENGUMUMAN.key()));
        values.put("placement", post.map(p -> p.placement().key()).orElse(Placement.FEED.key()));
        values.put("date", post.flatMap(Post::date).map(Object::toString).orElse(""));
        values.put("time", post.flatMap(Post::time).map(Object::toString).orElse(""));
        values.put("caption", post.map(Post::caption).orElse(""));
        values.put("hashtags", post.map(p -> String.join(" ", p.hashtags().stream().map(h -> "#" + h).toList())).orElse(""));
        values.put("mentions", post.map(p -> String.join(" ", p.mentions().stream().map(h -> "@" + h).toList())).orElse(""));
        values.put("image", post.flatMap(Post::image).orElse(""));
        values.put("repost", post.map(Post::repost).orElse(false) ? "1" : "");
        values.put("credit", post.map(Post::credit).orElse(""));
        typed.ifPresent(values::putAll);
        if (typed.isPresent() && !typed.get().containsKey("repost")) {
            values.put("repost", "");
        }
        Map<String, Object> model = new HashMap<>();
        model.put("postId", id);
        model.put("isNew", id.isEmpty());
        model.put("values", values);
        model.put("errors", errors);
        model.put("uploadErrors", uploadErrors);
        model.put("kinds", java.util.Arrays.stream(Kind.values()).map(k -> Map.of("key", k.key(), "label", v.kind(k),
                "hint", v.text("ig.kind." + k.key() + ".hint"), "image", "/static/instagram/" + k.key() + ".svg",
                "ref", k.template())).toList());
        String uploaded = values.get("image");
        model.put("uploaded", ImageRef.upload(uploaded).isPresent() ? uploaded : null);
        model.put("uploadedUrl", ImageRef.upload(uploaded).map(i -> PlannerRequests.base(opened) + "/gambar/" + i + ".jpg")
                .orElse(null));
        model.put("findings", post.map(p -> plans.findings(opened).stream().filter(f -> f.post().equals(p.id()))
                .map(f -> v.finding(plan, f)).toList()).orElse(List.of()));
        model.put("maxCaption", Limits.CAPTION_CHARACTERS);
        model.put("maxHashtags", Limits.HASHTAGS);
        model.put("maxMentions", Limits.MENTIONS);
        model.put("maxMb", ImageIntake.MAX_BYTES / (1024 * 1024));
        model.put("name", post.map(v::name).orElse(v.text("ig.post.new")));
        model.put("saved", ctx.queryParam("disimpan") != null);
        model.put("officeName", plan.profile().name());
        pages.render(ctx, "post", opened, "", model);
    }

    public void savePost(Context ctx) {
        Plans.Opened opened = PlannerRequests.plan(plans, ctx);
        Map<String, String> in = PlannerRequests.form(ctx);
        String id = in.getOrDefault("kiriman", "");
        PlanForms.Edit edit = PlanForms.post(opened.plan(), id, in);
        if (edit.errors().containsKey("!gone")) {
            throw new NotFoundResponse();
        }
        if (edit.plan().isEmpty()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            postPage(ctx, opened, id, Optional.of(in), pages.views(ctx).errors(edit.errors()), List.of());
            return;
        }
        Plan plan = edit.plan().get();
        String saved = id.isEmpty() ? plan.posts().get(plan.posts().size() - 1).id() : id;
        stored(ctx, opened, plan, "post", PlannerRequests.base(opened) + "/kiriman/" + saved + "?disimpan=1");
    }

    public void deletePost(Context ctx) {
        Plans.Opened opened = PlannerRequests.plan(plans, ctx);
        Plan plan = PlanForms.deletePost(opened.plan(), Optional.ofNullable(ctx.formParam("kiriman")).orElse(""))
                .orElseThrow(NotFoundResponse::new);
        stored(ctx, opened, plan, "delete-post", PlannerRequests.base(opened) + "?disimpan=1#kiriman");
    }

    /** An image for a saved post, as JPEG, PNG or WebP; stored only once written again as a JPEG. */
    public void upload(Context ctx) {
        Plans.Opened opened = PlannerRequests.plan(plans, ctx);
        String id = Optional.ofNullable(ctx.formParam("kiriman")).orElse("");
        Post post = opened.plan().post(id).orElseThrow(NotFoundResponse::new);
        Lang lang = Visitor.of(ctx).lang();
        UploadedFile file = ctx.uploadedFile("berkas");
        String name = file == null ? "" : file.filename();
        ImageIntake.Result read = ImageIntake.refusal(name, file == null ? 0 : file.size())
                .orElseGet(() -> ImageIntake.read(name, bytes(file)));
        if (read.jpeg().isEmpty()) {
            ctx.status(read.key().equals("ig.upload.big") ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.UNPROCESSABLE_CONTENT);
            String why = pages.views(ctx).text(read.key(), read.args().toArray());
            String english = lang == Lang.EN ? "" : pages.views(ctx).englishOf(read.key(), read.args().toArray());
            postPage(ctx, opened, id, Optional.empty(), Map.of(), english.isEmpty() ? List.of(why) : List.of(why, english));
            return;
        }
        String image = plans.addImage(Visitor.of(ctx).learnerId(), opened.id(), read.jpeg().get(), read.width(),
                read.height()).orElseThrow(NotFoundResponse::new);
        List<Post> posts = new ArrayList<>();
        for (Post p : opened.plan().posts()) {
            posts.add(p.id().equals(post.id()) ? p.withImage(ImageRef.UPLOAD + image) : p);
        }
        stored(ctx, opened, opened.plan().withPosts(posts), "image",
                PlannerRequests.base(opened) + "/kiriman/" + id + "?disimpan=1");
    }

    /** At most one byte more than allowed, so a file larger than it said is still refused. */
    private static byte[] bytes(UploadedFile file) {
        try (InputStream in = file.content()) {
            return in.readNBytes(ImageIntake.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stores the plan as the version after the one the form was made from ({@code versi}); a
     * change made meanwhile elsewhere is refused with 409, and nothing is stored.
     */
    private void stored(Context ctx, Plans.Opened opened, Plan plan, String note, String then) {
        int base = ctx.formParamAsClass("versi", Integer.class).getOrDefault(opened.version());
        Optional<Integer> saved = plans.save(Visitor.of(ctx).learnerId(), opened.id(), base, plan, note);
        if (saved.isEmpty()) {
            ctx.status(HttpStatus.CONFLICT);
            planPage(ctx, opened, Map.of(), Map.of("!conflict", pages.views(ctx).text("ig.conflict")), "", Map.of());
            return;
        }
        ctx.redirect(then, HttpStatus.SEE_OTHER);
    }
}
