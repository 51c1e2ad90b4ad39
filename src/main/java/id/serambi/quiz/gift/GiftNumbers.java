package id.serambi.quiz.gift;

import id.serambi.content.Text;
import id.serambi.quiz.model.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A numerical GIFT answer block, after its leading {@code #}: {@code 3:0.5} (value and tolerance),
 * {@code 1..5} (a range), or several {@code =%50%1970:5 #feedback} answers with partial credit; a
 * final {@code ~#feedback} is shown for any other number (kept as a range without ends, worth 0).
 */
final class GiftNumbers {
    /** A number as GIFT writes it: a dot for decimals, no thousands separator. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private GiftNumbers() {
    }

    static Question read(GiftAnswers.Head head, GiftText answers) throws GiftError {
        int tilde = answers.find("~", 0);
        GiftText given = tilde < 0 ? answers : answers.sub(0, tilde);
        List<Question.Numerical.Range> ranges = new ArrayList<>();
        for (GiftText part : GiftAnswers.unmarkedFirst(given)) {
            ranges.add(range(part, head.format()));
        }
        if (tilde >= 0) {
            GiftText[] said = GiftAnswers.feedback(answers.sub(tilde + 1));
            Optional<Text> otherwise = GiftAnswers.optional(said[1], head.format());
            if (otherwise.isPresent()) {
                ranges.add(new Question.Numerical.Range(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0,
                        otherwise));
            }
        }
        if (ranges.isEmpty()) {
            throw new GiftError(head.line(), "quiz.gift.numerical.empty", "{#3:0.5}");
        }
        return GiftHints.points(head, new Question.Numerical(head.id(), head.prompt(), 1, head.explanation(),
                head.line(), ranges));
    }

    private static Question.Numerical.Range range(GiftText part, GiftFormat format) throws GiftError {
        GiftAnswers.Weighted w = GiftAnswers.weight(part, 1);
        GiftText[] said = GiftAnswers.feedback(w.rest());
        GiftText value = said[0].trim();
        Optional<Text> feedback = GiftAnswers.optional(said[1], format);
        int line = part.line();
        if (value.isEmpty()) {
            throw new GiftError(line, "quiz.gift.answer.empty");
        }
        int dots = value.text().indexOf("..", 1);
        if (dots > 0) {
            double min = number(value.text().substring(0, dots), line);
            double max = number(value.text().substring(dots + 2), line);
            if (min > max) {
                throw new GiftError(line, "quiz.gift.numerical.range", value.text().substring(0, dots).strip(),
                        value.text().substring(dots + 2).strip());
            }
            return new Question.Numerical.Range(min, max, w.weight(), feedback);
        }
        int colon = value.find(":", 1);
        if (colon > 0) {
            return Question.Numerical.Range.around(number(value.sub(0, colon).text(), line),
                    number(value.sub(colon + 1).text(), line), w.weight(), feedback);
        }
        double exact = number(value.text(), line);
        return new Question.Numerical.Range(exact, exact, w.weight(), feedback);
    }

    private static double number(String written, int line) throws GiftError {
        String text = written.strip();
        if (!NUMBER.matcher(text).matches()) {
            throw new GiftError(line, "quiz.gift.numerical.number", GiftAnswers.shorten(text));
        }
        return Double.parseDouble(text);
    }
}
