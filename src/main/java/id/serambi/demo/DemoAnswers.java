package id.serambi.demo;

import id.serambi.quiz.model.Answer;
import id.serambi.quiz.model.Choice;
import id.serambi.quiz.model.Paper;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Answers a learner of a given skill would give to marked questions: each question is answered
 * right with probability {@code skill}, otherwise with a plausible mistake (a wrong option, one
 * right option missed, two items swapped). Every answer is one the quiz form could have sent.
 */
final class DemoAnswers {
    private final Random random;

    DemoAnswers(Random random) {
        this.random = random;
    }

    /** A new attempt's paper, drawn as a real attempt's is, from this run's seed. */
    Paper paper(Quiz quiz) {
        return Paper.draw(quiz, random);
    }

    /** Answers to the questions shown, in their order. */
    Map<String, Answer> quiz(List<Question> questions, double skill) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Question q : questions) {
            answer(q, random.nextDouble() < skill).ifPresent(a -> answers.put(q.id(), a));
        }
        return answers;
    }

    private Optional<Answer> answer(Question question, boolean right) {
        if (question instanceof Question.Single q) {
            List<Choice> pick = q.choices().stream().filter(c -> (c.weight() >= 1) == right).toList();
            return Optional.of(new Answer.Choices(List.of(any(pick.isEmpty() ? q.choices() : pick).id()), ""));
        } else if (question instanceof Question.Multiple q) {
            List<String> good = new ArrayList<>(q.choices().stream().filter(c -> c.weight() > 0).map(Choice::id).toList());
            List<String> bad = q.choices().stream().filter(c -> c.weight() <= 0).map(Choice::id).toList();
            if (!right && good.size() > 1) {
                good.remove(random.nextInt(good.size()));
            }
            if (!right && !bad.isEmpty() && random.nextBoolean()) {
                good.add(any(bad));
            }
            return Optional.of(new Answer.Choices(good, ""));
        } else if (question instanceof Question.TrueFalse q) {
            return Optional.of(new Answer.Bool(q.answer() == right));
        } else if (question instanceof Question.ShortAnswer q) {
            Optional<String> best = q.accepted().stream().filter(a -> a.weight() >= 1).map(a -> a.pattern().replace("*", ""))
                    .filter(s -> !s.isBlank()).findFirst();
            return Optional.of(new Answer.Typed(right && best.isPresent() ? best.get().strip() : "tidak tahu"));
        } else if (question instanceof Question.Numerical q) {
            Optional<Question.Numerical.Range> best = q.answers().stream()
                    .filter(r -> r.weight() >= 1 && Double.isFinite(r.min()) && Double.isFinite(r.max())).findFirst();
            double value = best.map(r -> (r.min() + r.max()) / 2).orElse(0.0);
            return Optional.of(new Answer.Typed(right ? String.valueOf(value) : String.valueOf(value * 10 + 7)));
        } else if (question instanceof Question.Matching q) {
            List<String> rights = new ArrayList<>(q.pairs().stream().map(p -> p.right().id()).toList());
            if (!right && rights.size() > 1) {
                int i = random.nextInt(rights.size() - 1);
                Collections.swap(rights, i, i + 1);
            }
            Map<String, String> chosen = new LinkedHashMap<>();
            for (int i = 0; i < q.pairs().size(); i++) {
                chosen.put(q.pairs().get(i).id(), rights.get(i));
            }
            return Optional.of(new Answer.Pairs(chosen));
        } else if (question instanceof Question.Ordering q) {
            List<String> order = new ArrayList<>(q.items().stream().map(Choice::id).toList());
            if (!right && order.size() > 1) {
                int i = random.nextInt(order.size() - 1);
                Collections.swap(order, i, i + 1);
            }
            return Optional.of(new Answer.Order(order));
        }
        return Optional.empty();
    }

    /** A value from 1 to {@code weights.length}, drawn with the given relative weights. */
    int scale(double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i + 1;
            }
        }
        return weights.length;
    }

    <T> T any(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    double between(double low, double high) {
        return low + random.nextDouble() * (high - low);
    }
}
