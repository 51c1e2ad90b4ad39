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
    private final Glossary glossary;
    private final Map<String, Page> guides;
    private final Map<String, Page> cards;

    public Catalog(List<Module> modules, int menuCount, int quizCount) {
        this(modules, menuCount, quizCount, Glossary.EMPTY, Map.of(), Map.of());
    }

    /**
     * @param guides facilitator guides by name: a module's has the module's id
     * @param cards  quick-reference cards by id
     */
    public Catalog(List<Module> modules, int menuCount, int quizCount, Glossary glossary, Map<String, Page> guides,
                   Map<String, Page> cards) {
        this.glossary = glossary;
        this.guides = new LinkedHashMap<>(guides);
        this.cards = new LinkedHashMap<>(cards);
        this.modules = List.copyOf(modules);
        for (Module module : modules) {
            byId.put(module.id(), module);
            for (Lesson lesson : module.lessons()) {
                if (lessonsByKey.putIfAbsent(lesson.key(), lesson) == null) {
                    lessonsInOrder.add(lesson);
                }
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

    /** Every lesson of the course, module by module, a shared lesson once, where it is first listed. */
    public List<Lesson> lessons() {
        return List.copyOf(lessonsInOrder);
    }

    public Glossary glossary() {
        return glossary;
    }

    public Optional<Page> guide(String name) {
        return Optional.ofNullable(guides.get(name));
    }

    /** Every guide, in file order. */
    public List<Page> guides() {
        return List.copyOf(guides.values());
    }

    public Optional<Page> card(String id) {
        return Optional.ofNullable(cards.get(id));
    }

    /** Every card, in file order. */
    public List<Page> cards() {
        return List.copyOf(cards.values());
    }

    public int menuCount() {
        return menuCount;
    }

    public int quizCount() {
        return quizCount;
    }
}
