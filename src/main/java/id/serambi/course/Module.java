package id.serambi.course;

import id.serambi.content.Text;

import java.util.List;
import java.util.Set;

/**
 * A course module: its manifest, with items in order.
 *
 * @param audience who it is written for; every audience when the manifest names none
 * @param cards    the ids of its quick-reference cards ({@code content/cards/<id>.md})
 */
public record Module(String id, int number, Text title, Text description, Set<Audience> audience, List<Item> items,
                     List<String> cards) {

    public Module {
        audience = Set.copyOf(audience);
        items = List.copyOf(items);
        cards = List.copyOf(cards);
    }

    public Module(String id, int number, Text title, Text description, Set<Audience> audience, List<Item> items) {
        this(id, number, title, description, audience, items, List.of());
    }

    public List<Lesson> lessons() {
        return items.stream().filter(Lesson.class::isInstance).map(Lesson.class::cast).toList();
    }

    /** The keys of its lessons in order, as progress stores them. */
    public List<String> lessonKeys() {
        return lessons().stream().map(Lesson::key).toList();
    }

    public int minutes() {
        return lessons().stream().mapToInt(Lesson::minutes).sum();
    }

    /** Whether the module belongs to the path of {@code who}. */
    public boolean isFor(Audience who) {
        return audience.contains(who);
    }

    public String url() {
        return "/modul/" + id;
    }
}
