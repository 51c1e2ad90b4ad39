package id.serambi.quiz.gift;

import id.serambi.content.Text;
import id.serambi.quiz.model.Choice;
import id.serambi.quiz.model.Question;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the part of a GIFT question between its braces, telling the kind of question apart the way
 * Moodle does: nothing is an essay, {@code #} first is numerical, any {@code ~} is a choice, {@code =}
 * with {@code ->} is matching, T/TRUE/F/FALSE is true/false, and anything else a short answer.
 */
final class GiftAnswers {
    static final String BLANK = "_____";
    /** Moodle's {@code $giftanswerweightregex}: {@code %}, minus signs, one or two digits, a dot, digits, {@code %}. */
    private static final Pattern WEIGHT = Pattern.compile("%(-*)([0-9]{1,2}\\.?[0-9]*)%");
    private static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");

    /** What the question says around its answers. */
    record Head(String id, Text prompt, Optional<Text> explanation, int line, GiftFormat format, Set<String> hints) {
    }

    record Weighted(double weight, GiftText rest) {
    }

    private GiftAnswers() {
    }

    static Question read(Head head, GiftText answers) throws GiftError {
        if (answers.isEmpty()) {
            return GiftHints.essay(head);
        }
        if (answers.startsWith("#")) {
            return GiftNumbers.read(head, answers.sub(1));
        }
        if (answers.find("~", 0) >= 0) {
            return choice(head, answers);
        }
        if (answers.find("=", 0) >= 0 && answers.find("->", 0) >= 0) {
            return GiftMatching.read(head, answers);
        }
        int hash = answers.find("#", 0);
        String word = (hash < 0 ? answers : answers.sub(0, hash)).trim().text();
        if (TRUE_FALSE.contains(word)) {
            return trueFalse(head, answers, word.startsWith("T"));
        }
        if (TRUE_FALSE.contains(word.toUpperCase(Locale.ROOT))) {
            throw new GiftError(answers.line(), "quiz.gift.truefalse.case", word);
        }
        return shortAnswer(head, answers);
    }

    /**
     * Moodle's multiple choice: an {@code =} answer is fully right and its text is taken as written
     * (so {@code =%50%Jakarta} is a right answer that reads "%50%Jakarta"); a {@code ~} answer is
     * wrong unless a weight follows it. With an {@code =} answer it is a single choice; without,
     * several may be chosen and the positive weights must add up to 100% (rounded to two decimals,
     * as Moodle checks).
     */
    private static Question choice(Head head, GiftText answers) throws GiftError {
        List<GiftText> parts = marked(answers, "=~", "= / ~");
        boolean single = parts.stream().anyMatch(p -> p.charAt(0) == '=')
                || head.hints().contains("single") || head.hints().contains("likert") || head.hints().contains("rating");
        List<Choice> choices = new ArrayList<>();
        for (GiftText part : parts) {
            Weighted w = part.charAt(0) == '=' ? new Weighted(1, part.sub(1).trim()) : weight(part.sub(1), 0);
            GiftText[] said = feedback(w.rest());
            String text = text(said[0], head.format(), part.line());
            choices.add(new Choice(GiftIds.letter(choices.size()), Text.of(text), w.weight(),
                    optional(said[1], head.format())));
        }
        if (choices.size() < 2) {
            throw new GiftError(head.line(), "quiz.gift.choice.few");
        }
        if (single) {
            return GiftHints.single(head, choices);
        }
        double sum = choices.stream().mapToDouble(Choice::weight).filter(x -> x > 0).sum();
        if (Math.round(sum * 100) != 100 && !head.hints().contains("multiple")) {
            throw new GiftError(head.line(), "quiz.gift.multiple.sum", percent(sum));
        }
        return GiftHints.multiple(head, choices);
    }

    private static Question trueFalse(Head head, GiftText answers, boolean answer) {
        int first = answers.find("#", 0);
        int second = first < 0 ? -1 : answers.find("#", first + 1);
        // Moodle's order: the first feedback is for a wrong answer, the second for a right one.
        Optional<Text> wrong = first < 0 ? Optional.empty()
                : optional(second < 0 ? answers.sub(first + 1) : answers.sub(first + 1, second), head.format());
        Optional<Text> right = second < 0 ? Optional.empty() : optional(answers.sub(second + 1), head.format());
        return GiftHints.points(head, new Question.TrueFalse(head.id(), head.prompt(), 1, head.explanation(),
                head.line(), answer, answer ? right : wrong, answer ? wrong : right));
    }

    /** Moodle refuses a short answer none of whose answers is worth 100% ({@code fractionsnomax}). */
    private static Question shortAnswer(Head head, GiftText answers) throws GiftError {
        List<Question.ShortAnswer.Accepted> accepted = new ArrayList<>();
        for (GiftText part : unmarkedFirst(answers)) {
            Weighted w = weight(part, 1);
            GiftText[] said = feedback(w.rest());
            String pattern = withoutFormat(said[0]).text();
            if (pattern.isEmpty()) {
                throw new GiftError(part.line(), "quiz.gift.answer.empty");
            }
            accepted.add(new Question.ShortAnswer.Accepted(pattern, w.weight(), optional(said[1], head.format())));
        }
        double best = accepted.stream().mapToDouble(Question.ShortAnswer.Accepted::weight).max().orElse(0);
        if (best != 1 && !head.hints().contains("nofull")) {
            throw new GiftError(head.line(), "quiz.gift.short.full", percent(best));
        }
        return GiftHints.points(head, new Question.ShortAnswer(head.id(), head.prompt(), 1, head.explanation(),
                head.line(), accepted));
    }

    /** Answers after {@code =} markers, the first also without one (Moodle's {@code {no one}}). */
    static List<GiftText> unmarkedFirst(GiftText answers) {
        List<GiftText> parts = answers.splitBefore("=");
        List<GiftText> bodies = new ArrayList<>();
        if (!parts.get(0).trim().isEmpty()) {
            bodies.add(parts.get(0).trim());
        }
        parts.stream().skip(1).map(p -> p.sub(1).trim()).forEach(bodies::add);
        return bodies;
    }

    /** Answers each starting with one of {@code markers}; text before the first is a mistake. */
    static List<GiftText> marked(GiftText answers, String markers, String shown) throws GiftError {
        List<GiftText> parts = answers.splitBefore(markers);
        GiftText lead = parts.get(0).trim();
        if (!lead.isEmpty()) {
            throw new GiftError(lead.line(), "quiz.gift.answer.marker", shorten(lead.text()), shown);
        }
        return parts.subList(1, parts.size()).stream().map(GiftText::trim).toList();
    }

    /**
     * An optional {@code %n%} in front of an answer: its weight as a fraction, and the rest. Moodle
     * reads a weight only as its regular expression allows ({@code %-50%}, {@code %33.33333%}) and
     * takes anything else for part of the answer's text; Serambi refuses such a text instead, and
     * any weight that is not one of Moodle's grades ({@link GiftGrades}), which Moodle's import
     * refuses.
     */
    static Weighted weight(GiftText body, double otherwise) throws GiftError {
        GiftText text = body.trim();
        if (!text.startsWith("%")) {
            return new Weighted(otherwise, text);
        }
        Matcher m = WEIGHT.matcher(text.text());
        int close = text.find("%", 1);
        String written = close < 0 ? shorten(text.text()) : text.sub(1, close).text();
        // two minus signs pass Moodle's expression but are no number to PHP, whose import then fails
        if (!m.lookingAt() || m.group(1).length() > 1) {
            throw new GiftError(text.line(), "quiz.gift.weight.number", written);
        }
        BigDecimal percent = new BigDecimal(m.group(2).endsWith(".") ? m.group(2) + "0" : m.group(2));
        double fraction = (m.group(1).isEmpty() ? percent : percent.negate()).movePointLeft(2).doubleValue();
        if (!GiftGrades.allowed(fraction)) {
            throw new GiftError(text.line(), "quiz.gift.weight.grade", written, GiftGrades.shown());
        }
        return new Weighted(fraction, text.sub(m.end()).trim());
    }

    /** The answer and its {@code #feedback}, split at the first unescaped {@code #}. */
    static GiftText[] feedback(GiftText answer) {
        int hash = answer.find("#", 0);
        return hash < 0 ? new GiftText[] {answer, answer.sub(answer.length())}
                : new GiftText[] {answer.sub(0, hash), answer.sub(hash + 1)};
    }

    /** A text a learner reads, in the question's format unless it names its own; never empty. */
    static String text(GiftText written, GiftFormat format, int line) throws GiftError {
        String text = shown(written, format);
        if (text.isEmpty()) {
            throw new GiftError(line, "quiz.gift.answer.empty");
        }
        return text;
    }

    static Optional<Text> optional(GiftText written, GiftFormat format) {
        String text = shown(written, format);
        return text.isEmpty() ? Optional.empty() : Optional.of(Text.of(text));
    }

    static String shown(GiftText written, GiftFormat format) {
        GiftText text = written.trim();
        return formatOf(text).orElse(format).toText(withoutFormat(text).text());
    }

    /** The {@code [html]}-like format a text starts with, if it names one. */
    static Optional<GiftFormat> formatOf(GiftText text) {
        int close = text.find("]", 0);
        return text.startsWith("[") && close > 0 ? GiftFormat.named(text.sub(1, close).text()) : Optional.empty();
    }

    static GiftText withoutFormat(GiftText text) {
        GiftText trimmed = text.trim();
        return formatOf(trimmed).isPresent() ? trimmed.sub(trimmed.find("]", 0) + 1).trim() : trimmed;
    }

    static String percent(double fraction) {
        return percent(fraction, 2);
    }

    static String percent(double fraction, int decimals) {
        return BigDecimal.valueOf(fraction * 100).setScale(decimals, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    static String shorten(String text) {
        String one = text.replace('\n', ' ').strip();
        return one.length() <= 40 ? one : one.substring(0, 39) + "\u2026";
    }
}
