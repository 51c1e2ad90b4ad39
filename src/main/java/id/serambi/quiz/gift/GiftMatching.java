package id.serambi.quiz.gift;

import id.serambi.content.Text;
import id.serambi.quiz.model.Choice;
import id.serambi.quiz.model.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A matching GIFT answer block, {@code =left -> right} for each pair (pair ids {@code p1, p2, ...}),
 * read as Moodle reads it: a pair without a left text ({@code = -> Chat}) is a distractor, a
 * right-hand text that matches no left one; a pair with neither is skipped; the right-hand text is
 * taken as written, {@code #} included. Moodle's import stops at a matching question with fewer
 * than 3 right-hand texts (pairs and distractors) or with a left text that has no right one, and
 * its question form asks for 2 pairs, so Serambi refuses these.
 * <p>
 * With the hint {@code // serambi: ordering} it is an ordering question written as matching each
 * item to its position, {@code =item -> 1}, which Moodle grades the same way.
 */
final class GiftMatching {
    private GiftMatching() {
    }

    static Question read(GiftAnswers.Head head, GiftText answers) throws GiftError {
        List<Question.Matching.Pair> pairs = new ArrayList<>();
        List<Text> distractors = new ArrayList<>();
        for (GiftText part : GiftAnswers.marked(answers, "=", "=")) {
            GiftText body = part.sub(1).trim();
            int line = part.line();
            int arrow = body.find("->", 0);
            if (arrow < 0) {
                throw new GiftError(line, "quiz.gift.matching.arrow", GiftAnswers.shorten(body.text()));
            }
            String left = GiftAnswers.shown(body.sub(0, arrow), head.format());
            String right = body.sub(arrow + 2).trim().text();
            if (right.isEmpty() && !left.isEmpty()) {
                throw new GiftError(line, "quiz.gift.answer.empty");
            }
            if (left.isEmpty() && !right.isEmpty()) {
                distractors.add(Text.of(right));
            } else if (!left.isEmpty()) {
                pairs.add(new Question.Matching.Pair("p" + (pairs.size() + 1), Text.of(left), Text.of(right)));
            }
        }
        boolean ordering = head.hints().contains("ordering");
        if (ordering && !distractors.isEmpty()) {
            throw new GiftError(head.line(), "quiz.gift.ordering.positions", pairs.size());
        }
        if (pairs.size() < 2 || (!ordering && pairs.size() + distractors.size() < 3)) {
            throw new GiftError(head.line(), "quiz.gift.matching.few");
        }
        return ordering ? GiftHints.points(head, ordering(head, pairs))
                : GiftHints.points(head, new Question.Matching(head.id(), head.prompt(), 1, head.explanation(),
                head.line(), pairs, distractors));
    }

    private static Question ordering(GiftAnswers.Head head, List<Question.Matching.Pair> pairs) throws GiftError {
        Text[] inPlace = new Text[pairs.size()];
        for (Question.Matching.Pair pair : pairs) {
            int position = position(pair.right().id(), pairs.size());
            if (position < 0 || inPlace[position] != null) {
                throw new GiftError(head.line(), "quiz.gift.ordering.positions", pairs.size());
            }
            inPlace[position] = pair.left();
        }
        List<Choice> items = new ArrayList<>();
        for (Text item : inPlace) {
            items.add(new Choice(GiftIds.letter(items.size()), item, 0, Optional.empty()));
        }
        return new Question.Ordering(head.id(), head.prompt(), 1, head.explanation(), head.line(), items);
    }

    /** The place (from 0) that {@code right} names, or -1 when it is not a number from 1 to {@code n}. */
    private static int position(String right, int n) {
        if (!right.matches("\\d{1,3}")) {
            return -1;
        }
        int place = Integer.parseInt(right) - 1;
        return place < n ? place : -1;
    }
}
