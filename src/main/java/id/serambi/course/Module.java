package id.serambi.course;

import id.serambi.content.Text;

import java.util.List;

/** A course module: its manifest, with items in order. */
public record Module(String id, int number, Text title, Text description, List<Item> items) {

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

    public String url() {
        return "/modul/" + id;
    }
}
