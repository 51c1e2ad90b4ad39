package id.serambi.course;

import id.serambi.content.ContentFiles;
import id.serambi.content.Problem;
import id.serambi.content.YamlFields;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One lesson file: front matter between {@code ---} lines, then Markdown. */
final class LessonFile {
    private static final Set<String> FIELDS = Set.of("title", "description", "minutes", "objectives");
    /** Keys only the Indonesian file holds: they say the same in both languages. */
    private static final Set<String> MAIN_FIELDS = Set.of("audience", "sources", "reviewed");

    record Parsed(LessonText text, Optional<Integer> minutes, LessonFacts facts) {
    }

    private LessonFile() {
    }

    /**
     * Parses and renders one lesson file. {@code main} marks the Indonesian file, whose
     * {@code minutes} is required.
     */
    static Optional<Parsed> parse(ContentFiles files, Path file, boolean main, LessonMarkdown markdown,
                                  LessonMarkdown.Links links, List<Problem> problems) {
        int before = problems.size();
        Optional<Head> head = head(files, file, problems);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        String path = head.get().path();
        String text = head.get().text();
        YamlFields yaml = head.get().yaml();
        Optional<Node> node = Optional.of(head.get().node());
        Set<String> allowed = new java.util.HashSet<>(FIELDS);
        if (main) {
            allowed.addAll(MAIN_FIELDS);
        }
        Optional<Map<String, NodeTuple>> fields = yaml.fields(node.get(), path, allowed);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Map<String, NodeTuple> f = fields.get();
        Optional<String> title = yaml.string(f, "title", node.get(), true);
        Optional<String> description = yaml.string(f, "description", node.get(), true);
        Optional<Integer> minutes = yaml.integer(f, "minutes", node.get(), 1, 240, main);
        Optional<List<String>> objectives = yaml.stringList(f, "objectives", node.get(), true);
        Optional<LessonFacts> facts = main ? facts(yaml, f, node.get()) : Optional.of(LessonFacts.NONE);

        LessonMarkdown.Rendered rendered = markdown.render(path, text, links);
        problems.addAll(rendered.problems());
        if (title.isEmpty() || description.isEmpty() || objectives.isEmpty() || (main && minutes.isEmpty())
                || facts.isEmpty() || problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(
                new LessonText(title.get(), description.get(), objectives.get(), rendered.html()), minutes,
                facts.get()));
    }

    /** A Markdown file's whole text and its front matter, parsed; {@code path} as messages show it. */
    record Head(String path, String text, YamlFields yaml, Node node) {
    }

    /** Reads a file that starts with front matter between {@code ---} lines; a missing or empty one is reported. */
    static Optional<Head> head(ContentFiles files, Path file, List<Problem> problems) {
        String path = files.display(file);
        Optional<String> read = files.read(file, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        String text = read.get();
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            problems.add(Problem.at(path, 1, "content.frontmatter.missing"));
            return Optional.empty();
        }
        int end = -1;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals("---") || line.equals("...")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            problems.add(Problem.at(path, 1, "content.frontmatter.open"));
            return Optional.empty();
        }
        String yamlText = String.join("\n", List.of(lines).subList(1, end));
        int before = problems.size();
        YamlFields yaml = new YamlFields(path, 2, problems);
        Optional<Node> node = yaml.parse(yamlText);
        if (node.isEmpty()) {
            if (problems.size() == before) {
                problems.add(Problem.at(path, 1, "content.frontmatter.empty"));
            }
            return Optional.empty();
        }
        return Optional.of(new Head(path, text, yaml, node.get()));
    }

    /**
     * {@code audience} (optional, as a module's), {@code sources} (at least one reference) and
     * {@code reviewed} (the day the facts were last checked, {@code YYYY-MM-DD}).
     */
    private static Optional<LessonFacts> facts(YamlFields yaml, Map<String, NodeTuple> f, Node node) {
        Optional<Set<Audience>> audience = f.containsKey("audience") ? ModuleReader.audience(yaml, f)
                : Optional.of(Set.of());
        Optional<List<String>> sources = yaml.stringList(f, "sources", node, true);
        Optional<String> reviewedText = yaml.string(f, "reviewed", node, true);
        Optional<LocalDate> reviewed = Optional.empty();
        if (reviewedText.isPresent()) {
            try {
                reviewed = Optional.of(LocalDate.parse(reviewedText.get()));
            } catch (DateTimeParseException e) {
                yaml.problem(f.get("reviewed").getValueNode(), "content.lesson.reviewed", reviewedText.get());
            }
        }
        if (audience.isEmpty() || sources.isEmpty() || reviewed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LessonFacts(audience.get(), sources.get(), reviewed));
    }
}
