package id.serambi.quiz.file;

import id.serambi.content.ContentFiles;
import id.serambi.content.Problem;
import id.serambi.content.Text;
import id.serambi.content.YamlFields;
import id.serambi.i18n.Messages;
import id.serambi.quiz.model.ItemInfo;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.model.Settings;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads quizzes and questionnaires from {@code quizzes/<id>.yaml}, and the question banks they
 * draw on ({@code pool:}) from {@code quizzes/bank/<bank-id>.yaml}. Every problem is reported as
 * {@code path:line: message}; a file with any problem gives no quiz.
 */
public final class QuizLoader implements QuizFileReader {
    static final String DIR = "quizzes";
    static final String BANKS = "quizzes/bank";
    private static final String SUFFIX = ".yaml";
    private static final Set<String> TOP = top();
    private static final Set<String> BANK = Set.of("questions");

    /** All YAML quizzes that could be read, by id, and every problem of every file, sorted. */
    public record Result(Map<String, Quiz> quizzes, List<Problem> problems) {
        public Result {
            quizzes = Map.copyOf(quizzes);
            problems = List.copyOf(problems);
        }
    }

    /** A file as read, with the bank it draws on, so that unused banks are checked on their own. */
    private record Loaded(QuizFile file, Optional<String> pool) {
    }

    private final ScaleReader.Labels labels;

    public QuizLoader(Messages messages) {
        this.labels = ScaleReader.Labels.from(messages);
    }

    @Override
    public String suffix() {
        return SUFFIX;
    }

    public Result loadAll(Path root) {
        ContentFiles files = new ContentFiles(root);
        // Two quizzes drawing on one bank would report its problems twice.
        Set<Problem> problems = new LinkedHashSet<>();
        Map<String, Quiz> quizzes = new LinkedHashMap<>();
        Set<String> usedBanks = new HashSet<>();
        try {
            for (Path file : files.list(root.resolve(DIR), SUFFIX)) {
                Loaded loaded = load(files, file);
                problems.addAll(loaded.file().problems());
                loaded.file().quiz().ifPresent(q -> quizzes.put(q.id(), q));
                loaded.pool().ifPresent(usedBanks::add);
            }
            for (Path file : files.list(root.resolve(BANKS), SUFFIX)) {
                String bankId = idOf(file, SUFFIX);
                if (!QuizYaml.ID.matcher(bankId).matches()) {
                    problems.add(Problem.at(files.display(file), 1, "quiz.file.name", file.getFileName().toString()));
                } else if (!usedBanks.contains(bankId)) {
                    List<Problem> bankProblems = new ArrayList<>();
                    bank(files, bankId, Quiz.Kind.QUIZ, bankProblems);
                    problems.addAll(bankProblems);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(quizzes, problems.stream().sorted().toList());
    }

    @Override
    public QuizFile read(ContentFiles files, Path file) {
        return load(files, file).file();
    }

    /** Reads YAML text as the file {@code path}; banks named by {@code pool:} are found under {@code files}' root. */
    public QuizFile readYaml(ContentFiles files, String id, String path, String text) {
        return readYaml(files, id, path, text, new ArrayList<>()).file();
    }

    private Loaded load(ContentFiles files, Path file) {
        List<Problem> problems = new ArrayList<>();
        String path = files.display(file);
        String id = idOf(file, SUFFIX);
        if (!QuizYaml.ID.matcher(id).matches()) {
            problems.add(Problem.at(path, 1, "quiz.file.name", file.getFileName().toString()));
            return new Loaded(new QuizFile(Optional.empty(), problems), Optional.empty());
        }
        return files.read(file, problems).map(text -> readYaml(files, id, path, text, problems))
                .orElseGet(() -> new Loaded(new QuizFile(Optional.empty(), problems), Optional.empty()));
    }

    private Loaded readYaml(ContentFiles files, String id, String path, String text, List<Problem> problems) {
        YamlFields yaml = new YamlFields(path, 1, problems);
        Optional<Node> doc = yaml.parse(text);
        if (doc.isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(Problem.at(path, 1, "content.file.empty"));
            }
            return new Loaded(new QuizFile(Optional.empty(), problems), Optional.empty());
        }
        Node node = doc.get();
        QuizYaml y = new QuizYaml(yaml);
        Optional<Map<String, NodeTuple>> fields = yaml.fields(node, path, TOP);
        if (fields.isEmpty()) {
            return new Loaded(new QuizFile(Optional.empty(), problems), Optional.empty());
        }
        Map<String, NodeTuple> f = fields.get();
        Optional<Quiz.Kind> kind = kind(y, f, node);
        Optional<Text> title = yaml.text(f, "title", node, true);
        Optional<Text> description = yaml.text(f, "description", node, false);
        Optional<String> pool = pool(y, f, node);
        if (kind.isEmpty()) {
            return new Loaded(new QuizFile(Optional.empty(), problems), pool);
        }
        Settings settings = new SettingsReader(y).read(f, node, kind.get());
        Read read = new Read(List.of(), Map.of(), Map.of(), yaml);
        if (pool.isPresent()) {
            Optional<Read> drawn = bank(files, pool.get(), kind.get(), problems);
            if (drawn.isEmpty()) {
                yaml.problem(f.get("pool").getValueNode(), "quiz.file.pool.unknown", pool.get());
            }
            read = drawn.orElse(read);
        } else if (f.containsKey("questions")) {
            QuestionReader reader = new QuestionReader(y, kind.get(), labels);
            List<Question> questions = y.list(f, "questions", node, true).map(reader::questions).orElse(List.of());
            read = new Read(questions, reader.info(), reader.objectiveLines(), yaml);
            new LessonObjectives(files).check(read.objectiveLines(), read.info(), yaml);
            ItemImages.check(files, read.info(), yaml);
        }
        if (settings.draw() > 0) {
            checkDraw(read, settings.draw(), yaml, y.keyLine(f, "draw", node));
        }
        Quiz quiz = new Quiz(id, kind.get(), title.orElse(Text.of("")), description, settings, read.questions(),
                read.info());
        return new Loaded(new QuizFile(Optional.of(quiz), problems), pool);
    }

    private static Optional<Quiz.Kind> kind(QuizYaml y, Map<String, NodeTuple> f, Node node) {
        if (!QuizYaml.has(f, "kind")) {
            y.yaml.problem(y.keyLine(f, "kind", node), "content.field.required", "kind");
            return Optional.empty();
        }
        return y.word(f, "kind", node, List.of("quiz", "questionnaire"))
                .map(k -> k.equals("quiz") ? Quiz.Kind.QUIZ : Quiz.Kind.QUESTIONNAIRE);
    }

    /** Questions come either from the file or from a bank, never both, and one of the two is needed. */
    private static Optional<String> pool(QuizYaml y, Map<String, NodeTuple> f, Node node) {
        if (f.containsKey("pool") && f.containsKey("questions")) {
            y.yaml.problem(f.get("pool").getKeyNode(), "quiz.file.pool.both");
            return Optional.empty();
        }
        if (!f.containsKey("pool") && !f.containsKey("questions")) {
            y.yaml.problem(node, "quiz.file.questions.missing");
            return Optional.empty();
        }
        Optional<String> pool = y.yaml.string(f, "pool", node, false);
        if (pool.isPresent() && !QuizYaml.ID.matcher(pool.get()).matches()) {
            y.yaml.problem(f.get("pool").getValueNode(), "content.id.format", pool.get());
            return Optional.empty();
        }
        return pool;
    }

    /**
     * The questions of a bank, read by the rules of the kind of file that draws on it; empty when
     * there is no such bank. The bank's own problems name the bank's file.
     */
    private Optional<Read> bank(ContentFiles files, String bankId, Quiz.Kind kind, List<Problem> problems) {
        Path file = files.root().resolve(BANKS).resolve(bankId + SUFFIX);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String path = files.display(file);
        Optional<String> text = files.read(file, problems);
        YamlFields yaml = new YamlFields(path, 1, problems);
        Read none = new Read(List.of(), Map.of(), Map.of(), yaml);
        if (text.isEmpty()) {
            return Optional.of(none);
        }
        QuizYaml y = new QuizYaml(yaml);
        Optional<Node> doc = yaml.parse(text.get());
        if (doc.isEmpty()) {
            if (text.get().isBlank()) {
                problems.add(Problem.at(path, 1, "content.file.empty"));
            }
            return Optional.of(none);
        }
        QuestionReader reader = new QuestionReader(y, kind, labels);
        List<Question> questions = yaml.fields(doc.get(), path, BANK)
                .flatMap(f -> y.list(f, "questions", doc.get(), true)).map(reader::questions).orElse(List.of());
        Read read = new Read(questions, reader.info(), reader.objectiveLines(), yaml);
        new LessonObjectives(files).check(read.objectiveLines(), read.info(), yaml);
        ItemImages.check(files, read.info(), yaml);
        return Optional.of(read);
    }

    /**
     * The questions of a file or bank with what is known of each, and the reader that reports
     * problems at their own file.
     */
    private record Read(List<Question> questions, Map<String, ItemInfo> info, Map<String, Integer> objectiveLines,
                        YamlFields yaml) {
    }

    /**
     * A draw of {@code n} items per objective needs an objective on every item and at least
     * {@code n} items for each: an attempt could not be drawn otherwise.
     */
    private static void checkDraw(Read read, int n, YamlFields quizFile, int drawLine) {
        Map<String, Integer> perObjective = new LinkedHashMap<>();
        for (Question q : read.questions()) {
            Optional<String> objective = read.info().getOrDefault(q.id(), ItemInfo.NONE).objective();
            if (objective.isEmpty()) {
                read.yaml().problem(q.line(), "quiz.file.draw.objective", q.id());
            } else {
                perObjective.merge(objective.get(), 1, Integer::sum);
            }
        }
        perObjective.forEach((objective, count) -> {
            if (count < n) {
                quizFile.problem(drawLine, "quiz.file.draw.short", n, objective, count);
            }
        });
    }

    static String idOf(Path file, String suffix) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - suffix.length());
    }

    private static Set<String> top() {
        Set<String> top = new HashSet<>(Set.of("kind", "title", "description", "questions", "pool"));
        top.addAll(SettingsReader.KEYS);
        return Set.copyOf(top);
    }
}
