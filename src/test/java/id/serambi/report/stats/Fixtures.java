package id.serambi.report.stats;

import id.serambi.content.Text;
import id.serambi.quiz.model.Answer;
import id.serambi.quiz.model.Choice;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.result.Attempt;
import id.serambi.quiz.result.Group;
import id.serambi.quiz.result.Response;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small builders for attempts, responses and questionnaire items. */
public final class Fixtures {
    static final Instant T0 = Instant.parse("2025-03-01T02:00:00Z");

    private Fixtures() {
    }

    /** An attempt with marks on q1, q2, ... each out of 1. */
    public static Attempt attempt(String participant, double... marks) {
        List<Attempt.Mark> list = new ArrayList<>();
        for (int i = 0; i < marks.length; i++) {
            list.add(new Attempt.Mark("q" + (i + 1), marks[i], 1));
        }
        return new Attempt(participant, Optional.empty(), T0, Optional.empty(), list);
    }

    /** An attempt on one question out of 100, so {@code percent} is the score. */
    static Attempt scored(String participant, double percent) {
        return new Attempt(participant, Optional.empty(), T0, Optional.empty(),
                List.of(new Attempt.Mark("q1", percent, 100)));
    }

    public static Response response(String id, Object... questionAndAnswer) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (int i = 0; i < questionAndAnswer.length; i += 2) {
            answers.put((String) questionAndAnswer[i], (Answer) questionAndAnswer[i + 1]);
        }
        return new Response(id, Optional.of(Group.WARGA), T0, Optional.empty(), answers);
    }

    public static Answer.Scale scale(int v) {
        return new Answer.Scale(v);
    }

    public static Answer.Choices chose(String... ids) {
        return new Answer.Choices(List.of(ids), "");
    }

    public static Answer.Choices chose(List<String> ids, String other) {
        return new Answer.Choices(ids, other);
    }

    public static Choice choice(String id, String text) {
        return new Choice(id, Text.of(text), 0, Optional.empty());
    }

    public static Question.Likert likert(String id, int levels, Optional<String> skm) {
        List<Text> labels = new ArrayList<>();
        for (int i = 1; i <= levels; i++) {
            labels.add(Text.of("level " + i));
        }
        return new Question.Likert(id, Text.of("Pernyataan " + id), Optional.empty(), 1, labels, skm);
    }
}
