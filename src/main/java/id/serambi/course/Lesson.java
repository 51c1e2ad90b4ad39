package id.serambi.course;

import id.serambi.content.Text;
import id.serambi.i18n.Lang;

import java.util.Optional;

/**
 * A lesson of a module. {@code key} is its path under {@code content/lessons/} without
 * {@code .md}; {@code slug} the last part of it, used in its URL.
 */
public record Lesson(String key, String slug, String moduleId, int minutes, LessonText id, Optional<LessonText> en,
                     LessonFacts facts)
        implements Item {

    public Lesson(String key, String slug, String moduleId, int minutes, LessonText id, Optional<LessonText> en) {
        this(key, slug, moduleId, minutes, id, en, LessonFacts.NONE);
    }

    /** The same lesson as {@code module} lists it: shared lessons have one text and one key, and each module its address. */
    public Lesson listedIn(String module) {
        return module.equals(moduleId) ? this : new Lesson(key, slug, module, minutes, id, en, facts);
    }

    /** The text to show in {@code lang}: English when written, Indonesian otherwise. */
    public LessonText in(Lang lang) {
        return lang == Lang.EN ? en.orElse(id) : id;
    }

    /** True when the lesson is shown in {@code lang} as written, not as a fallback. */
    public boolean availableIn(Lang lang) {
        return lang == Lang.ID || en.isPresent();
    }

    public String url() {
        return "/modul/" + moduleId + "/" + slug;
    }

    @Override
    public String kind() {
        return "lesson";
    }

    @Override
    public Optional<String> completionId() {
        return Optional.of(key);
    }

    @Override
    public Text title() {
        return new Text(id.title(), en.map(LessonText::title));
    }
}
