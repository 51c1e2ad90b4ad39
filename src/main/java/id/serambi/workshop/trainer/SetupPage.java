package id.serambi.workshop.trainer;

import id.serambi.chat.menu.MenuCatalog;
import id.serambi.course.CourseSource;
import id.serambi.course.Item;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.model.QuizCatalog;
import id.serambi.web.Pages;
import id.serambi.web.Visitor;
import id.serambi.workshop.model.Workshop;
import id.serambi.workshop.model.WorkshopForm;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The workshop set-up form, which offers what the course holds: its modules, quizzes and
 * questionnaires, and the simulator's practice tasks. A set-up is checked against the same
 * catalogs, so the form never offers what a check would refuse, nor the other way round.
 */
final class SetupPage {
    private final CourseSource course;
    private final QuizCatalog quizzes;
    private final MenuCatalog menus;
    private final Pages pages;
    private final Messages messages;

    SetupPage(CourseSource course, QuizCatalog quizzes, MenuCatalog menus, Pages pages, Messages messages) {
        this.course = course;
        this.quizzes = quizzes;
        this.menus = menus;
        this.pages = pages;
        this.messages = messages;
    }

    WorkshopForm.Checked check(WorkshopForm form, String owner) {
        return form.check(owner,
                course.catalog().modules().stream().map(m -> m.id()).collect(Collectors.toSet()), quizIds(),
                questionnaireIds(), tasks(Lang.ID).stream().map(t -> (String) t.get("id")).collect(Collectors.toSet()));
    }

    /** The form a new workshop starts from: every module with its quizzes, and the usual tests and surveys. */
    WorkshopForm proposed(LocalDate today) {
        List<String> modules = course.catalog().modules().stream().map(m -> m.id()).toList();
        Set<String> known = quizIds();
        Set<String> questionnaires = questionnaireIds();
        List<String> moduleQuizzes = course.catalog().modules().stream().flatMap(m -> m.items().stream())
                .filter(i -> i instanceof Item.Quiz).map(i -> ((Item.Quiz) i).quizId())
                .filter(id -> known.contains(id) && !questionnaires.contains(id)).distinct().toList();
        return WorkshopForm.proposed(today, modules, moduleQuizzes, known, questionnaires);
    }

    private Set<String> quizIds() {
        return quizzes.all().stream().map(Quiz::id).collect(Collectors.toSet());
    }

    private Set<String> questionnaireIds() {
        return quizzes.all().stream().filter(q -> q.kind() == Quiz.Kind.QUESTIONNAIRE).map(Quiz::id)
                .collect(Collectors.toSet());
    }

    /** The form as filled in, with the message of each refused field's key. */
    void render(Context ctx, WorkshopForm form, Map<String, String> errorKeys) {
        Lang lang = Visitor.of(ctx).lang();
        Map<String, String> errors = new HashMap<>();
        errorKeys.forEach((field, key) -> errors.put(field, messages.get(lang, key)));
        List<Map<String, Object>> modules = course.catalog().modules().stream()
                .map(m -> Map.<String, Object>of("id", m.id(), "title", m.title().in(lang),
                        "checked", form.modules().contains(m.id())))
                .toList();
        List<Map<String, Object>> quizList = quizzes.all().stream()
                .map(q -> Map.<String, Object>of("id", q.id(), "title", q.title().in(lang),
                        "questionnaire", q.kind() == Quiz.Kind.QUESTIONNAIRE,
                        "inModule", form.moduleQuizzes().contains(q.id())))
                .toList();
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("errors", errors);
        model.put("modules", modules);
        model.put("quizzes", quizList);
        model.put("tasks", tasks(lang).stream().map(t -> {
            Map<String, Object> row = new HashMap<>(t);
            row.put("checked", form.tasks().contains((String) t.get("id")));
            return row;
        }).toList());
        model.put("maxCapacity", Workshop.MAX_CAPACITY);
        model.put("pageStyle", WorkshopController.STYLE);
        model.put("path", "/pelatihan/baru");
        pages.render(ctx, "workshop/trainer/new", model);
    }

    /** Every practice task of the simulator's menus, as {@code <menu>/<task>} with what it asks. */
    private List<Map<String, Object>> tasks(Lang lang) {
        return menus.engines().stream().map(e -> e.menu())
                .sorted(Comparator.comparing(m -> m.id()))
                .flatMap(m -> m.tasks().stream().map(t -> Map.<String, Object>of("id", m.id() + "/" + t.id(),
                        "menu", m.title().in(lang), "prompt", t.prompt().in(lang))))
                .toList();
    }
}
