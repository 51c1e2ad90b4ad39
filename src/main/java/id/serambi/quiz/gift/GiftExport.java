package id.serambi.quiz.gift;

import id.serambi.content.Text;
import id.serambi.quiz.model.Choice;
import id.serambi.quiz.model.ItemInfo;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.model.Settings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/** One export in progress: the questions written so far, their hints, and what GIFT could not hold. */
final class GiftExport {
    record Note(String key, List<String> args) {
    }

    private final StringBuilder body = new StringBuilder();
    private final List<Note> notes = new ArrayList<>();
    private final Set<String> hints = new LinkedHashSet<>();
    private String moodle = "";

    /** Moodle's own comment for a question's id number and tags, as Moodle's export writes it. */
    void moodle(ItemInfo info) {
        StringBuilder line = new StringBuilder();
        info.idNumber().ifPresent(id -> line.append(" [id:").append(id.replace("]", "\\]")).append(']'));
        info.tags().forEach(tag -> line.append(" [tag:").append(tag.replace("]", "\\]")).append(']'));
        moodle = line.isEmpty() ? "" : "//" + line.toString().replace('\n', ' ') + "\n";
    }

    void hint(boolean when, String hint) {
        if (when) {
            hints.add(hint);
        }
    }

    void note(boolean when, String key, String... args) {
        if (when) {
            notes.add(new Note(key, List.of(args)));
        }
    }

    void question(String gift) {
        body.append(moodle);
        moodle = "";
        hints.forEach(h -> body.append("// serambi: ").append(h).append('\n'));
        hints.clear();
        body.append(gift).append("\n\n");
    }

    String body() {
        return body.toString();
    }

    /** What changed on the way to GIFT: the quiz as a whole first, then question by question. */
    List<Note> notes(Quiz quiz) {
        List<Note> all = new ArrayList<>();
        boolean english = quiz.title().en().isPresent() || quiz.description().flatMap(Text::en).isPresent()
                || quiz.questions().stream().flatMap(GiftExport::allTexts).anyMatch(t -> t.en().isPresent());
        if (english) {
            all.add(new Note("quiz.gift.export.english", List.of()));
        }
        if (quiz.description().isPresent()) {
            all.add(new Note("quiz.gift.export.description", List.of()));
        }
        if (!quiz.settings().equals(Settings.quizDefaults())) {
            all.add(new Note("quiz.gift.export.settings", List.of()));
        }
        quiz.questions().stream().filter(q -> q.graded() && q.points() != 1)
                .forEach(q -> all.add(new Note("quiz.gift.export.points", List.of(q.id(), number(q.points())))));
        all.addAll(notes);
        return all;
    }

    /**
     * Moodle's default format lets HTML through, so a text that would lose a tag, an entity or a
     * space there is written as {@code [plain]}, which the whole question then shares; a prompt
     * with its own HTML is written as {@code [html]} and left out of this choice.
     */
    static GiftFormat formatFor(Question q, boolean htmlPrompt) {
        Stream<Text> texts = htmlPrompt ? formatted(q).skip(1) : formatted(q);
        boolean kept = texts.allMatch(t -> GiftFormat.MOODLE.toText(t.id()).equals(t.id().strip()));
        return kept ? GiftFormat.MOODLE : GiftFormat.PLAIN;
    }

    /** The texts a question shows in its format (short answers and matching right sides are plain). */
    static Stream<Text> formatted(Question q) {
        Stream<Text> own = Stream.concat(Stream.of(q.prompt()), q.explanation().stream());
        Stream<Text> parts;
        if (q instanceof Question.Single s) {
            parts = choices(s.choices());
        } else if (q instanceof Question.Multiple m) {
            parts = choices(m.choices());
        } else if (q instanceof Question.Ordering o) {
            parts = choices(o.items());
        } else if (q instanceof Question.TrueFalse t) {
            parts = Stream.concat(t.feedbackTrue().stream(), t.feedbackFalse().stream());
        } else if (q instanceof Question.ShortAnswer s) {
            parts = s.accepted().stream().flatMap(a -> a.feedback().stream());
        } else if (q instanceof Question.Numerical n) {
            parts = n.answers().stream().flatMap(r -> r.feedback().stream());
        } else if (q instanceof Question.Matching m) {
            parts = m.pairs().stream().map(Question.Matching.Pair::left);
        } else if (q instanceof Question.Likert l) {
            parts = l.labels().stream();
        } else {
            parts = Stream.empty();
        }
        return Stream.concat(own, parts);
    }

    private static Stream<Text> allTexts(Question q) {
        return q instanceof Question.Matching m
                ? Stream.concat(formatted(q), Stream.concat(m.pairs().stream().map(Question.Matching.Pair::right),
                m.distractors().stream()))
                : formatted(q);
    }

    private static Stream<Text> choices(List<Choice> choices) {
        return choices.stream().flatMap(c -> Stream.concat(Stream.of(c.text()), c.feedback().stream()));
    }

    /**
     * Numerical answers: {@code value:tolerance} when it gives back the same range exactly, else
     * {@code min..max}; a range without ends (any other number) last, as {@code ~#feedback}.
     */
    static List<String> ranges(Question.Numerical n, Function<Optional<Text>, String> feedback) {
        List<String> lines = new ArrayList<>();
        List<Question.Numerical.Range> others = new ArrayList<>();
        for (Question.Numerical.Range r : n.answers()) {
            if (Double.isInfinite(r.min()) && Double.isInfinite(r.max())) {
                others.add(r);
                continue;
            }
            lines.add("=" + GiftWriter.weight(r.weight(), 1, "") + range(r) + feedback.apply(r.feedback()));
        }
        others.forEach(r -> lines.add("~" + feedback.apply(r.feedback())));
        return lines;
    }

    private static String range(Question.Numerical.Range r) {
        if (r.min() == r.max()) {
            return number(r.min());
        }
        BigDecimal min = BigDecimal.valueOf(r.min());
        BigDecimal max = BigDecimal.valueOf(r.max());
        BigDecimal two = BigDecimal.valueOf(2);
        double value = min.add(max).divide(two).doubleValue();
        double tolerance = max.subtract(min).divide(two).doubleValue();
        Question.Numerical.Range around = Question.Numerical.Range.around(value, tolerance, r.weight(), r.feedback());
        return around.equals(r) ? number(value) + ":" + number(tolerance) : number(r.min()) + ".." + number(r.max());
    }

    static String number(double d) {
        return d == 0 ? "0" : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
