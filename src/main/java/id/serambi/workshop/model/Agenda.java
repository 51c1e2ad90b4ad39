package id.serambi.workshop.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The items a trainer can open for the room, in the order a session goes through them: the
 * pre-test, the modules and their quizzes, the practice tasks, then the post-test, the
 * evaluation and the SKM survey.
 */
public record Agenda(List<Item> items) {
    public Agenda {
        items = List.copyOf(items);
    }

    public static Agenda of(Workshop w) {
        Workshop.Quizzes q = w.quizzes();
        List<Item> items = new ArrayList<>();
        q.preTest().map(Item::quiz).ifPresent(items::add);
        w.modules().forEach(m -> items.add(Item.module(m)));
        q.moduleQuizzes().forEach(id -> items.add(Item.quiz(id)));
        for (String task : w.tasks()) {
            Item.parse(Item.Kind.TASK.prefix() + ":" + task).ifPresent(items::add);
        }
        q.postTest().map(Item::quiz).ifPresent(items::add);
        q.evaluation().map(Item::quiz).ifPresent(items::add);
        q.skm().map(Item::quiz).ifPresent(items::add);
        return new Agenda(items.stream().distinct().toList());
    }

    /** The item of this agenda a stored or posted code names; empty for anything else. */
    public Optional<Item> find(String code) {
        return Item.parse(code).filter(items::contains);
    }

    public boolean hasQuiz(String quizId) {
        return items.contains(Item.quiz(quizId));
    }
}
