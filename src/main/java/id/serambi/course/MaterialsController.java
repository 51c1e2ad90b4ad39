package id.serambi.course;

import id.serambi.i18n.Lang;
import id.serambi.web.Pages;
import id.serambi.web.Visitor;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The course's printable materials: a module's handout (every lesson on one page), facilitator
 * guides, quick-reference cards, and the glossary lessons link to.
 */
public final class MaterialsController {
    /** The guide of the whole training programme, linked from the home page. */
    public static final String PROGRAMME = "program-enam-hari";

    private final CourseSource course;
    private final Pages pages;

    public MaterialsController(CourseSource course, Pages pages) {
        this.course = course;
        this.pages = pages;
    }

    /** One page of the handout: a lesson as printed, in the reader's language where written. */
    public record HandoutLesson(String title, String description, List<String> objectives, String html,
                                String url, String lang, List<String> sources) {
    }

    /** A guide or a card as its page shows it; {@code module} is the module it belongs to, or null. */
    public record PageView(String kind, String name, String title, String description, String html, int minutes,
                           List<String> sources, boolean fallback, String lang, CourseViews.Nav module) {
    }

    /** {@code GET /modul/{module}/cetak}: every lesson of the module, one after another, for A4. */
    public void handout(Context ctx) {
        Lang lang = Visitor.of(ctx).lang();
        Catalog catalog = course.catalog();
        Module module = catalog.module(ctx.pathParam("module")).orElseThrow(NotFoundResponse::new);
        List<HandoutLesson> lessons = module.lessons().stream().map(l -> {
            LessonText t = l.in(lang);
            return new HandoutLesson(t.title(), t.description(), t.objectives(), t.html(), l.url(),
                    (l.availableIn(lang) ? lang : Lang.ID).code(), l.facts().sources());
        }).toList();
        pages.render(ctx, "course/handout", Map.of(
                "module", new CourseViews.Nav(module.title().in(lang), module.url()),
                "number", module.number(),
                "lessons", lessons,
                "cards", cardLinks(catalog, module, lang)));
    }

    /** {@code GET /panduan/{guide}}: a facilitator guide, printable. */
    public void guide(Context ctx) {
        Catalog catalog = course.catalog();
        Page guide = catalog.guide(ctx.pathParam("guide")).orElseThrow(NotFoundResponse::new);
        render(ctx, "guide", guide, catalog.module(guide.name()));
    }

    /** {@code GET /kartu/{card}}: a one-page quick-reference card. */
    public void card(Context ctx) {
        Catalog catalog = course.catalog();
        Page card = catalog.card(ctx.pathParam("card")).orElseThrow(NotFoundResponse::new);
        Optional<Module> module = catalog.modules().stream().filter(m -> m.cards().contains(card.name())).findFirst();
        render(ctx, "card", card, module);
    }

    /** {@code GET /glosarium}: every term, in the alphabetical order of the visitor's language, each at its own anchor. */
    public void glossary(Context ctx) {
        Lang lang = Visitor.of(ctx).lang();
        List<Map<String, String>> terms = course.catalog().glossary().terms().stream()
                .map(t -> Map.of("id", t.id(), "term", t.term().in(lang), "definition", t.definition().in(lang)))
                .sorted(Comparator.comparing((Map<String, String> t) -> t.get("term"), String.CASE_INSENSITIVE_ORDER))
                .toList();
        pages.render(ctx, "course/glossary", Map.of("terms", terms));
    }

    private void render(Context ctx, String kind, Page page, Optional<Module> module) {
        Lang lang = Visitor.of(ctx).lang();
        Page.Text text = page.in(lang);
        Map<String, Object> model = new HashMap<>();
        model.put("page", new PageView(kind, page.name(), text.title(), text.description(), text.html(),
                page.minutes(), page.sources(), !page.availableIn(lang), (page.availableIn(lang) ? lang : Lang.ID).code(),
                module.map(m -> new CourseViews.Nav(m.title().in(lang), m.url())).orElse(null)));
        pages.render(ctx, "course/material", model);
    }

    private static List<CourseViews.Nav> cardLinks(Catalog catalog, Module module, Lang lang) {
        return module.cards().stream().map(catalog::card).flatMap(Optional::stream)
                .map(c -> new CourseViews.Nav(c.in(lang).title(), "/kartu/" + c.name())).toList();
    }

    /** The printable materials a module page links to: its handout, its cards and its guide. */
    public static Map<String, Object> of(Catalog catalog, Module module, Lang lang) {
        Map<String, Object> out = new HashMap<>();
        out.put("handout", module.url() + "/cetak");
        out.put("cards", cardLinks(catalog, module, lang));
        out.put("guide", catalog.guide(module.id()).map(g -> "/panduan/" + g.name()).orElse(null));
        return out;
    }
}
