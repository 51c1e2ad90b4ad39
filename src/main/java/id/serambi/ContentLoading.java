package id.serambi;

import id.serambi.chat.MenuFilesCheck;
import id.serambi.course.CatalogLoader;
import id.serambi.i18n.Messages;
import id.serambi.quiz.QuizCatalog;
import id.serambi.quiz.QuizFilesCheck;
import id.serambi.quiz.QuizLoader;

import java.nio.file.Path;
import java.util.List;

/** The loader of the whole course: modules and lessons, with every other content kind checked too. */
public final class ContentLoading {
    private ContentLoading() {
    }

    public static CatalogLoader loader(Messages messages) {
        return new CatalogLoader(messages, List.of(new MenuFilesCheck(), quizFiles(messages)));
    }

    /** The quizzes and questionnaires under {@code root}, in every format Serambi reads. */
    public static QuizCatalog quizzes(Messages messages, Path root) {
        return QuizCatalog.of(List.copyOf(quizFiles(messages).load(root).quizzes().values()));
    }

    private static QuizFilesCheck quizFiles(Messages messages) {
        return new QuizFilesCheck(new QuizLoader(messages), List.of());
    }
}
