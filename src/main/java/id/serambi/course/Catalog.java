package id.serambi.course;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The whole course as loaded from content files: immutable, safe to share between threads. */
public final class Catalog {
    private final List<Module> modules;
    private final Map<String, Module> byId = new LinkedHashMap<>();
    private final Map<String, Lesson> lessonsByKey = new LinkedHashMap<>();
    private final List<Lesson> lessonsInOrder = new ArrayList<>();
    private final int menuCount;
    private final int quizCount;

    public Catalog(List<Module> modules, int menuCount, int quizCount) {
        this.modules = List.copyOf(modules);
        for (Module module : modules) {
            byId.put(module.id(), module);
            for (Lesson lesson : module.lessons()) {
                lessonsByKey.put(lesson.key(), lesson);
                lessonsInOrder.add(lesson);
            }
        }
        this.menuCount = menuCount;
        this.quizCount = quizCount;
    }

    public List<Module> modules() {
        return modules;
    }

    public Optional<Module> module(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Lesson> lesson(String moduleId, String slug) {
        return module(moduleId).flatMap(m -> m.lessons().stream().filter(l -> l.slug().equals(slug)).findFirst());
    }

    public Optional<Lesson> lessonByKey(String key) {
        return Optional.ofNullable(lessonsByKey.get(key));
    }

    /** Every lesson of the course, module by module. */
    public List<Lesson> lessons() {
        return List.copyOf(lessonsInOrder);
    }

    public int menuCount() {
        return menuCount;
    }

    public int quizCount() {
        return quizCount;
    }
}
