package id.serambi.support;

import id.serambi.course.ContentRoot;
import id.serambi.i18n.Messages;
import id.serambi.quiz.file.QuizLoader;
import id.serambi.quiz.model.Choice;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The form fields that answer a bundled quiz right, as a learner's browser would post them. */
public final class QuizAnswers {
    private QuizAnswers() {
    }

    public static Quiz bundled(String quizId) {
        Quiz quiz = new QuizLoader(new Messages()).loadAll(ContentRoot.bundled()).quizzes().get(quizId);
        if (quiz == null) {
            throw new AssertionError("no bundled quiz " + quizId);
        }
        return quiz;
    }

    /** Every question's right answer, with the {@code soal} fields that say which were shown. */
    public static List<Map.Entry<String, String>> right(Quiz quiz) {
        List<Map.Entry<String, String>> form = new ArrayList<>();
        for (Question q : quiz.questions()) {
            form.add(Map.entry("soal", q.id()));
            form.addAll(right(q));
        }
        return form;
    }

    public static List<Map.Entry<String, String>> right(Question q) {
        String field = "q-" + q.id();
        List<Map.Entry<String, String>> form = new ArrayList<>();
        if (q instanceof Question.Single s) {
            form.add(Map.entry(field, best(s.choices()).get(0).id()));
        } else if (q instanceof Question.Multiple m) {
            best(m.choices()).forEach(c -> form.add(Map.entry(field, c.id())));
        } else if (q instanceof Question.TrueFalse t) {
            form.add(Map.entry(field, t.answer() ? "benar" : "salah"));
        } else if (q instanceof Question.ShortAnswer s) {
            form.add(Map.entry(field, s.accepted().stream().filter(a -> a.weight() >= 1).findFirst().orElseThrow()
                    .pattern().replace("*", "")));
        } else if (q instanceof Question.Numerical n) {
            Question.Numerical.Range r = n.answers().stream().filter(a -> a.weight() >= 1).findFirst().orElseThrow();
            form.add(Map.entry(field, String.valueOf((r.min() + r.max()) / 2)));
        } else if (q instanceof Question.Matching m) {
            m.pairs().forEach(p -> form.add(Map.entry(field + "-" + p.id(), p.right().id())));
        } else if (q instanceof Question.Ordering o) {
            for (int i = 0; i < o.items().size(); i++) {
                form.add(Map.entry(field + "-" + o.items().get(i).id(), String.valueOf(i + 1)));
            }
        }
        return form;
    }

    private static List<Choice> best(List<Choice> choices) {
        return choices.stream().filter(c -> c.weight() > 0).toList();
    }
}
