package id.serambi.course;

import id.serambi.i18n.Lang;
import id.serambi.web.Pages;
import id.serambi.web.Visitor;
import id.serambi.web.Cookies;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The course pages: home and its paths, module, lesson, marking a lesson done, and the lessons' images. */
public final class CourseController {
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "gif", "image/gif",
            "svg", "image/svg+xml", "webp", "image/webp", "pdf", "application/pdf");

    /** The cookie that remembers the path a visitor chose on the home page. */
    static final String PATH_COOKIE = "serambi_jalur";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private final CourseSource course;
    private final ProgressStore store;
    private final Pages pages;
    private final Clock clock;
    private final List<CourseViews.MenuLink> menus;
    private final List<Completion> completions;

    /**
     * @param menus       the bundled WhatsApp menus the home page points to
     * @param completions per item kind, what a learner has completed (quizzes, practice tasks,
     *                    checklists, design tasks, inboxes, planner tasks); lessons are this store's
     */
    public CourseController(CourseSource course, ProgressStore store, Pages pages, Clock clock,
                            List<CourseViews.MenuLink> menus, List<Completion> completions) {
        this.course = course;
        this.store = store;
        this.pages = pages;
        this.clock = clock;
        this.menus = List.copyOf(menus);
        this.completions = List.copyOf(completions);
    }

    /** The lessons whose facts were last checked more than a year ago, oldest first: the authors' to-do list. */
    private List<Map<String, String>> reviewDue(Catalog catalog, Lang lang) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        return catalog.modules().stream().flatMap(m -> m.lessons().stream())
                .filter(l -> l.facts().dueForReview(today))
                .sorted(Comparator.comparing(l -> l.facts().reviewed().orElse(LocalDate.MIN)))
                .map(l -> Map.of("title", l.in(lang).title(), "url", l.url(), "reviewed",
                        l.facts().reviewedText(lang).orElse("-")))
                .toList();
    }

    public void home(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        Progress progress = progress(visitor);
        Lang lang = visitor.lang();
        Optional<Audience> chosen = chosenPath(ctx);
        List<Module> all = progress.catalog().modules();
        List<Module> onPath = chosen.map(a -> all.stream().filter(m -> m.isFor(a)).toList()).orElse(List.of());
        List<Module> others = all.stream().filter(m -> !onPath.contains(m)).toList();
        List<Module> order = new ArrayList<>(onPath);
        order.addAll(others);
        CourseViews.Next next = progress.next(order).map(i -> CourseViews.Next.of(i, progress.catalog(), lang))
                .orElse(null);
        Map<String, Object> model = new HashMap<>();
        model.put("audience", chosen.map(Audience::key).orElse(null));
        model.put("choices", Arrays.stream(Audience.values())
                .map(a -> new CourseViews.PathChoice(a.key(), chosen.filter(a::equals).isPresent())).toList());
        model.put("pathModules", cards(onPath, progress, lang));
        model.put("modules", cards(others, progress, lang));
        model.put("overall", progress.overall());
        model.put("started", progress.started());
        model.put("next", next);
        model.put("menus", menus.stream().map(m -> new CourseViews.MenuCard(m.id(), m.title().in(lang))).toList());
        model.put("reviewDue", reviewDue(progress.catalog(), lang));
        model.put("glossary", !progress.catalog().glossary().terms().isEmpty());
        model.put("programme", progress.catalog().guide(MaterialsController.PROGRAMME)
                .map(g -> new CourseViews.Nav(g.in(lang).title(), "/panduan/" + g.name())).orElse(null));
        pages.renderShared(ctx, "course/home", model);
    }

    /** {@code POST /jalur}: remembers the path chosen on the home page (an empty one forgets it). */
    public void choosePath(Context ctx) {
        String key = Optional.ofNullable(ctx.formParam("jalur")).orElse("");
        if (key.isEmpty()) {
            Cookies.set(ctx, PATH_COOKIE, "", 0);
            ctx.redirect("/#jalur", HttpStatus.SEE_OTHER);
            return;
        }
        Audience audience = Audience.of(key).orElseThrow(BadRequestResponse::new);
        Cookies.set(ctx, PATH_COOKIE, audience.key(), ONE_YEAR);
        ctx.redirect("/#modul-jalur", HttpStatus.SEE_OTHER);
    }

    private static Optional<Audience> chosenPath(Context ctx) {
        return Optional.ofNullable(ctx.cookie(PATH_COOKIE)).flatMap(Audience::of);
    }

    private static List<CourseViews.ModuleCard> cards(List<Module> modules, Progress progress, Lang lang) {
        return modules.stream().map(m -> CourseViews.ModuleCard.of(m, progress.of(m), lang)).toList();
    }

    public void module(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        Progress progress = progress(visitor);
        Module module = progress.catalog().module(ctx.pathParam("module")).orElseThrow(NotFoundResponse::new);
        pages.renderShared(ctx, "course/module", Map.of(
                "module", CourseViews.ModuleCard.of(module, progress.of(module), visitor.lang()),
                "items", CourseViews.items(module, progress, visitor.lang()),
                "materials", MaterialsController.of(progress.catalog(), module, visitor.lang())));
    }

    public void lesson(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        Progress progress = progress(visitor);
        Lesson lesson = progress.catalog().lesson(ctx.pathParam("module"), ctx.pathParam("lesson"))
                .orElseThrow(NotFoundResponse::new);
        Module module = progress.catalog().module(lesson.moduleId()).orElseThrow();
        pages.renderShared(ctx, "course/lesson", Map.of(
                "page", CourseViews.LessonPage.of(module, lesson, progress, visitor.lang())));
    }

    public void markDone(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        Lesson lesson = course.catalog().lesson(ctx.pathParam("module"), ctx.pathParam("lesson"))
                .orElseThrow(NotFoundResponse::new);
        if ("0".equals(ctx.formParam("done"))) {
            store.markNotDone(visitor.learnerId(), lesson.key());
        } else {
            store.markDone(visitor.learnerId(), lesson.key(), clock.millis());
        }
        ctx.redirect(lesson.url() + "#selesai", HttpStatus.SEE_OTHER);
    }

    public void media(Context ctx) {
        Path content = course.root().resolve("content").normalize();
        Path file;
        try {
            file = content.resolve(ctx.pathParam("path")).normalize();
        } catch (InvalidPathException e) {
            throw new NotFoundResponse();
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (!file.startsWith(content) || !MEDIA_TYPES.containsKey(ext) || !Files.isRegularFile(file)) {
            throw new NotFoundResponse();
        }
        try {
            String etag = "\"" + Files.size(file) + "-" + Files.getLastModifiedTime(file).toMillis() + "\"";
            ctx.header("Cache-Control", "public, max-age=86400");
            ctx.header("ETag", etag);
            if (etag.equals(ctx.header("If-None-Match"))) {
                ctx.status(HttpStatus.NOT_MODIFIED);
                return;
            }
            ctx.contentType(MEDIA_TYPES.get(ext)).result(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new NotFoundResponse();
        }
    }

    /** What the visitor has done; each kind's source is asked only when some module lists that kind. */
    private Progress progress(Visitor visitor) {
        Catalog catalog = course.catalog();
        if (!visitor.knownLearner()) {
            return new Progress(catalog, Map.of());
        }
        Set<String> kinds = new HashSet<>();
        catalog.modules().forEach(m -> m.items().forEach(i -> kinds.add(i.kind())));
        Map<String, Set<String>> completed = new HashMap<>();
        for (Completion c : completions) {
            if (kinds.contains(c.kind())) {
                completed.put(c.kind(), c.done().apply(visitor.learnerId()));
            }
        }
        return new Progress(catalog, store.done(visitor.learnerId()), completed);
    }
}
