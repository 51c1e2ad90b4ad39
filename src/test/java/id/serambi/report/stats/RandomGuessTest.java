package id.serambi.report.stats;

import id.serambi.content.Text;
import id.serambi.quiz.model.Choice;
import id.serambi.quiz.model.Question;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The random guess score of each question type, as Moodle's question types define it. */
class RandomGuessTest {

    @Test
    void a_single_choice_scores_the_mean_of_its_options_weights() {
        // One right option in four: (1 + 0 + 0 + 0) / 4 = 25%.
        assertEquals(25, RandomGuess.of(single(1, 0, 0, 0)).getAsDouble(), 1e-9);
        // Partial credit counts as Moodle's fractions do: (1 + .5 + 0) / 3 = 50%.
        assertEquals(50, RandomGuess.of(single(1, .5, 0)).getAsDouble(), 1e-9);
        // A penalty lowers it: (1 - .5 + 0 + 0) / 4 = 12.5%.
        assertEquals(12.5, RandomGuess.of(single(1, -.5, 0, 0)).getAsDouble(), 1e-9);
    }

    @Test
    void true_false_is_half_and_a_multiple_choice_has_none() {
        assertEquals(50, RandomGuess.of(new Question.TrueFalse("q", Text.of("Benar?"), 1, Optional.empty(), 1, true,
                Optional.empty(), Optional.empty())).getAsDouble(), 1e-9);
        assertTrue(RandomGuess.of(new Question.Multiple("q", Text.of("Pilih"), 1, Optional.empty(), 1,
                choices(.5, .5, 0), false)).isEmpty());
    }

    @Test
    void a_typed_answer_scores_what_any_text_earns() {
        // Moodle: the fraction of an accepted answer that is just "*", else 0.
        assertEquals(0, RandomGuess.of(shortAnswer(new Question.ShortAnswer.Accepted("kk", 1, Optional.empty())))
                .getAsDouble(), 1e-9);
        assertEquals(20, RandomGuess.of(shortAnswer(new Question.ShortAnswer.Accepted("kk", 1, Optional.empty()),
                new Question.ShortAnswer.Accepted("*", .2, Optional.empty()))).getAsDouble(), 1e-9);
        assertEquals(0, RandomGuess.of(new Question.Numerical("q", Text.of("Berapa?"), 1, Optional.empty(), 1,
                List.of(Question.Numerical.Range.around(3, 0, 1, Optional.empty())))).getAsDouble(), 1e-9);
    }

    @Test
    void matching_and_ordering_score_one_over_the_choices() {
        // Three left texts, two different right texts to choose from: 1/2 = 50%.
        Question.Matching m = new Question.Matching("q", Text.of("Pasangkan"), 1, Optional.empty(), 1, List.of(
                new Question.Matching.Pair("a", Text.of("KK"), Text.of("Dukcapil")),
                new Question.Matching.Pair("b", Text.of("KTP"), Text.of("Dukcapil")),
                new Question.Matching.Pair("c", Text.of("SKU"), Text.of("Kelurahan"))));
        assertEquals(50, RandomGuess.of(m).getAsDouble(), 1e-9);
        // Four items to order: each lands in its place in 1 of 4 orders, 25%.
        assertEquals(25, RandomGuess.of(new Question.Ordering("q", Text.of("Urutkan"), 1, Optional.empty(), 1,
                choices(0, 0, 0, 0))).getAsDouble(), 1e-9);
    }

    @Test
    void questionnaire_items_have_none() {
        assertTrue(RandomGuess.of(Fixtures.likert("l", 5, Optional.empty())).isEmpty());
    }

    private static Question.Single single(double... weights) {
        return new Question.Single("q", Text.of("Pilih satu"), 1, Optional.empty(), 1, choices(weights), false);
    }

    private static Question.ShortAnswer shortAnswer(Question.ShortAnswer.Accepted... accepted) {
        return new Question.ShortAnswer("q", Text.of("Tulis"), 1, Optional.empty(), 1, List.of(accepted));
    }

    private static List<Choice> choices(double... weights) {
        List<Choice> list = new java.util.ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            list.add(new Choice("c" + i, Text.of("Pilihan " + i), weights[i], Optional.empty()));
        }
        return list;
    }
}
