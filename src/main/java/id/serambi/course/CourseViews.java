package id.serambi.course;

import id.serambi.content.Text;
import id.serambi.i18n.Lang;

import java.util.ArrayList;
import java.util.List;

/** What the course templates show, already in the visitor's language. */
public final class CourseViews {
    private CourseViews() {
    }

    /**
     * A module as its card and its page's head show it. {@code done} and {@code total} count the
     * items that count toward progress ({@link Progress}), the same on every page.
     */
    public record ModuleCard(String id, int number, String title, String description, String url, int lessons,
                      int minutes, int done, int total, int percent) {
        static ModuleCard of(Module m, Progress.Count count, Lang lang) {
            return new ModuleCard(m.id(), m.number(), m.title().in(lang), m.description().in(lang), m.url(),
                    m.lessons().size(), m.minutes(), count.done(), count.total(), count.percent());
        }
    }

    /** What to continue with on the home page: {@code kind} as {@link Item#kind()}; minutes for a lesson. */
    public record Next(String kind, String title, String url, String module, int minutes) {
        static Next of(Item item, Catalog catalog, Lang lang) {
            Module module = catalog.modules().stream().filter(m -> m.items().contains(item)).findFirst()
                    .orElseThrow();
            int minutes = item instanceof Lesson l ? l.minutes() : 0;
            String title = item instanceof Lesson l ? l.in(lang).title() : item.title().in(lang);
            return new Next(item.kind(), title, item.url(), module.title().in(lang), minutes);
        }
    }

    /** One of the home page's paths: an audience's key, and whether the visitor chose it. */
    public record PathChoice(String key, boolean chosen) {
    }

    /**
     * One entry of a module page: {@code kind} is lesson, simulator, task, quiz, inbox, planner,
     * design or checklist; {@code counts} is false for free practice, which progress leaves out.
     * {@code number} is the item's place among the steps that count (0 for one that does not), so
     * the last step's number is the total the progress bar counts.
     */
    public record ItemView(String kind, String title, String url, int minutes, boolean done, boolean counts,
                           int number) {
    }

    static List<ItemView> items(Module module, Progress progress, Lang lang) {
        List<ItemView> views = new ArrayList<>();
        int step = 0;
        for (Item item : module.items()) {
            String title = item instanceof Lesson l ? l.in(lang).title() : item.title().in(lang);
            int minutes = item instanceof Lesson l ? l.minutes() : 0;
            boolean counts = Progress.counts(item);
            views.add(new ItemView(item.kind(), title, item.url(), minutes, progress.isDone(item), counts,
                    counts ? ++step : 0));
        }
        return views;
    }

    /** A bundled WhatsApp menu the home page points to, by its id (content/menus/<id>.yaml). */
    public record MenuLink(String id, Text title) {
    }

    /** A {@link MenuLink} in the visitor's language. */
    public record MenuCard(String id, String title) {
    }

    public record Nav(String title, String url) {
    }

    public record LessonPage(ModuleCard module, String key, String url, String title, String description,
                      List<String> objectives, String html, boolean fallback, String textLang, int minutes,
                      int position, int count, Nav previous, Nav next, boolean done, List<String> sources,
                      String reviewed) {
        static LessonPage of(Module module, Lesson lesson, Progress progress, Lang lang) {
            List<Lesson> lessons = module.lessons();
            int index = lessons.indexOf(lesson);
            LessonText text = lesson.in(lang);
            boolean fallback = !lesson.availableIn(lang);
            Nav previous = index > 0 ? nav(lessons.get(index - 1), lang) : null;
            Nav next = index + 1 < lessons.size() ? nav(lessons.get(index + 1), lang) : null;
            return new LessonPage(ModuleCard.of(module, progress.of(module), lang), lesson.key(), lesson.url(),
                    text.title(), text.description(), text.objectives(), text.html(), fallback,
                    fallback ? Lang.ID.code() : lang.code(), lesson.minutes(), index + 1, lessons.size(),
                    previous, next, progress.isDone(lesson), lesson.facts().sources(),
                    lesson.facts().reviewedText(lang).orElse(null));
        }

        private static Nav nav(Lesson lesson, Lang lang) {
            return new Nav(lesson.in(lang).title(), lesson.url());
        }
    }
}
