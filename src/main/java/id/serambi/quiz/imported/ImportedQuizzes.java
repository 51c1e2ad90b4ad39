package id.serambi.quiz.imported;

import id.serambi.content.Problem;
import id.serambi.content.Text;
import id.serambi.quiz.gift.GiftEncoding;
import id.serambi.quiz.gift.GiftIds;
import id.serambi.quiz.gift.GiftParser;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.model.QuizCatalog;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Quizzes trainers import as GIFT files, beside the quiz files of the course. Each is stored as
 * its text and parsed once per node; the stored list is read on every look-up, so a quiz saved or
 * deleted on one server shows on all. A quiz file wins over an imported quiz of the same id.
 */
public final class ImportedQuizzes {
    /** The largest GIFT file taken: a quiz of several hundred questions fits. */
    public static final int MAX_BYTES = 512 * 1024;
    /** Ids the quiz pages use for themselves. */
    static final Set<String> RESERVED = Set.of("impor");
    private static final int MAX_ID = 90;
    private static final int MAX_TITLE = 300;
    private static final String PASTED = "kuis-impor";

    private final ImportedQuizStore store;
    private final QuizCatalog files;
    private final Clock clock;
    private final GiftParser parser = new GiftParser();
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();
    private final QuizCatalog catalog;

    private record Parsed(long createdAt, Optional<Quiz> quiz) {
    }

    public ImportedQuizzes(ImportedQuizStore store, QuizCatalog files, Clock clock) {
        this.store = store;
        this.files = files;
        this.clock = clock;
        this.catalog = new QuizCatalog(this::all);
    }

    /** The quiz files' quizzes and the imported ones together. */
    public QuizCatalog catalog() {
        return catalog;
    }

    public boolean isImported(String id) {
        return files.find(id).isEmpty() && imported().containsKey(id);
    }

    public List<ImportedQuizStore.Entry> entries() {
        return store.entries().stream().filter(e -> files.find(e.id()).isEmpty()).toList();
    }

    /**
     * A GIFT file read for import: its quiz under the id it would be saved with, or its problems.
     *
     * @param text    the file's text, or empty when it could not be decoded
     * @param renamed the id the file asked for, when another quiz has it
     */
    public record Upload(Optional<Quiz> quiz, List<Problem> problems, Optional<String> text, Optional<String> renamed) {
        public Upload {
            problems = List.copyOf(problems);
        }
    }

    /** An uploaded file, named {@code fileName}, whose name gives the id. */
    public Upload read(String fileName, byte[] bytes) {
        List<Problem> problems = new ArrayList<>();
        Optional<String> text = GiftEncoding.decode(fileName, bytes, problems);
        if (text.isEmpty()) {
            return new Upload(Optional.empty(), problems, Optional.empty(), Optional.empty());
        }
        return read(fileName, text.get(), GiftParser.idOf(fileName));
    }

    /** Pasted text, whose category (or {@value #PASTED}) gives the id. */
    public Upload read(String text) {
        return read(PASTED + ".gift", text.replace("\r\n", "\n").replace('\r', '\n'), null);
    }

    private Upload read(String path, String text, String wanted) {
        GiftParser.Result result = parser.parse(path, text);
        if (!result.ok()) {
            return new Upload(Optional.empty(), result.problems(), Optional.of(text), Optional.empty());
        }
        Quiz quiz = result.quiz().orElseThrow();
        String slug = GiftIds.slug(quiz.title().id());
        String base = cut(wanted != null ? wanted : slug.isEmpty() ? PASTED : slug);
        String id = freeId(base);
        return new Upload(Optional.of(withId(quiz, id, quiz.title().id())), List.of(), Optional.of(text),
                id.equals(base) ? Optional.empty() : Optional.of(base));
    }

    /** Saves an upload read without problems; a text saved before gives the quiz saved then. */
    public Quiz save(Upload upload) {
        Quiz quiz = upload.quiz().orElseThrow(() -> new IllegalArgumentException("an upload with problems"));
        String text = upload.text().orElseThrow();
        Optional<Quiz> before = store.idOfText(text).map(id -> imported().get(id));
        if (before.isPresent()) {
            return before.get();
        }
        String title = quiz.title().id().length() > MAX_TITLE ? quiz.title().id().substring(0, MAX_TITLE) : quiz.title().id();
        String id = quiz.id();
        // another trainer may take the id between the preview and this save: take the next one
        while (!store.insert(id, title, text, clock.millis())) {
            id = freeId(id);
        }
        return withId(quiz, id, title);
    }

    public boolean delete(String id) {
        boolean deleted = isImported(id) && store.delete(id);
        parsed.remove(id);
        return deleted;
    }

    /** {@code base}, or {@code base-2}, {@code base-3}, ... : the first that no quiz, attempt or page uses. */
    String freeId(String base) {
        Set<String> used = store.usedIds();
        String id = base;
        for (int n = 2; RESERVED.contains(id) || used.contains(id) || files.find(id).isPresent(); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private Map<String, Quiz> all() {
        Map<String, Quiz> all = new LinkedHashMap<>(imported());
        files.all().forEach(q -> all.put(q.id(), q));
        return all;
    }

    /** The imported quizzes that read without problems, parsing only those saved since the last look. */
    private Map<String, Quiz> imported() {
        List<ImportedQuizStore.Entry> entries = store.entries();
        parsed.keySet().retainAll(entries.stream().map(ImportedQuizStore.Entry::id).toList());
        Map<String, Quiz> quizzes = new LinkedHashMap<>();
        for (ImportedQuizStore.Entry e : entries) {
            Parsed p = parsed.get(e.id());
            if (p == null || p.createdAt() != e.createdAt()) {
                p = new Parsed(e.createdAt(), store.gift(e.id())
                        .flatMap(text -> parser.parse(e.id() + ".gift", text).quiz())
                        .map(q -> withId(q, e.id(), e.title())));
                parsed.put(e.id(), p);
            }
            p.quiz().ifPresent(q -> quizzes.put(e.id(), q));
        }
        return quizzes;
    }

    private static Quiz withId(Quiz quiz, String id, String title) {
        return new Quiz(id, quiz.kind(), Text.of(title), quiz.description(), quiz.settings(), quiz.questions(),
                quiz.info());
    }

    private static String cut(String id) {
        return id.length() <= MAX_ID ? id : id.substring(0, MAX_ID).replaceAll("-+$", "");
    }

    /** The size of pasted text as a file would have it. */
    public static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
