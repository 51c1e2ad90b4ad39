package id.serambi.course;

import id.serambi.content.ContentCheck;
import id.serambi.content.ContentFiles;
import id.serambi.content.ContentReader;
import id.serambi.content.Problem;
import id.serambi.i18n.Messages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads the course from a content root ({@code modules/}, {@code content/}, {@code quizzes/}) into
 * a {@link Catalog}, or reports every problem found, each with its file and line.
 */
public final class CatalogLoader {
    private final LessonReader lessonReader;
    private final List<ContentCheck> checks;
    private final Assessments assessments;

    /**
     * What the quizzes read by a load assess: for a quiz id, the objectives its items name
     * ({@code <lesson>#<n>}), or empty when it is no quiz (a questionnaire, or not read).
     */
    @FunctionalInterface
    public interface Assessments {
        Assessments NONE = (quizId, contents) -> Optional.empty();

        Optional<Set<String>> objectives(String quizId, Map<ContentReader<?>, Object> contents);
    }

    /** A loader of modules and lessons alone. */
    public CatalogLoader(Messages messages) {
        this(messages, List.of());
    }

    /**
     * A loader that also runs the given checks of other content files and reports their problems;
     * what a {@link ContentReader} among them read is kept in the result.
     */
    public CatalogLoader(Messages messages, List<ContentCheck> checks) {
        this(messages, checks, Assessments.NONE);
    }

    /**
     * As above; a module that lists a quiz must have every objective of its lessons assessed by an
     * item of one of its quizzes (a lesson shared by several modules, by the quizzes of any of them).
     */
    public CatalogLoader(Messages messages, List<ContentCheck> checks, Assessments assessments) {
        this.checks = List.copyOf(checks);
        this.lessonReader = new LessonReader(messages);
        this.assessments = assessments;
    }

    /**
     * What loading found: a catalog when there were no problems.
     *
     * @param contents what each {@link ContentReader} among the checks read, by reader
     */
    public record Result(Optional<Catalog> catalog, List<Problem> problems, int lessonCount, int englishCount,
                         Map<ContentReader<?>, Object> contents) {
        public Result {
            contents = Collections.unmodifiableMap(new IdentityHashMap<>(contents));
        }

        public boolean ok() {
            return problems.isEmpty();
        }

        /** What {@code reader} read in this load; empty if it is not one of the loader's checks. */
        public <T> Optional<T> content(ContentReader<T> reader) {
            // the reader itself put it there, so it is its T
            @SuppressWarnings("unchecked")
            T content = (T) contents.get(reader);
            return Optional.ofNullable(content);
        }
    }

    /**
     * Reports, at the manifest line that first lists it, each objective of a lesson that no quiz of
     * a module listing it assesses, where at least one of those modules lists a quiz.
     */
    private void unassessed(List<ModuleReader.PendingModule> modules, Map<String, ModuleReader.PendingLesson> first,
                            Map<String, Lesson> lessons, Map<ContentReader<?>, Object> contents,
                            List<Problem> problems) {
        Map<String, Set<String>> assessedByKey = new HashMap<>();
        Set<String> checked = new HashSet<>();
        for (ModuleReader.PendingModule m : modules) {
            Set<String> assessed = new HashSet<>();
            boolean quiz = false;
            for (Object item : m.items()) {
                if (item instanceof Item.Quiz q) {
                    Optional<Set<String>> objectives = assessments.objectives(q.quizId(), contents);
                    quiz |= objectives.isPresent();
                    objectives.ifPresent(assessed::addAll);
                }
            }
            for (Object item : m.items()) {
                if (item instanceof ModuleReader.PendingLesson l) {
                    assessedByKey.computeIfAbsent(l.key(), k -> new HashSet<>()).addAll(assessed);
                    if (quiz) {
                        checked.add(l.key());
                    }
                }
            }
        }
        for (String key : checked) {
            Lesson lesson = lessons.get(key);
            ModuleReader.PendingLesson at = first.get(key);
            List<String> objectives = lesson.id().objectives();
            for (int n = 1; n <= objectives.size(); n++) {
                if (!assessedByKey.get(key).contains(key + "#" + n)) {
                    problems.add(Problem.at(at.modulePath(), at.line(), "content.objective.unassessed", key, n,
                            objectives.get(n - 1)));
                }
            }
        }
    }

    public Result load(Path root) {
        List<Problem> problems = new ArrayList<>();
        ContentFiles files = new ContentFiles(root);
        try {
            return load(files, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Result load(ContentFiles files, List<Problem> problems) throws IOException {
        Path root = files.root();
        Path modulesDir = root.resolve("modules");
        if (!Files.isDirectory(modulesDir)) {
            problems.add(Problem.at("modules/", 1, "content.modules.missing"));
            return new Result(Optional.empty(), problems, 0, 0, Map.of());
        }
        List<Path> manifests = files.list(modulesDir, ".yaml", ".yml");
        if (manifests.isEmpty()) {
            problems.add(Problem.at("modules/", 1, "content.modules.empty"));
        }
        ModuleReader moduleReader = new ModuleReader(files, problems);
        List<ModuleReader.PendingModule> pending = new ArrayList<>();
        for (Path manifest : manifests) {
            moduleReader.read(manifest).ifPresent(pending::add);
        }

        Glossary glossary = new GlossaryReader().read(files, problems);
        Map<String, Lesson> lessons = new HashMap<>();
        int english = 0;
        for (ModuleReader.PendingLesson p : moduleReader.lessons().values()) {
            Optional<Lesson> lesson = lessonReader.read(files, p, moduleReader.lessons(), glossary, problems);
            if (lesson.isPresent()) {
                lessons.put(p.key(), lesson.get());
                english += lesson.get().en().isPresent() ? 1 : 0;
            }
        }
        Map<String, Page> guides = lessonReader.pages(files, PageReader.Kind.GUIDE, moduleReader.lessons(), glossary,
                problems);
        Map<String, Page> cards = lessonReader.pages(files, PageReader.Kind.CARD, moduleReader.lessons(), glossary,
                problems);
        int menus = files.list(root.resolve("content/menus"), ".yaml").size();
        Map<ContentReader<?>, Object> contents = new IdentityHashMap<>();
        for (ContentCheck check : checks) {
            if (check instanceof ContentReader<?> reader) {
                ContentReader.Read<?> read = reader.read(root);
                problems.addAll(read.problems());
                contents.put(reader, read.content());
            } else {
                problems.addAll(check.check(root));
            }
        }
        int quizzes = files.list(root.resolve("quizzes"), ".yaml", ".gift").size();
        if (problems.isEmpty()) {
            unassessed(pending, moduleReader.lessons(), lessons, contents, problems);
        }

        Collections.sort(problems);
        if (!problems.isEmpty()) {
            return new Result(Optional.empty(), List.copyOf(problems), lessons.size(), english, contents);
        }
        List<Module> modules = new ArrayList<>();
        for (ModuleReader.PendingModule p : pending) {
            List<Item> items = p.items().stream()
                    .map(i -> i instanceof ModuleReader.PendingLesson l ? lessons.get(l.key()).listedIn(l.moduleId()) : (Item) i)
                    .toList();
            modules.add(new Module(p.id(), modules.size() + 1, p.title(), p.description(), p.audience(), items,
                    p.cards()));
        }
        return new Result(Optional.of(new Catalog(modules, menus, quizzes, glossary, guides, cards)), List.of(),
                lessons.size(), english,
                contents);
    }
}
