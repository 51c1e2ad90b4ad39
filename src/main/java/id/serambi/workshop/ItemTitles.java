package id.serambi.workshop;

import id.serambi.chat.MenuCatalog;
import id.serambi.course.CourseSource;
import id.serambi.course.Text;
import id.serambi.quiz.QuizCatalog;

/** The title of what a trainer opened, from the course's catalogs; its id when the catalog lost it. */
public final class ItemTitles {
    private final QuizCatalog quizzes;
    private final CourseSource course;
    private final MenuCatalog menus;

    public ItemTitles(QuizCatalog quizzes, CourseSource course, MenuCatalog menus) {
        this.quizzes = quizzes;
        this.course = course;
        this.menus = menus;
    }

    public Text title(Item item) {
        return switch (item.kind()) {
            case QUIZ -> quizzes.find(item.id()).map(q -> q.title()).orElse(Text.of(item.id()));
            case MODULE -> course.catalog().module(item.id()).map(m -> m.title()).orElse(Text.of(item.id()));
            case TASK -> {
                String menu = item.id().substring(0, item.id().indexOf('/'));
                yield menus.menu(menu).map(m -> m.title()).orElse(Text.of(menu));
            }
        };
    }
}
