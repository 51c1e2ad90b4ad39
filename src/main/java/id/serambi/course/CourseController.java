package id.serambi.course;

import id.serambi.i18n.Lang;
import id.serambi.web.Pages;
import id.serambi.web.Visitor;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The course pages: home, module, lesson, marking a lesson done, and the lessons' images. */
public final class CourseController {
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "gif", "image/gif",
            "svg", "image/svg+xml", "webp", "image/webp", "pdf", "application/pdf");

    private final CourseSource course;
    private final ProgressStore store;
    private final Pages pages;
    private final Clock clock;
    private final List<CourseViews.MenuLink> menus;
    private final Function<String, Set<String>> tasksDone;
    private final Function<String, Set<String>> quizzesDone;

    /**
     * @param menus     the bundled WhatsApp menus the home page points to
     * @param tasksDone   the practice tasks a learner has reached, as {@code menu/task}, by learner id
     * @param quizzesDone the quizzes a learner passed and the questionnaires they sent, by learner id
     */
    public CourseController(CourseSource course, ProgressStore store, Pages pages, Clock clock,
                            List<CourseViews.MenuLink> menus, Function<String, Set<String>> tasksDone,
                            Function<String, Set<String>> quizzesDone) {
        this.course = course;
        this.store = store;
        this.pages = pages;
        this.clock = clock;
        this.menus = List.copyOf(menus);
        this.tasksDone = tasksDone;
        this.quizzesDone = quizzesDone;
    }

    public void home(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        Progress progress = progress(visitor);
        Lang lang = visitor.lang();
        List<CourseViews.ModuleCard> cards = progress.catalog().modules().stream()
                .map(m -> CourseViews.ModuleCard.of(m, progress.of(m), lang))
                .toList();
        CourseViews.Next next = progress.next().map(l -> CourseViews.Next.of(l, progress, lang)).orElse(null);
        Map<String, Object> model = new HashMap<>();
        model.put("modules", cards);
        model.put("overall", progress.overall());
        model.put("started", progress.started());
        model.put("next", next);
        model.put("menus", menus.stream().map(m -> new CourseViews.MenuCard(m.id(), m.title().in(lang))).toList());
        pages.render(ctx, "course/home", model);
    }

    public void module(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        Progress progress = progress(visitor);
        Module module = progress.catalog().module(ctx.pathParam("module")).orElseThrow(NotFoundResponse::new);
        pages.render(ctx, "course/module", Map.of(
                "module", CourseViews.ModuleCard.of(module, progress.of(module), visitor.lang()),
                "items", CourseViews.items(module, progress, tasksDone(visitor, module), visitor.lang())));
    }

    public void lesson(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        Progress progress = progress(visitor);
        Lesson lesson = progress.catalog().lesson(ctx.pathParam("module"), ctx.pathParam("lesson"))
                .orElseThrow(NotFoundResponse::new);
        Module module = progress.catalog().module(lesson.moduleId()).orElseThrow();
        pages.render(ctx, "course/lesson", Map.of(
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

    /** Asks for practice results only when the module has a task and the visitor is known. */
    private Set<String> tasksDone(Visitor visitor, Module module) {
        boolean hasTask = module.items().stream().anyMatch(i -> i instanceof Item.Task);
        return hasTask && visitor.knownLearner() ? tasksDone.apply(visitor.learnerId()) : Set.of();
    }

    private Progress progress(Visitor visitor) {
        Catalog catalog = course.catalog();
        if (!visitor.knownLearner()) {
            return new Progress(catalog, Map.of());
        }
        boolean hasQuiz = catalog.modules().stream().anyMatch(m -> m.items().stream().anyMatch(Item.Quiz.class::isInstance));
        return new Progress(catalog, store.done(visitor.learnerId()),
                hasQuiz ? quizzesDone.apply(visitor.learnerId()) : Set.of());
    }
}
