package id.serambi.course;

import id.serambi.ContentLoading;
import id.serambi.i18n.Messages;
import id.serambi.quiz.model.QuizCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/COURSE.md stays true to the course: every fact of the field report is listed once; every
 * lesson and heading it names exists in the Indonesian lesson and its English twin; every item it
 * names exists in its quiz or bank; every core fact is taught and assessed.
 */
class FactTableTest {
    private static final Path TABLE = Path.of("docs/COURSE.md");
    /** The groups of the report's facts and how many each has, in the order the table lists them. */
    private static final Map<String, Integer> GROUPS = Map.of("A", 29, "B", 12, "C", 3, "D", 11, "E", 19, "F", 8);
    private static final Pattern HEADING = Pattern.compile("^#{2,3} (.+?)\\s*$", Pattern.MULTILINE);

    /** One row: {@code | id | kind | fact | lesson | heading | English heading | items |}. */
    record Row(String id, String kind, String fact, String lesson, String heading, String headingEn, List<String> items) {
        boolean core() {
            return kind.equals("inti");
        }
    }

    private static List<Row> rows;
    private static Catalog catalog;
    private static QuizCatalog quizzes;
    private static Path root;

    @BeforeAll
    static void load() throws IOException {
        rows = new ArrayList<>();
        for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
            if (!line.matches("\\| [A-F][0-9]+ \\|.*")) {
                continue;
            }
            String[] cells = line.substring(1, line.length() - (line.endsWith("|") ? 1 : 0)).split("\\|", -1);
            assertEquals(7, cells.length, "seven cells: " + line);
            String items = cells[6].strip();
            rows.add(new Row(cells[0].strip(), cells[1].strip(), cells[2].strip(), unquote(cells[3]), unquote(cells[4]),
                    unquote(cells[5]), items.equals("-") ? List.of()
                    : List.of(items.replace("`", "").split("\\s*,\\s*"))));
        }
        root = ContentRoot.bundled();
        ContentLoading loading = new ContentLoading(new Messages());
        CatalogLoader.Result result = loading.loader().load(root);
        assertTrue(result.ok(), result.problems().toString());
        catalog = result.catalog().orElseThrow();
        quizzes = loading.quizzes(result);
    }

    private static String unquote(String cell) {
        String s = cell.strip();
        return s.startsWith("`") && s.endsWith("`") ? s.substring(1, s.length() - 1) : s;
    }

    @Test
    void every_fact_of_the_field_report_is_listed_once_in_order() {
        List<String> expected = new ArrayList<>();
        for (String group : new TreeSet<>(GROUPS.keySet())) {
            for (int n = 1; n <= GROUPS.get(group); n++) {
                expected.add(group + n);
            }
        }
        assertEquals(expected, rows.stream().map(Row::id).toList());
        assertTrue(rows.stream().allMatch(r -> r.kind().equals("inti") || r.kind().equals("latar")),
                "kind is inti (core) or latar (background)");
    }

    @Test
    void every_lesson_and_heading_named_exists_in_both_languages() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Row r : rows) {
            if (r.lesson().equals("-")) {
                continue;
            }
            if (catalog.lessonByKey(r.lesson()).isEmpty()) {
                wrong.add(r.id() + ": no lesson " + r.lesson());
                continue;
            }
            Path id = root.resolve("content/lessons/" + r.lesson() + ".md");
            Path en = root.resolve("content/lessons/" + r.lesson() + ".en.md");
            if (!headings(id).contains(r.heading())) {
                wrong.add(r.id() + ": no heading '" + r.heading() + "' in " + r.lesson() + " " + headings(id));
            }
            if (!Files.exists(en) || !headings(en).contains(r.headingEn())) {
                wrong.add(r.id() + ": no heading '" + r.headingEn() + "' in the English twin of " + r.lesson());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void every_item_named_exists_in_its_quiz_or_bank() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Row r : rows) {
            for (String item : r.items()) {
                String[] parts = item.split("#", 2);
                if (parts.length != 2 || !itemsOf(parts[0]).contains(parts[1])) {
                    wrong.add(r.id() + ": no item " + item);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void every_core_fact_is_taught_and_assessed() {
        List<String> open = rows.stream().filter(Row::core)
                .filter(r -> r.lesson().equals("-") || r.items().isEmpty())
                .map(r -> r.id() + " " + r.fact()).toList();
        assertEquals(List.of(), open);
    }

    private static Set<String> headings(Path lesson) throws IOException {
        String text = Files.readString(lesson, StandardCharsets.UTF_8);
        return HEADING.matcher(text).results().map(m -> m.group(1).strip()).collect(Collectors.toSet());
    }

    /** The question ids of quiz {@code name}, or of bank {@code quizzes/bank/<name>.yaml}. */
    @SuppressWarnings("unchecked")
    private static Set<String> itemsOf(String name) throws IOException {
        var quiz = quizzes.find(name);
        if (quiz.isPresent()) {
            return quiz.get().questions().stream().map(q -> q.id()).collect(Collectors.toSet());
        }
        Path bank = root.resolve("quizzes/bank/" + name + ".yaml");
        if (!Files.exists(bank)) {
            return Set.of();
        }
        Object yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(bank));
        Set<String> ids = new HashSet<>();
        if (yaml instanceof Map<?, ?> map && map.get("questions") instanceof List<?> list) {
            for (Object q : list) {
                if (q instanceof Map<?, ?> m && m.get("id") != null) {
                    ids.add(String.valueOf(m.get("id")));
                }
            }
        }
        return ids;
    }
}
