package id.serambi.quiz.model;

import id.serambi.content.Text;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Questions, answers and quizzes built in one line each, with weights in percent as authors write them. */
public final class QuizFixtures {
    public static final Text EXPLANATION = Text.of("Penjelasan umum", "General explanation");

    private QuizFixtures() {
    }

    public static Choice option(String id, double percent) {
        return new Choice(id, Text.of("Pilihan " + id), percent / 100, Optional.empty());
    }

    public static Choice option(String id, double percent, String feedback) {
        return new Choice(id, Text.of("Pilihan " + id), percent / 100, Optional.of(Text.of(feedback)));
    }

    public static Question.Single single(String id, Choice... choices) {
        return new Question.Single(id, Text.of("Pertanyaan " + id), 1, Optional.of(EXPLANATION), 1,
                List.of(choices), false);
    }

    public static Question.Multiple multiple(String id, double points, Choice... choices) {
        return new Question.Multiple(id, Text.of("Pertanyaan " + id), points, Optional.empty(), 1,
                List.of(choices), false);
    }

    public static Question.TrueFalse trueFalse(String id, boolean answer) {
        return new Question.TrueFalse(id, Text.of("Benar atau salah?"), 1, Optional.empty(), 1, answer,
                Optional.of(Text.of("Anda memilih Benar")), Optional.of(Text.of("Anda memilih Salah")));
    }

    public static Question.ShortAnswer.Accepted accept(String pattern, double percent) {
        return new Question.ShortAnswer.Accepted(pattern, percent / 100, Optional.of(Text.of("umpan " + pattern)));
    }

    public static Question.ShortAnswer shortAnswer(String id, Question.ShortAnswer.Accepted... accepted) {
        return new Question.ShortAnswer(id, Text.of("Tulis jawabannya"), 1, Optional.empty(), 1, List.of(accepted));
    }

    public static Question.Numerical.Range around(double value, double tolerance, double percent) {
        return Question.Numerical.Range.around(value, tolerance, percent / 100,
                Optional.of(Text.of("sekitar " + value)));
    }

    public static Question.Numerical.Range between(double min, double max, double percent) {
        return new Question.Numerical.Range(min, max, percent / 100, Optional.of(Text.of(min + "-" + max)));
    }

    public static Question.Numerical numerical(String id, Question.Numerical.Range... ranges) {
        return new Question.Numerical(id, Text.of("Berapa?"), 1, Optional.empty(), 1, List.of(ranges));
    }

    /** Pairs p1, p2, ... whose right-hand texts are "R1", "R2", ... (English "E1", "E2", ...). */
    public static Question.Matching matching(String id, int pairs) {
        List<Question.Matching.Pair> list = java.util.stream.IntStream.rangeClosed(1, pairs)
                .mapToObj(i -> new Question.Matching.Pair("p" + i, Text.of("L" + i), Text.of("R" + i, "E" + i)))
                .toList();
        return new Question.Matching(id, Text.of("Pasangkan"), 1, Optional.empty(), 1, list);
    }

    public static Question.Ordering ordering(String id, String... rightOrder) {
        return new Question.Ordering(id, Text.of("Urutkan"), 1, Optional.empty(), 1,
                Arrays.stream(rightOrder).map(i -> option(i, 0)).toList());
    }

    public static Question.Likert likert(String id, int points) {
        List<Text> labels = java.util.stream.IntStream.rangeClosed(1, points).mapToObj(i -> Text.of("L" + i)).toList();
        return new Question.Likert(id, Text.of("Setuju?"), Optional.empty(), 1, labels, Optional.empty());
    }

    public static Question.FreeText freeText(String id, int max) {
        return new Question.FreeText(id, Text.of("Saran"), Optional.empty(), 1, true, max);
    }

    public static Quiz quiz(int passPercent, Question... questions) {
        Settings d = Settings.quizDefaults();
        Settings settings = new Settings(java.util.OptionalInt.of(passPercent), false, false, d.review(),
                d.reviewClosed(), 0, d.feedback(), d.attempts(), d.grading(), d.layout(), d.respondent(), d.anonymous());
        return new Quiz("kuis", Quiz.Kind.QUIZ, Text.of("Kuis"), Optional.empty(), settings, List.of(questions));
    }

    public static Answer.Choices chose(String... ids) {
        return new Answer.Choices(List.of(ids), "");
    }

    public static Answer.Typed typed(String text) {
        return new Answer.Typed(text);
    }

    public static Answer.Pairs pairs(String... pairIdThenText) {
        Map<String, String> chosen = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairIdThenText.length; i += 2) {
            chosen.put(pairIdThenText[i], pairIdThenText[i + 1]);
        }
        return new Answer.Pairs(chosen);
    }

    public static Answer.Order order(String... ids) {
        return new Answer.Order(List.of(ids));
    }
}
