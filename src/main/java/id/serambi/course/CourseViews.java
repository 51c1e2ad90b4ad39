package id.serambi.course;

import id.serambi.content.Text;
import id.serambi.i18n.Lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What the course templates show, already in the visitor's language. */
public final class CourseViews {
    private CourseViews() {
    }

    public record ModuleCard(String id, int number, String title, String description, String url, int lessons,
                      int minutes, int done, int total, int percent) {
        static ModuleCard of(Module m, Progress.Count count, Lang lang) {
            return new ModuleCard(m.id(), m.number(), m.title().in(lang), m.description().in(lang), m.url(),
                    m.lessons().size(), m.minutes(), count.done(), count.total(), count.percent());
        }
    }

    /** The lesson to continue with on the home page. */
    public record Next(String title, String url, String module, int minutes) {
        static Next of(Lesson lesson, Progress progress, Lang lang) {
            Module module = progress.catalog().module(lesson.moduleId()).orElseThrow();
            return new Next(lesson.in(lang).title(), lesson.url(), module.title().in(lang), lesson.minutes());
        }
    }

    /** One entry of a module page: {@code kind} is lesson, simulator, task or quiz. */
    public record ItemView(String kind, String title, String url, int minutes, boolean done) {
    }

    /** @param tasksDone the practice tasks the learner has reached, as {@code menu/task} */
    static List<ItemView> items(Module module, Progress progress, Set<String> tasksDone, Lang lang) {
        List<ItemView> views = new ArrayList<>();
        for (Item item : module.items()) {
            if (item instanceof Lesson l) {
                views.add(new ItemView("lesson", l.in(lang).title(), l.url(), l.minutes(), progress.isDone(l)));
            } else if (item instanceof Item.Simulator s) {
                views.add(new ItemView("simulator", s.title().in(lang), s.url(), 0, false));
            } else if (item instanceof Item.Task t) {
                views.add(new ItemView("task", t.title().in(lang), t.url(), 0, tasksDone.contains(t.key())));
            } else if (item instanceof Item.Quiz q) {
                views.add(new ItemView("quiz", q.title().in(lang), q.url(), 0, progress.isDone(q)));
            }
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
                      int position, int count, Nav previous, Nav next, boolean done) {
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
                    previous, next, progress.isDone(lesson));
        }

        private static Nav nav(Lesson lesson, Lang lang) {
            return new Nav(lesson.in(lang).title(), lesson.url());
        }
    }
}
