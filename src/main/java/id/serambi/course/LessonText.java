package id.serambi.course;

import java.util.List;

/** One language's version of a lesson: front matter and the rendered body. */
public record LessonText(String title, String description, List<String> objectives, String html) {
}
