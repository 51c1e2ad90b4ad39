package id.serambi.quiz.model;

import id.serambi.content.Text;

import java.util.List;
import java.util.Optional;

/**
 * One question of a quiz or item of a questionnaire. Every kind has an id unique in its quiz, a
 * prompt, the points it is worth (0 for items that are not graded) and an optional general
 * explanation shown with the feedback. {@code line} is where it starts in its file, for messages.
 */
public sealed interface Question {

    String id();

    Text prompt();

    double points();

    Optional<Text> explanation();

    int line();

    /** Whether answers to it are marked, by the grader or by a trainer; questionnaire items are not. */
    default boolean graded() {
        return points() > 0;
    }

    /** Whether a trainer marks its answers: an essay worth points. */
    default boolean markedByTrainer() {
        return this instanceof FreeText && points() > 0;
    }

    /** One option must be chosen; {@code other} allows "Lainnya: ..." with free text. */
    record Single(String id, Text prompt, double points, Optional<Text> explanation, int line,
                  List<Choice> choices, boolean other) implements Question {
        public Single {
            choices = List.copyOf(choices);
        }
    }

    /** Any number of options may be chosen; graded with partial and negative credit, never below 0. */
    record Multiple(String id, Text prompt, double points, Optional<Text> explanation, int line,
                    List<Choice> choices, boolean other) implements Question {
        public Multiple {
            choices = List.copyOf(choices);
        }
    }

    record TrueFalse(String id, Text prompt, double points, Optional<Text> explanation, int line,
                     boolean answer, Optional<Text> feedbackTrue, Optional<Text> feedbackFalse) implements Question {
    }

    /**
     * A typed answer compared without regard to case and spacing; {@code *} in an accepted answer
     * stands for any text.
     */
    record ShortAnswer(String id, Text prompt, double points, Optional<Text> explanation, int line,
                       List<Accepted> accepted) implements Question {
        public ShortAnswer {
            accepted = List.copyOf(accepted);
        }

        public record Accepted(String pattern, double weight, Optional<Text> feedback) {
        }
    }

    /** A number, right when within {@code value ± tolerance} or within {@code [min, max]} of an answer. */
    record Numerical(String id, Text prompt, double points, Optional<Text> explanation, int line,
                     List<Range> answers) implements Question {
        public Numerical {
            answers = List.copyOf(answers);
        }

        public record Range(double min, double max, double weight, Optional<Text> feedback) {
            public static Range around(double value, double tolerance, double weight, Optional<Text> feedback) {
                return new Range(value - Math.abs(tolerance), value + Math.abs(tolerance), weight, feedback);
            }
        }
    }

    /**
     * Each left-hand text is matched with one right-hand text; credit for each right pair.
     * {@code distractors} are right-hand texts that match no left-hand one (Moodle's empty-left
     * pairs), offered among the others.
     */
    record Matching(String id, Text prompt, double points, Optional<Text> explanation, int line,
                    List<Pair> pairs, List<Text> distractors) implements Question {
        public Matching {
            pairs = List.copyOf(pairs);
            distractors = List.copyOf(distractors);
        }

        public Matching(String id, Text prompt, double points, Optional<Text> explanation, int line,
                        List<Pair> pairs) {
            this(id, prompt, points, explanation, line, pairs, List.of());
        }

        /** Every right-hand text offered, as its Indonesian text: the pairs' in order, then the distractors'. */
        public List<String> rights() {
            List<String> rights = new java.util.ArrayList<>();
            pairs.forEach(p -> rights.add(p.right().id()));
            distractors.forEach(d -> rights.add(d.id()));
            return rights.stream().distinct().toList();
        }

        /** The right-hand text offered under {@code right} (its Indonesian text), in either language. */
        public Optional<Text> right(String right) {
            return java.util.stream.Stream.concat(pairs.stream().map(Pair::right), distractors.stream())
                    .filter(t -> t.id().equals(right)).findFirst();
        }

        public record Pair(String id, Text left, Text right) {
        }
    }

    /** Items to put in order; {@code items} is the right order. Credit for each item in its place. */
    record Ordering(String id, Text prompt, double points, Optional<Text> explanation, int line,
                    List<Choice> items) implements Question {
        public Ordering {
            items = List.copyOf(items);
        }
    }

    /**
     * An agreement scale: {@code labels} from lowest to highest (5 for the usual Likert scale, 4 for
     * SKM). {@code skm} names the SKM element (U1-U9) the item measures, when it is one.
     */
    record Likert(String id, Text prompt, Optional<Text> explanation, int line, List<Text> labels,
                  Optional<String> skm) implements Question {
        public Likert {
            labels = List.copyOf(labels);
        }

        @Override
        public double points() {
            return 0;
        }
    }

    /** A rating from 1 to {@code max} (stars). */
    record Rating(String id, Text prompt, Optional<Text> explanation, int line, int max) implements Question {
        @Override
        public double points() {
            return 0;
        }
    }

    /**
     * A text shown between questions that asks nothing (Moodle's "description", a GIFT text
     * without braces): worth no points, never answered, never marked.
     */
    record Description(String id, Text prompt, int line) implements Question {
        @Override
        public double points() {
            return 0;
        }

        @Override
        public Optional<Text> explanation() {
            return Optional.empty();
        }
    }

    /**
     * Free text: one line or several ({@code longText}), at most {@code maxChars} characters. In a
     * quiz it may be worth {@code points}, which a trainer gives; otherwise it is not marked.
     */
    record FreeText(String id, Text prompt, Optional<Text> explanation, int line, boolean longText,
                    int maxChars, double points) implements Question {
        public static final int DEFAULT_MAX = 2000;

        public FreeText(String id, Text prompt, Optional<Text> explanation, int line, boolean longText, int maxChars) {
            this(id, prompt, explanation, line, longText, maxChars, 0);
        }
    }
}
