package id.serambi.quiz.gift;

import id.serambi.content.Text;
import id.serambi.quiz.model.Question;

import java.util.Optional;

/**
 * One GIFT question: {@code ::name::}, an optional {@code [format]}, the text, and one answer block
 * in braces. Text on both sides of the braces makes a missing-word question, whose prompt shows
 * {@code _____} where the braces were; the last {@code ####} in the braces starts the general
 * feedback, kept as the question's explanation.
 */
final class GiftQuestions {
    private GiftQuestions() {
    }

    static Question read(GiftLexer.Block block, GiftIds ids, int position) throws GiftError {
        GiftText text = block.text();
        int line = text.line();
        String name = "";
        if (text.startsWith("::")) {
            int end = text.find("::", 2);
            if (end < 0) {
                throw new GiftError(line, "quiz.gift.name.unclosed");
            }
            name = text.sub(2, end).text().strip();
            text = text.sub(end + 2).trim();
        }
        int open = text.find("{", 0);
        int close = text.find("}", 0);
        if (open < 0 && close < 0) {
            throw new GiftError(line, "quiz.gift.answers.missing", "{\u2026}", "{}");
        }
        if (close >= 0 && (open < 0 || close < open)) {
            throw new GiftError(text.lineAt(close), "quiz.gift.brace.unopened", "}", "{", "\\}");
        }
        int again = text.find("{", open + 1);
        if (close < 0 || (again >= 0 && again < close)) {
            throw new GiftError(text.lineAt(open), "quiz.gift.brace.unclosed", "{", "}");
        }
        if (again >= 0) {
            throw new GiftError(text.lineAt(again), "quiz.gift.brace.second", "{", "\\{");
        }
        int stray = text.find("}", close + 1);
        if (stray >= 0) {
            throw new GiftError(text.lineAt(stray), "quiz.gift.brace.unopened", "}", "{", "\\}");
        }
        GiftText before = text.sub(0, open);
        Optional<GiftFormat> named = GiftAnswers.formatOf(before.trim());
        GiftFormat format = named.orElse(GiftFormat.MOODLE);
        GiftText after = text.sub(close + 1);
        String lead = before.sub(named.isPresent() ? before.find("]", 0) + 1 : 0).text();
        String written = after.trim().isEmpty() ? lead : lead + GiftAnswers.BLANK + after.text();
        Text prompt = Text.of(format.toText(written));
        GiftText answers = text.sub(open + 1, close).trim();
        Optional<Text> explanation = Optional.empty();
        int general = answers.findLast("####");
        if (general >= 0) {
            explanation = GiftAnswers.optional(answers.sub(general + 4), format);
            answers = answers.sub(0, general).trim();
        }
        String id = ids.question(name, position);
        return GiftAnswers.read(new GiftAnswers.Head(id, prompt, explanation, line, format, block.hints()), answers);
    }
}
