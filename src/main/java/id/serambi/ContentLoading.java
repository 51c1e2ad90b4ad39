package id.serambi;

import id.serambi.chat.designer.DesignTaskReader;
import id.serambi.chat.menu.MenuCatalog;
import id.serambi.chat.menu.MenuFilesCheck;
import id.serambi.content.ContentReader;
import id.serambi.course.CatalogLoader;
import id.serambi.course.ChecklistReader;
import id.serambi.i18n.Messages;
import id.serambi.inbox.model.InboxCatalog;
import id.serambi.inbox.model.InboxFilesCheck;
import id.serambi.instagram.model.TaskFiles;
import id.serambi.quiz.file.QuizFilesCheck;
import id.serambi.quiz.file.QuizLoader;
import id.serambi.quiz.gift.GiftFileReader;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.model.QuizCatalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The loader of the whole course: modules and lessons, with every other content kind checked too,
 * and the menus and quizzes those checks read handed on to the simulator and the quiz pages.
 */
public final class ContentLoading {
    private final MenuFilesCheck menus = new MenuFilesCheck();
    private final ChecklistReader checklists = new ChecklistReader();
    private final DesignTaskReader designTasks = new DesignTaskReader();
    private final QuizFilesCheck quizzes;
    private final InboxFilesCheck inboxes = new InboxFilesCheck();
    private final TaskFiles planner = new TaskFiles();
    private final CatalogLoader loader;

    public ContentLoading(Messages messages) {
        this.quizzes = new QuizFilesCheck(new QuizLoader(messages), List.of(new GiftFileReader()));
        this.loader = new CatalogLoader(messages, List.of(menus, quizzes, checklists, designTasks, inboxes, planner),
                this::objectives);
    }

    /** The objectives the items of quiz {@code id} assess, when it is a quiz this load read. */
    private Optional<Set<String>> objectives(String id, Map<ContentReader<?>, Object> contents) {
        if (!(contents.get(quizzes) instanceof QuizCatalog catalog)) {
            return Optional.empty();
        }
        return catalog.find(id).filter(q -> q.kind() == Quiz.Kind.QUIZ).map(q -> q.questions().stream()
                .map(question -> q.info(question.id()).objective()).flatMap(Optional::stream)
                .collect(Collectors.toSet()));
    }

    /** A loader of the whole course, for callers that need the course alone. */
    public static CatalogLoader loader(Messages messages) {
        return new ContentLoading(messages).loader();
    }

    public CatalogLoader loader() {
        return loader;
    }

    /** The menus read by a load of this loader that found no problems. */
    public MenuCatalog menus(CatalogLoader.Result result) {
        return content(menus, result);
    }

    /** The quizzes and questionnaires read by a load of this loader that found no problems. */
    public QuizCatalog quizzes(CatalogLoader.Result result) {
        return content(quizzes, result);
    }

    /** The scam-and-hoax inboxes read by a load of this loader that found no problems. */
    public InboxCatalog inboxes(CatalogLoader.Result result) {
        return content(inboxes, result);
    }

    /** Every practice file read by a load of this loader that found no problems. */
    public Practice practice(CatalogLoader.Result result) {
        return new Practice(inboxes(result), content(checklists, result), content(designTasks, result),
                content(planner, result));
    }

    private static <T> T content(ContentReader<T> reader, CatalogLoader.Result result) {
        if (!result.ok()) {
            throw new IllegalArgumentException("content with problems: " + result.problems());
        }
        return result.content(reader).orElseThrow(() -> new IllegalArgumentException("not loaded by this loader"));
    }
}
