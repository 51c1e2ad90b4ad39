package id.serambi.quiz.file;

import id.serambi.content.ContentFiles;
import id.serambi.content.YamlFields;
import id.serambi.quiz.model.ItemInfo;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;

/**
 * Checks that the objective a question names exists: {@code <lesson-id>#<n>} must be a lesson
 * under {@code content/lessons/} with at least {@code n} objectives in its front matter. The
 * lesson's own problems are the course check's to report; a lesson that cannot be read counts as
 * having none.
 */
final class LessonObjectives {
    private static final String LESSONS = "content/lessons";

    private final ContentFiles files;
    private final Map<String, OptionalInt> counts = new HashMap<>();

    LessonObjectives(ContentFiles files) {
        this.files = files;
    }

    void check(Map<String, Integer> lines, Map<String, ItemInfo> info, YamlFields yaml) {
        lines.forEach((questionId, line) -> info.get(questionId).objective().ifPresent(objective -> {
            Matcher m = QuestionReader.OBJECTIVE.matcher(objective);
            if (!m.matches()) {
                return;
            }
            String lesson = m.group(1);
            int n = Integer.parseInt(m.group(2));
            OptionalInt count = counts.computeIfAbsent(lesson, this::count);
            if (count.isEmpty()) {
                yaml.problem(line, "quiz.file.objective.lesson", lesson);
            } else if (n > count.getAsInt()) {
                yaml.problem(line, "quiz.file.objective.number", lesson, count.getAsInt(), n);
            }
        }));
    }

    /** How many objectives the lesson's front matter lists; empty when there is no such lesson. */
    private OptionalInt count(String lesson) {
        Path file = files.root().resolve(LESSONS).resolve(lesson + ".md");
        if (!Files.isRegularFile(file)) {
            return OptionalInt.empty();
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
            if (!text.startsWith("---\n")) {
                return OptionalInt.of(0);
            }
            int end = text.indexOf("\n---", 4);
            if (end < 0) {
                return OptionalInt.of(0);
            }
            Object front = new Yaml(new SafeConstructor(new LoaderOptions())).load(text.substring(4, end));
            if (front instanceof Map<?, ?> map && map.get("objectives") instanceof List<?> list) {
                return OptionalInt.of(list.size());
            }
            return OptionalInt.of(0);
        } catch (IOException | RuntimeException e) {
            return OptionalInt.of(0);
        }
    }
}
