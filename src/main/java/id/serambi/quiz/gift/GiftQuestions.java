package id.serambi.quiz.gift;

import id.serambi.content.Text;
import id.serambi.quiz.model.ItemInfo;
import id.serambi.quiz.model.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One GIFT question: {@code ::name::}, an optional {@code [format]}, the text, and one answer block
 * in braces. Text on both sides of the braces makes a missing-word question, whose prompt shows
 * {@code _____} where the braces were; the last {@code ####} in the braces starts the general
 * feedback, kept as the question's explanation. A text without braces is a description: a text
 * shown between the questions, worth nothing. Its comments may give Moodle tags and an id number.
 */
final class GiftQuestions {
    /** Moodle's {@code [id:...]}: the first one, with {@code \]} for a bracket, on one line. */
    private static final Pattern ID = Pattern.compile("\\[id:((?:\\\\]|[^\\]\\p{Cntrl}])+)]");
    /** Moodle's {@code [tag:...]}: every one, with {@code \]} for a bracket and no {@code < >}. */
    private static final Pattern TAG = Pattern.compile("\\[tag:((?:\\\\]|[^\\]<>\\p{Cntrl}])*)]");

    /** A question and what its file says of it beyond its text and key. */
    record Read(Question question, ItemInfo info) {
    }

    private GiftQuestions() {
    }

    static Read read(GiftLexer.Block block, GiftIds ids, int position) throws GiftError {
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
            return description(block, text, ids.question(name, position), line);
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
        GiftFormat.Rendered prompt = format.render(written);
        GiftText answers = text.sub(open + 1, close).trim();
        Optional<Text> explanation = Optional.empty();
        int general = answers.findLast("####");
        if (general >= 0) {
            explanation = GiftAnswers.optional(answers.sub(general + 4), format);
            answers = answers.sub(0, general).trim();
        }
        String id = ids.question(name, position);
        Question q = GiftAnswers.read(new GiftAnswers.Head(id, Text.of(prompt.text()), explanation, line, format,
                block.hints()), answers);
        return new Read(q, info(block.comments(), prompt.html()));
    }

    private static Read description(GiftLexer.Block block, GiftText text, String id, int line) {
        Optional<GiftFormat> named = GiftAnswers.formatOf(text);
        GiftText body = named.isPresent() ? text.sub(text.find("]", 0) + 1) : text;
        GiftFormat.Rendered shown = named.orElse(GiftFormat.MOODLE).render(body.text());
        return new Read(new Question.Description(id, Text.of(shown.text()), line), info(block.comments(), shown.html()));
    }

    /** The tags and id number Moodle reads in a question's comments ({@code extract_idnumber_and_tags_from_comment}). */
    static ItemInfo info(String comments, Optional<String> html) {
        Matcher id = ID.matcher(comments);
        Optional<String> idNumber = id.find() ? Optional.of(unescape(id.group(1))).filter(x -> !x.isEmpty())
                : Optional.empty();
        List<String> tags = new ArrayList<>();
        Matcher tag = TAG.matcher(comments);
        while (tag.find()) {
            String t = unescape(tag.group(1));
            if (!t.isEmpty()) {
                tags.add(t);
            }
        }
        return new ItemInfo(Optional.empty(), false, tags, idNumber, html);
    }

    private static String unescape(String written) {
        return written.strip().replace("\\]", "]");
    }
}
