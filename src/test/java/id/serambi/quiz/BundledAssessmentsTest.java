package id.serambi.quiz;

import id.serambi.ContentLoading;
import id.serambi.course.CatalogLoader;
import id.serambi.course.ContentRoot;
import id.serambi.course.Item;
import id.serambi.course.Lesson;
import id.serambi.course.Module;
import id.serambi.i18n.Messages;
import id.serambi.quiz.grade.Grader;
import id.serambi.quiz.grade.Scoring;
import id.serambi.quiz.model.Answer;
import id.serambi.quiz.model.Choice;
import id.serambi.quiz.model.Paper;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.model.QuizCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rules every bundled assessment keeps: no quiz can be passed by a guessing strategy that does not
 * read the course, every objective of a module's lessons is assessed by its quiz, and the pre-test
 * and post-test cover the same objectives with different papers. Run with
 * {@code -Dserambi.content=FOLDER} to measure another course folder.
 */
class BundledAssessmentsTest {
    private static final Scoring SCORING = new Scoring(new Grader());
    private static Path root;
    private static QuizCatalog quizzes;
    private static List<Module> modules;

    @BeforeAll
    static void load() {
        String other = System.getProperty("serambi.content");
        root = other == null ? ContentRoot.bundled() : Path.of(other);
        ContentLoading loading = new ContentLoading(new Messages());
        CatalogLoader.Result result = loading.loader().load(root);
        assertTrue(result.ok(), result.problems().toString());
        quizzes = loading.quizzes(result);
        modules = result.catalog().orElseThrow().modules();
    }

    /** How a learner who has not read the course answers: which options of a choice question they pick. */
    private enum Guess {
        FIRST_OPTION((choices, k) -> choices.subList(0, 1)),
        FIRST_K_OPTIONS((choices, k) -> choices.subList(0, Math.min(k, choices.size()))),
        LONGEST_OPTION((choices, k) -> longest(choices).subList(0, 1)),
        LONGEST_K_OPTIONS((choices, k) -> longest(choices).subList(0, Math.min(k, choices.size())));

        /** From the options in the order seen, and the number of right ones, the options picked. */
        final BiFunction<List<Choice>, Integer, List<Choice>> pick;

        Guess(BiFunction<List<Choice>, Integer, List<Choice>> pick) {
            this.pick = pick;
        }

        private static List<Choice> longest(List<Choice> choices) {
            List<Choice> sorted = new ArrayList<>(choices);
            sorted.sort(Comparator.comparingInt((Choice c) -> c.text().id().length()).reversed());
            return sorted;
        }
    }

    /** The guesser's answers to one paper: choices picked by the strategy, "Benar", pairs and items as shown, nothing typed. */
    private static Map<String, Answer> answers(Quiz quiz, Paper paper, Guess guess) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (String id : paper.questions()) {
            Question q = quiz.question(id).orElseThrow();
            if (q instanceof Question.Single s) {
                answers.put(id, picked(s.choices(), paper.options(q), guess, 1));
            } else if (q instanceof Question.Multiple m) {
                int right = (int) m.choices().stream().filter(c -> c.weight() > 0).count();
                answers.put(id, picked(m.choices(), paper.options(q), guess, right));
            } else if (q instanceof Question.TrueFalse) {
                answers.put(id, new Answer.Bool(true));
            } else if (q instanceof Question.Matching m) {
                String first = paper.options(q).get(0);
                Map<String, String> pairs = new LinkedHashMap<>();
                m.pairs().forEach(p -> pairs.put(p.id(), first));
                answers.put(id, new Answer.Pairs(pairs));
            } else if (q instanceof Question.Ordering) {
                answers.put(id, new Answer.Order(paper.options(q)));
            }
        }
        return answers;
    }

    private static Answer picked(List<Choice> choices, List<String> order, Guess guess, int k) {
        List<Choice> seen = order.stream().map(o -> choices.stream().filter(c -> c.id().equals(o)).findFirst()
                .orElseThrow()).toList();
        return new Answer.Choices(guess.pick.apply(seen, k).stream().map(Choice::id).toList(), "");
    }

    /** The guesser's percent over every item of the quiz, options in the order the file writes them. */
    private static double asWritten(Quiz quiz, Guess guess) {
        Paper written = Paper.written(quiz, List.of());
        Paper unshuffled = new Paper(quiz.questions().stream().map(Question::id).toList(), written.options());
        return SCORING.score(quiz, unshuffled.questions(), answers(quiz, unshuffled, guess)).percent();
    }

    /** The guesser's mean percent over papers drawn as learners get them. */
    private static double asShown(Quiz quiz, Guess guess, int papers) {
        Random random = new Random(20261207);
        double sum = 0;
        for (int i = 0; i < papers; i++) {
            Paper paper = Paper.draw(quiz, random);
            sum += SCORING.score(quiz, paper.questions(), answers(quiz, paper, guess)).percent();
        }
        return sum / papers;
    }

    private static List<Quiz> marked() {
        return quizzes.all().stream().filter(q -> q.kind() == Quiz.Kind.QUIZ && q.maxPoints() > 0).toList();
    }

    @Test
    void no_bundled_quiz_can_be_passed_by_guessing_without_reading() {
        StringBuilder table = new StringBuilder(String.format("%-22s %6s", "quiz", "pass"));
        for (Guess g : Guess.values()) {
            table.append(String.format(" %18s %18s", g.name().toLowerCase() + " file", "shown"));
        }
        List<String> failures = new ArrayList<>();
        for (Quiz quiz : marked()) {
            // a pre-test without a pass mark is held to its post-test's: 70
            int pass = quiz.settings().hasPassMark() ? quiz.settings().passPercent() : 70;
            table.append(String.format("%n%-22s %6d", quiz.id(), pass));
            for (Guess g : Guess.values()) {
                double written = asWritten(quiz, g);
                double shown = asShown(quiz, g, 200);
                table.append(String.format(" %18.1f %18.1f", written, shown));
                if (written >= pass || shown >= pass) {
                    failures.add(quiz.id() + " " + g + ": " + written + " as written, " + shown + " as shown");
                }
            }
        }
        System.out.println(table);
        assertTrue(failures.isEmpty(), failures + "\n" + table);
    }

    @Test
    void the_right_answer_of_single_choices_is_spread_over_the_positions_and_not_mostly_the_longest() {
        for (Quiz quiz : marked()) {
            Map<Integer, Integer> positions = new LinkedHashMap<>();
            int singles = 0;
            int longestRight = 0;
            for (Question q : quiz.questions()) {
                if (q instanceof Question.Single s && s.choices().size() > 2) {
                    singles++;
                    Choice right = s.choices().stream().max(Comparator.comparingDouble(Choice::weight)).orElseThrow();
                    positions.merge(s.choices().indexOf(right), 1, Integer::sum);
                    int longest = s.choices().stream().mapToInt(c -> c.text().id().length()).max().orElseThrow();
                    longestRight += right.text().id().length() == longest ? 1 : 0;
                }
            }
            if (singles < 4) {
                continue;
            }
            int most = positions.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            assertTrue(most <= Math.ceil(singles / 2.0), quiz.id() + ": right answers by position " + positions);
            assertTrue(longestRight <= singles / 2, quiz.id() + ": the right answer is the longest in "
                    + longestRight + " of " + singles);
        }
    }

    @Test
    void every_objective_of_a_module_is_assessed_by_its_quiz() {
        for (Module module : modules) {
            Set<String> objectives = new TreeSet<>();
            List<Quiz> moduleQuizzes = new ArrayList<>();
            for (Item item : module.items()) {
                if (item instanceof Lesson lesson) {
                    for (int n = 1; n <= lesson.id().objectives().size(); n++) {
                        objectives.add(lesson.key() + "#" + n);
                    }
                } else if (item instanceof Item.Quiz q) {
                    quizzes.find(q.quizId()).filter(z -> z.kind() == Quiz.Kind.QUIZ).ifPresent(moduleQuizzes::add);
                }
            }
            assertNotEquals(List.of(), moduleQuizzes, module.id() + " has no quiz");
            for (Quiz quiz : moduleQuizzes) {
                Set<String> assessed = objectivesOf(quiz);
                Set<String> missing = new TreeSet<>(objectives);
                missing.removeAll(assessed);
                assertEquals(Set.of(), missing, quiz.id() + " leaves objectives of " + module.id() + " unassessed");
            }
        }
    }

    @Test
    void the_pre_test_and_post_test_cover_the_same_objectives_with_papers_of_their_own() {
        Quiz pre = quizzes.find("tes-awal").orElseThrow();
        Quiz post = quizzes.find("tes-akhir").orElseThrow();
        assertEquals(objectivesOf(pre), objectivesOf(post));
        assertTrue(pre.settings().draw() > 0 || pre.settings().shuffleQuestions(), "the pre-test varies its paper");
        assertTrue(post.settings().draw() > 0 || post.settings().shuffleQuestions(), "the post-test varies its paper");
        assertEquals(id.serambi.quiz.model.Settings.Review.NONE, pre.settings().review(), "the pre-test reveals nothing");
        assertTrue(!pre.settings().hasPassMark(), "nobody fails a pre-test");
        Random random = new Random(1);
        int same = 0;
        for (int i = 0; i < 200; i++) {
            Paper a = Paper.draw(pre, random);
            Paper b = Paper.draw(post, random);
            assertEquals(objectivesOf(pre, a.questions()), objectivesOf(post, b.questions()),
                    "each paper covers every objective");
            same += a.questions().equals(b.questions()) ? 1 : 0;
        }
        assertTrue(same < 5, same + " of 200 pre/post pairs had the same items in the same order");
    }

    private static Set<String> objectivesOf(Quiz quiz) {
        return objectivesOf(quiz, quiz.questions().stream().map(Question::id).toList());
    }

    private static Set<String> objectivesOf(Quiz quiz, List<String> ids) {
        Set<String> objectives = new LinkedHashSet<>();
        ids.forEach(id -> quiz.info(id).objective().ifPresent(objectives::add));
        return new TreeSet<>(objectives);
    }
}
