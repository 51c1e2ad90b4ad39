package id.serambi.workshop.model;

import id.serambi.chat.menu.MenuCatalog;
import id.serambi.content.Text;
import id.serambi.course.CourseSource;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.quiz.model.QuizCatalog;

/**
 * What an item is called on the trainer's and the participants' pages. An item whose file was
 * removed since the workshop was set up keeps showing its id, so the trainer still sees it.
 */
public final class ItemTitles {
    private final QuizCatalog quizzes;
    private final CourseSource course;
    private final MenuCatalog menus;
    private final Messages messages;

    public ItemTitles(QuizCatalog quizzes, CourseSource course, MenuCatalog menus, Messages messages) {
        this.quizzes = quizzes;
        this.course = course;
        this.menus = menus;
        this.messages = messages;
    }

    public String title(Item item, Lang lang) {
        return switch (item.kind()) {
            case QUIZ -> quizzes.find(item.id()).map(q -> q.title().in(lang)).orElse(item.id());
            case MODULE -> course.catalog().module(item.id()).map(m -> m.title().in(lang)).orElse(item.id());
            case TASK -> {
                String menuId = item.id().substring(0, item.id().indexOf('/'));
                String taskId = item.id().substring(item.id().indexOf('/') + 1);
                String task = menus.menu(menuId).flatMap(m -> m.task(taskId)).map(t -> t.prompt().in(lang))
                        .orElse(taskId);
                String menu = menus.menu(menuId).map(m -> m.title().in(lang)).orElse(menuId);
                yield messages.get(lang, "room.item.task", menu, task);
            }
        };
    }

    /** The title in both languages, for what is read once and shown to many (the live room). */
    public Text title(Item item) {
        return switch (item.kind()) {
            case QUIZ -> quizzes.find(item.id()).map(q -> q.title()).orElse(Text.of(item.id(), item.id()));
            case MODULE -> course.catalog().module(item.id()).map(m -> m.title()).orElse(Text.of(item.id(), item.id()));
            case TASK -> Text.of(title(item, Lang.ID), title(item, Lang.EN));
        };
    }

    /** What kind of step it is: tes awal, modul, latihan, evaluasi... as the workshop set it up. */
    public String role(Workshop w, Item item, Lang lang) {
        Workshop.Quizzes q = w.quizzes();
        String key = switch (item.kind()) {
            case MODULE -> "room.kind.module";
            case TASK -> "room.kind.task";
            case QUIZ -> q.preTest().equals(java.util.Optional.of(item.id())) ? "workshop.role.pre"
                    : q.postTest().equals(java.util.Optional.of(item.id())) ? "workshop.role.post"
                    : q.evaluation().equals(java.util.Optional.of(item.id())) ? "workshop.role.evaluation"
                    : q.skm().equals(java.util.Optional.of(item.id())) ? "workshop.role.skm" : "workshop.role.module";
        };
        return messages.get(lang, key);
    }
}
