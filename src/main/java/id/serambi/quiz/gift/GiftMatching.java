package id.serambi.quiz.gift;

import id.serambi.content.Text;
import id.serambi.quiz.model.Choice;
import id.serambi.quiz.model.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A matching GIFT answer block, {@code =left -> right} for each pair (pair ids {@code p1, p2, ...}).
 * With the hint {@code // serambi: ordering} it is an ordering question written as matching each
 * item to its position, {@code =item -> 1}, which Moodle grades the same way.
 */
final class GiftMatching {
    private GiftMatching() {
    }

    static Question read(GiftAnswers.Head head, GiftText answers) throws GiftError {
        List<Question.Matching.Pair> pairs = new ArrayList<>();
        for (GiftText part : GiftAnswers.marked(answers, "=", "=")) {
            GiftText body = part.sub(1).trim();
            int line = part.line();
            if (body.find("#", 0) >= 0) {
                throw new GiftError(line, "quiz.gift.matching.feedback");
            }
            int arrow = body.find("->", 0);
            if (arrow < 0) {
                throw new GiftError(line, "quiz.gift.matching.arrow", GiftAnswers.shorten(body.text()));
            }
            String left = GiftAnswers.shown(body.sub(0, arrow), head.format());
            if (left.isEmpty()) {
                throw new GiftError(line, "quiz.gift.matching.left");
            }
            String right = body.sub(arrow + 2).trim().text();
            if (right.isEmpty()) {
                throw new GiftError(line, "quiz.gift.answer.empty");
            }
            pairs.add(new Question.Matching.Pair("p" + (pairs.size() + 1), Text.of(left), Text.of(right)));
        }
        if (pairs.size() < 2) {
            throw new GiftError(head.line(), "quiz.gift.matching.few");
        }
        return head.hints().contains("ordering") ? ordering(head, pairs)
                : new Question.Matching(head.id(), head.prompt(), 1, head.explanation(), head.line(), pairs);
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
