package id.serambi.quiz.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * The questions one attempt shows, in its order, with the order of each question's options: drawn
 * once when the attempt starts and stored with it, so that a reload, the result page and the
 * trainer see what the learner saw.
 *
 * @param questions question ids in the order shown
 * @param options   by question id, the option ids of a choice question, the right-hand texts of a
 *                  matching question, or the item ids of an ordering question, in the order shown
 */
public record Paper(List<String> questions, Map<String, List<String>> options) {

    public Paper {
        questions = List.copyOf(questions);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        options.forEach((id, list) -> copy.put(id, List.copyOf(list)));
        options = Collections.unmodifiableMap(copy);
    }

    /**
     * A new attempt's paper: {@code draw} items per objective when the quiz draws, each chosen at
     * random; questions and options shuffled as the quiz's settings say. An ordering question is
     * never shown in its right order.
     */
    public static Paper draw(Quiz quiz, RandomGenerator random) {
        Settings s = quiz.settings();
        List<Question> chosen = s.draw() > 0 ? drawn(quiz, s.draw(), random) : new ArrayList<>(quiz.questions());
        if (s.shuffleQuestions()) {
            shuffle(chosen, random);
        }
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (Question q : chosen) {
            boolean shuffle = s.shuffleOptions() && !quiz.info(q.id()).keepOrder();
            options(q, shuffle, random).ifPresent(o -> options.put(q.id(), o));
        }
        return new Paper(chosen.stream().map(Question::id).toList(), options);
    }

    /**
     * The paper of an attempt stored before papers were: its stored question order, with the
     * questions added to the file since at the end, and every option as written.
     */
    public static Paper written(Quiz quiz, List<String> storedOrder) {
        List<String> order = new ArrayList<>(storedOrder.stream().filter(id -> quiz.question(id).isPresent()).toList());
        quiz.questions().stream().map(Question::id).filter(id -> !order.contains(id)).forEach(order::add);
        Map<String, List<String>> options = new LinkedHashMap<>();
        Random fixed = new Random(order.hashCode());
        for (String id : order) {
            options(quiz.question(id).orElseThrow(), false, fixed).ifPresent(o -> options.put(id, o));
        }
        return new Paper(order, options);
    }

    /**
     * The paper as it reads against the quiz of today: questions no longer in the file are left
     * out, and options the file no longer has dropped, new ones added at the end.
     */
    public Paper against(Quiz quiz) {
        List<String> kept = questions.stream().filter(id -> quiz.question(id).isPresent()).toList();
        Map<String, List<String>> opts = new LinkedHashMap<>();
        for (String id : kept) {
            Optional<List<String>> now = options(quiz.question(id).orElseThrow(), false, new Random(0));
            if (now.isEmpty()) {
                continue;
            }
            List<String> order = new ArrayList<>(options.getOrDefault(id, List.of()));
            order.retainAll(now.get());
            now.get().stream().filter(o -> !order.contains(o)).forEach(order::add);
            opts.put(id, order);
        }
        return new Paper(kept, opts);
    }

    /** The option order of a question, or its written order when the paper has none. */
    public List<String> options(Question q) {
        List<String> stored = options.get(q.id());
        return stored != null ? stored : options(q, false, new Random(0)).orElse(List.of());
    }

    private static List<Question> drawn(Quiz quiz, int n, RandomGenerator random) {
        Map<String, List<Question>> byObjective = new LinkedHashMap<>();
        for (Question q : quiz.questions()) {
            byObjective.computeIfAbsent(quiz.info(q.id()).objective().orElse(""), k -> new ArrayList<>()).add(q);
        }
        LinkedHashSet<String> picked = new LinkedHashSet<>();
        for (List<Question> items : byObjective.values()) {
            List<Question> pool = new ArrayList<>(items);
            shuffle(pool, random);
            pool.stream().limit(n).map(Question::id).forEach(picked::add);
        }
        return new ArrayList<>(quiz.questions().stream().filter(q -> picked.contains(q.id())).toList());
    }

    private static Optional<List<String>> options(Question q, boolean shuffle, RandomGenerator random) {
        List<String> ids;
        if (q instanceof Question.Single s) {
            ids = new ArrayList<>(s.choices().stream().map(Choice::id).toList());
        } else if (q instanceof Question.Multiple m) {
            ids = new ArrayList<>(m.choices().stream().map(Choice::id).toList());
        } else if (q instanceof Question.Matching m) {
            ids = new ArrayList<>(new LinkedHashSet<>(m.rights()));
            if (!shuffle) {
                Collections.sort(ids);
            }
        } else if (q instanceof Question.Ordering o) {
            ids = new ArrayList<>(o.items().stream().map(Choice::id).toList());
            List<String> right = List.copyOf(ids);
            shuffle(ids, random);
            if (ids.equals(right) && ids.size() > 1) {
                Collections.rotate(ids, 1 + random.nextInt(ids.size() - 1));
            }
            return Optional.of(ids);
        } else {
            return Optional.empty();
        }
        if (shuffle) {
            shuffle(ids, random);
        }
        return Optional.of(ids);
    }

    private static <T> void shuffle(List<T> list, RandomGenerator random) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, random.nextInt(i + 1));
        }
    }
}
