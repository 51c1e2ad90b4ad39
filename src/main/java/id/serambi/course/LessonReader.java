package id.serambi.course;

import id.serambi.content.ContentFiles;
import id.serambi.content.Problem;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a lesson listed by a module: its Indonesian file and, beside it, its English version if
 * there is one, rendered with the callout labels of each language. Links between lessons resolve
 * against every lesson the modules list.
 */
final class LessonReader {
    private final Map<Lang, LessonMarkdown> markdown = new EnumMap<>(Lang.class);

    LessonReader(Messages messages) {
        for (Lang lang : Lang.values()) {
            Map<String, String> labels = new HashMap<>();
            for (String kind : LessonMarkdown.CALLOUT_KINDS) {
                labels.put(kind, messages.get(lang, "lesson.callout." + kind));
            }
            markdown.put(lang, new LessonMarkdown(labels, messages.get(lang, "lesson.task.done"),
                    messages.get(lang, "lesson.task.open")));
        }
    }

    Optional<Lesson> read(ContentFiles files, ModuleReader.PendingLesson p,
                          Map<String, ModuleReader.PendingLesson> lessonsByKey, Glossary glossary,
                          List<Problem> problems) {
        Path idFile = files.root().resolve("content/lessons/" + p.key() + ".md");
        Path enFile = files.root().resolve("content/lessons/" + p.key() + ".en.md");
        LessonLinks links = new LessonLinks(files, lessonsByKey, glossary);
        Optional<LessonFile.Parsed> id = LessonFile.parse(files, idFile, true, markdown.get(Lang.ID),
                links.from(idFile), problems);
        Optional<LessonFile.Parsed> en = Optional.empty();
        if (Files.isRegularFile(enFile)) {
            en = LessonFile.parse(files, enFile, false, markdown.get(Lang.EN), links.from(enFile), problems);
        }
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Lesson(p.key(), p.slug(), p.moduleId(), id.get().minutes().orElse(0),
                id.get().text(), en.map(LessonFile.Parsed::text), id.get().facts()));
    }

    /** Where lessons live once loaded: {@code /modul/<module>/<slug>}. */
    private static String lessonUrl(String moduleId, String key) {
        return "/modul/" + moduleId + "/" + key.substring(key.lastIndexOf('/') + 1);
    }

    /** The guides or the cards of the course, their links resolved as a lesson's are. */
    Map<String, Page> pages(ContentFiles files, PageReader.Kind kind, Map<String, ModuleReader.PendingLesson> lessonsByKey,
                            Glossary glossary, List<Problem> problems) {
        LessonLinks links = new LessonLinks(files, lessonsByKey, glossary);
        return new PageReader(markdown).read(files, kind, links::from, problems);
    }

    /** Resolves links from a lesson file against the content tree, the modules' lessons and the glossary. */
    private record LessonLinks(ContentFiles files, Map<String, ModuleReader.PendingLesson> lessons, Glossary glossary) {
        LessonMarkdown.Links from(Path lessonFile) {
            return new LinkResolution(files, lessonFile, key -> Optional.ofNullable(lessons.get(key))
                    .map(l -> lessonUrl(l.moduleId(), l.key())), glossary)::resolve;
        }
    }
}
