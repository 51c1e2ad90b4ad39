package id.serambi.report.stats;

import id.serambi.content.Text;
import id.serambi.quiz.model.Choice;
import id.serambi.quiz.model.Question;

import java.util.LinkedHashSet;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The random guess score of a question, in percent of its points: what a learner would earn on
 * average by answering at random, as each of Moodle's question types defines it
 * ({@code get_random_guess_score}). Empty where Moodle says it cannot be estimated.
 *
 * <ul>
 * <li>single choice: the mean of the options' weights (one right option in four: 25);</li>
 * <li>multiple choice: empty, as Moodle ("pretty much impossible to compute");</li>
 * <li>true/false: 50;</li>
 * <li>short answer: the weight of an accepted answer that is exactly {@code *} (any text), else 0;</li>
 * <li>numerical: 0, as Moodle for a numerical question without a {@code *} answer (a range here
 * cannot be "any number");</li>
 * <li>matching: 1 / the number of different right-hand texts to choose from;</li>
 * <li>ordering: 1 / the number of items, as Moodle's drag-and-drop ordering type gives it; with
 * credit for each item in its place that is exact, since at random each item lands in its own
 * place once in that many orders.</li>
 * </ul>
 * Questionnaire items are not graded and have none.
 */
public final class RandomGuess {
    private RandomGuess() {
    }

    public static OptionalDouble of(Question q) {
        if (!q.graded()) {
            return OptionalDouble.empty();
        }
        if (q instanceof Question.Single s) {
            return s.choices().isEmpty() ? OptionalDouble.empty()
                    : OptionalDouble.of(s.choices().stream().mapToDouble(Choice::weight).sum() / s.choices().size() * 100);
        }
        if (q instanceof Question.TrueFalse) {
            return OptionalDouble.of(50);
        }
        if (q instanceof Question.ShortAnswer s) {
            return OptionalDouble.of(s.accepted().stream().filter(a -> a.pattern().strip().equals("*"))
                    .mapToDouble(a -> a.weight() * 100).findFirst().orElse(0));
        }
        if (q instanceof Question.Numerical) {
            return OptionalDouble.of(0);
        }
        if (q instanceof Question.Matching m) {
            Set<Text> rights = new LinkedHashSet<>();
            m.pairs().forEach(p -> rights.add(p.right()));
            return rights.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(100.0 / rights.size());
        }
        if (q instanceof Question.Ordering o) {
            return o.items().isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(100.0 / o.items().size());
        }
        return OptionalDouble.empty();
    }
}
