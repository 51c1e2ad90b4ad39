package id.serambi.quiz.gift;

import id.serambi.content.Text;
import id.serambi.course.ContentRoot;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.quiz.file.QuizLoader;
import id.serambi.quiz.model.Choice;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every quiz and questionnaire Serambi ships, exported as GIFT, reads back as the same questions:
 * the same kinds, ids, Indonesian texts, weights, feedback and points. What GIFT cannot hold is
 * left out of the comparison and named in the file's header: English texts, and the ids of
 * options, pairs and items, which a GIFT file numbers a, b, c and p1, p2 in the order written.
 */
class GiftRoundTripTest {
    private static final Messages MESSAGES = new Messages();
    private final GiftWriter writer = new GiftWriter(MESSAGES, Lang.ID);
    private final GiftParser parser = new GiftParser();

    @TestFactory
    Stream<DynamicTest> every_bundled_quiz_and_questionnaire_reads_back_as_the_same_questions() {
        Map<String, Quiz> bundled = new QuizLoader(MESSAGES).loadAll(ContentRoot.bundled()).quizzes();
        assertFalse(bundled.isEmpty());
        return bundled.values().stream().map(quiz -> DynamicTest.dynamicTest(quiz.id(), () -> {
            String gift = writer.write(quiz);
            GiftParser.Result back = parser.parse("quizzes/" + quiz.id() + ".gift", gift);
            assertEquals(List.of(), back.problems(), gift);
            List<Question> read = back.quiz().orElseThrow().questions();
            assertEquals(quiz.questions().stream().map(GiftRoundTripTest::indonesian).toList(),
                    read.stream().map(GiftRoundTripTest::indonesian).toList(), gift);
            String again = writer.write(back.quiz().orElseThrow());
            assertEquals(body(gift), body(again), "written again, the questions are written the same");
        }));
    }

    /** The file from its category on: the header before it lists what the export left out. */
    private static String body(String gift) {
        return gift.substring(gift.indexOf("\n$CATEGORY:"));
    }

    /** The question as GIFT can hold it: Indonesian texts, options numbered as written, line 0. */
    static Question indonesian(Question q) {
        Text p = id(q.prompt());
        Optional<Text> x = q.explanation().map(GiftRoundTripTest::id);
        if (q instanceof Question.Single s) {
            return new Question.Single(s.id(), p, s.points(), x, 0, choices(s.choices()), s.other());
        } else if (q instanceof Question.Multiple m) {
            return new Question.Multiple(m.id(), p, m.points(), x, 0, choices(m.choices()), m.other());
        } else if (q instanceof Question.TrueFalse t) {
            return new Question.TrueFalse(t.id(), p, t.points(), x, 0, t.answer(), t.feedbackTrue().map(GiftRoundTripTest::id),
                    t.feedbackFalse().map(GiftRoundTripTest::id));
        } else if (q instanceof Question.ShortAnswer s) {
            return new Question.ShortAnswer(s.id(), p, s.points(), x, 0, s.accepted().stream()
                    .map(a -> new Question.ShortAnswer.Accepted(a.pattern(), a.weight(), a.feedback().map(GiftRoundTripTest::id)))
                    .toList());
        } else if (q instanceof Question.Numerical n) {
            return new Question.Numerical(n.id(), p, n.points(), x, 0, n.answers().stream()
                    .map(r -> new Question.Numerical.Range(r.min(), r.max(), r.weight(), r.feedback().map(GiftRoundTripTest::id)))
                    .toList());
        } else if (q instanceof Question.Matching m) {
            return new Question.Matching(m.id(), p, m.points(), x, 0, IntStream.range(0, m.pairs().size())
                    .mapToObj(i -> new Question.Matching.Pair("p" + (i + 1), id(m.pairs().get(i).left()),
                            id(m.pairs().get(i).right()))).toList(),
                    m.distractors().stream().map(GiftRoundTripTest::id).toList());
        } else if (q instanceof Question.Ordering o) {
            return new Question.Ordering(o.id(), p, o.points(), x, 0, choices(o.items()));
        } else if (q instanceof Question.Likert l) {
            return new Question.Likert(l.id(), p, x, 0, l.labels().stream().map(GiftRoundTripTest::id).toList(), l.skm());
        } else if (q instanceof Question.Rating r) {
            return new Question.Rating(r.id(), p, x, 0, r.max());
        } else if (q instanceof Question.FreeText f) {
            return new Question.FreeText(f.id(), p, x, 0, f.longText(), f.maxChars());
        } else if (q instanceof Question.Description d) {
            return new Question.Description(d.id(), p, 0);
        }
        throw new AssertionError("a question kind the round trip does not know: " + q);
    }

    private static List<Choice> choices(List<Choice> choices) {
        List<Choice> out = new ArrayList<>();
        for (Choice c : choices) {
            out.add(new Choice(GiftIds.letter(out.size()), id(c.text()), c.weight(), c.feedback().map(GiftRoundTripTest::id)));
        }
        return out;
    }

    private static Text id(Text text) {
        return Text.of(text.id().strip());
    }
}
