package id.serambi.quiz.model;

import id.serambi.content.Text;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

import static id.serambi.quiz.model.QuizFixtures.matching;
import static id.serambi.quiz.model.QuizFixtures.option;
import static id.serambi.quiz.model.QuizFixtures.ordering;
import static id.serambi.quiz.model.QuizFixtures.single;
import static id.serambi.quiz.model.QuizFixtures.trueFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaperTest {
    private static final List<Question> SIX = List.of(
            single("s1", option("a", 100), option("b", 0), option("c", 0), option("d", 0)),
            single("s2", option("a", 100), option("b", 0), option("c", 0), option("d", 0)),
            single("skala", option("1", 0), option("2", 0), option("3", 100)),
            trueFalse("tf", true),
            matching("m", 4),
            ordering("urut", "x", "y", "z"));

    private static Quiz quiz(boolean questions, boolean options, int draw, List<Question> items,
                             Map<String, ItemInfo> info) {
        Settings d = Settings.quizDefaults();
        Settings s = new Settings(OptionalInt.of(70), questions, options, d.review(), d.reviewClosed(), draw,
                d.feedback(), d.attempts(), d.grading(), d.layout(), d.respondent(), d.anonymous());
        return new Quiz("kuis", Quiz.Kind.QUIZ, Text.of("Kuis"), Optional.empty(), s, items, info);
    }

    private static ItemInfo objective(String o) {
        return new ItemInfo(Optional.of(o), false, List.of(), Optional.empty());
    }

    @Test
    void without_shuffling_the_paper_is_the_file_and_ordering_items_are_still_never_in_their_right_order() {
        Quiz quiz = quiz(false, false, 0, SIX, Map.of());
        for (long seed = 0; seed < 200; seed++) {
            Paper paper = Paper.draw(quiz, new Random(seed));
            assertEquals(List.of("s1", "s2", "skala", "tf", "m", "urut"), paper.questions());
            assertEquals(List.of("a", "b", "c", "d"), paper.options().get("s1"));
            assertEquals(List.of("R1", "R2", "R3", "R4"), paper.options().get("m"), "matching sides sorted");
            assertNotEquals(List.of("x", "y", "z"), paper.options().get("urut"), "seed " + seed);
            assertEquals(Set.of("x", "y", "z"), new HashSet<>(paper.options().get("urut")));
        }
    }

    @Test
    void shuffling_varies_questions_options_and_matching_sides_but_a_question_can_keep_its_written_order() {
        Quiz quiz = quiz(true, true, 0, SIX, Map.of("skala", new ItemInfo(Optional.empty(), true, List.of(),
                Optional.empty())));
        Set<List<String>> orders = new HashSet<>();
        Set<List<String>> s1 = new HashSet<>();
        Set<List<String>> rights = new HashSet<>();
        Map<String, Integer> rightFirst = new LinkedHashMap<>();
        Random random = new Random(7);
        for (int i = 0; i < 400; i++) {
            Paper paper = Paper.draw(quiz, random);
            orders.add(paper.questions());
            s1.add(paper.options().get("s1"));
            rights.add(paper.options().get("m"));
            rightFirst.merge(paper.options().get("s1").get(0), 1, Integer::sum);
            assertEquals(List.of("1", "2", "3"), paper.options().get("skala"));
            assertEquals(6, new HashSet<>(paper.questions()).size());
        }
        assertTrue(orders.size() > 100, "question orders drawn: " + orders.size());
        assertEquals(24, s1.size(), "every order of four options turns up");
        assertEquals(24, rights.size());
        // each option leads about a quarter of the time: 100 of 400, far from 0 or 400
        rightFirst.values().forEach(n -> assertTrue(n > 60 && n < 140, rightFirst.toString()));
    }

    @Test
    void a_draw_takes_n_items_of_every_objective_and_each_attempt_draws_its_own() {
        List<Question> bank = new ArrayList<>();
        Map<String, ItemInfo> info = new LinkedHashMap<>();
        for (String objective : List.of("a#1", "a#2", "b#1")) {
            for (int i = 1; i <= 3; i++) {
                String id = objective.replace("#", "-") + "-" + i;
                bank.add(trueFalse(id, true));
                info.put(id, objective(objective));
            }
        }
        Quiz quiz = quiz(false, true, 2, bank, info);
        Set<List<String>> draws = new HashSet<>();
        Random random = new Random(3);
        for (int i = 0; i < 400; i++) {
            Paper paper = Paper.draw(quiz, random);
            draws.add(paper.questions());
            assertEquals(6, paper.questions().size());
            Map<String, Integer> per = new LinkedHashMap<>();
            paper.questions().forEach(q -> per.merge(info.get(q).objective().orElseThrow(), 1, Integer::sum));
            assertEquals(Map.of("a#1", 2, "a#2", 2, "b#1", 2), per);
            List<String> fileOrder = bank.stream().map(Question::id).filter(paper.questions()::contains).toList();
            assertEquals(fileOrder, paper.questions(), "not shuffled: in the bank's order");
        }
        assertEquals(27, draws.size(), "3 x 3 x 3 ways to take two of three per objective");
        assertEquals(6, quiz.questionsPerAttempt(), "what the quiz's page says an attempt asks");
        assertEquals(6, quiz.maxPoints(Paper.draw(quiz, random).questions()), 1e-9);
    }

    @Test
    void a_stored_paper_reads_against_a_changed_file_without_losing_its_order() {
        Quiz quiz = quiz(true, true, 0, SIX, Map.of());
        Paper paper = Paper.draw(quiz, new Random(11));
        List<Question> edited = new ArrayList<>(SIX);
        edited.remove(1);
        edited.set(0, single("s1", option("d", 0), option("c", 0), option("a", 100), option("e", 0)));
        Paper read = paper.against(quiz.withQuestions(edited));
        List<String> expected = new ArrayList<>(paper.questions());
        expected.remove("s2");
        assertEquals(expected, read.questions());
        List<String> s1 = new ArrayList<>(paper.options().get("s1"));
        s1.remove("b");
        s1.add("e");
        assertEquals(s1, read.options().get("s1"), "option b is gone and the new e comes last");
    }
}
