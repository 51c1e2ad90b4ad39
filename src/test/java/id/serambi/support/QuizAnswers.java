package id.serambi.support;

import id.serambi.course.ContentRoot;
import id.serambi.i18n.Messages;
import id.serambi.quiz.file.QuizLoader;
import id.serambi.quiz.model.Choice;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form fields that answer a bundled quiz right (or wrong), as a learner's browser would post
 * them; and which questions a quiz page shows, as a quiz that draws its questions shows each
 * attempt its own.
 */
public final class QuizAnswers {
    private static final Pattern SHOWN = Pattern.compile("<input type=\"hidden\" name=\"soal\" value=\"([^\"]+)\">");

    private QuizAnswers() {
    }

    /** The ids of the questions a quiz form shows, in the order shown (its {@code soal} fields). */
    public static List<String> shown(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = SHOWN.matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** The questions of {@code quiz} with these ids, in the order given. */
    public static List<Question> questions(Quiz quiz, List<String> ids) {
        return ids.stream().map(id -> quiz.question(id)
                .orElseThrow(() -> new AssertionError(quiz.id() + " has no question " + id))).toList();
    }

    /** The right answers to the questions with these ids (a paper), with their {@code soal} fields. */
    public static List<Map.Entry<String, String>> right(Quiz quiz, List<String> ids) {
        List<Map.Entry<String, String>> form = new ArrayList<>();
        for (Question q : questions(quiz, ids)) {
            form.add(Map.entry("soal", q.id()));
            form.addAll(right(q));
        }
        return form;
    }

    /** The option id of a single-choice question's right answer. */
    public static String rightChoice(Question q) {
        return best(((Question.Single) q).choices()).get(0).id();
    }

    /** The id of an option of a single-choice question that earns nothing. */
    public static String wrongChoice(Question q) {
        return ((Question.Single) q).choices().stream().filter(c -> c.weight() <= 0).findFirst()
                .orElseThrow(() -> new AssertionError(q.id() + " has no wrong option")).id();
    }

    /**
     * An answer to {@code q} that earns less than its full mark: a wrong option, one option
     * missed, a wrong text or number, two pairs or items swapped.
     */
    public static List<Map.Entry<String, String>> wrong(Question q) {
        String field = "q-" + q.id();
        List<Map.Entry<String, String>> form = new ArrayList<>();
        if (q instanceof Question.Single) {
            form.add(Map.entry(field, wrongChoice(q)));
        } else if (q instanceof Question.Multiple m) {
            Choice wrong = m.choices().stream().filter(c -> c.weight() <= 0).findFirst()
                    .orElseThrow(() -> new AssertionError(q.id() + " has no wrong option"));
            form.add(Map.entry(field, wrong.id()));
        } else if (q instanceof Question.TrueFalse t) {
            form.add(Map.entry(field, t.answer() ? "salah" : "benar"));
        } else if (q instanceof Question.ShortAnswer) {
            form.add(Map.entry(field, "tidak tahu"));
        } else if (q instanceof Question.Numerical n) {
            Question.Numerical.Range r = n.answers().stream().filter(a -> a.weight() >= 1).findFirst().orElseThrow();
            form.add(Map.entry(field, String.valueOf(r.max() + 1000)));
        } else if (q instanceof Question.Matching m) {
            List<String> rights = new ArrayList<>(m.pairs().stream().map(p -> p.right().id()).toList());
            Collections.rotate(rights, 1);
            for (int i = 0; i < m.pairs().size(); i++) {
                form.add(Map.entry(field + "-" + m.pairs().get(i).id(), rights.get(i)));
            }
        } else if (q instanceof Question.Ordering o) {
            for (int i = 0; i < o.items().size(); i++) {
                form.add(Map.entry(field + "-" + o.items().get(i).id(), String.valueOf(o.items().size() - i)));
            }
        } else {
            throw new AssertionError(q.id() + " is not marked");
        }
        return form;
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
