package id.serambi.report.stats;

import id.serambi.quiz.model.Answer;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.result.Response;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public-satisfaction survey index (IKM) of PermenPANRB 14/2017 over the nine elements U1-U9,
 * each answered on the 1-4 scale.
 *
 * <p>Only complete questionnaires count: those that answered all nine elements. For each element,
 * NRR = sum of its scores / number of complete questionnaires. IKM = the sum over the nine elements
 * of NRR x 1/9, reported raw (1-4) and converted (x 25: 25-100).
 *
 * <p>The weight is exactly 1/9. The regulation defines it as 1 / the number of elements and prints
 * it as 0.111; multiplying by the printed 0.111 shrinks every index by 0.1% (a perfect survey would
 * score 99.9 where the regulation's table runs to 100) and can move a survey across a grade edge:
 * 5 questionnaires scoring 117 in all give exactly 65.00 (C) with 1/9 but 64.94 (D) with 0.111.
 * The figures are computed from the integer sum of scores as exact fractions, each rounded once
 * (half up) from the exact value, never from another rounded figure.
 *
 * @param responses all responses given
 * @param complete  the complete questionnaires, the N of every NRR
 * @param elements  U1 to U9 in order
 * @param index     the IKM, empty while no questionnaire is complete
 */
public record Skm(int responses, int complete, List<Element> elements, Optional<Index> index) {

    public static final List<String> CODES = List.of("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9");
    /** The SKM scale: 1 (tidak baik) to 4 (sangat baik). */
    public static final int LEVELS = 4;

    public Skm {
        elements = List.copyOf(elements);
    }

    /** One element: its code, the item that asks it, and the sum of its scores in complete questionnaires. */
    public record Element(String code, String questionId, long sum, int complete) {
        /** NRR to 2 decimals; empty while no questionnaire is complete. */
        public Optional<BigDecimal> nrr() {
            return complete == 0 ? Optional.empty() : Optional.of(divide(sum, complete, 2));
        }
    }

    /**
     * @param raw       IKM on the 1-4 scale, to 3 decimals
     * @param converted IKM x 25, to 2 decimals: what the grade is read from
     */
    public record Index(BigDecimal raw, BigDecimal converted, Grade grade) {
    }

    /** Mutu pelayanan: A sangat baik, B baik, C kurang baik, D tidak baik. */
    public enum Grade {
        A, B, C, D;

        /**
         * The regulation's table on the converted index: 25.00-64.99 D, 65.00-76.60 C, 76.61-88.30 B,
         * 88.31-100 A. The table's bands are written to 2 decimals with nothing between them, so the
         * value is rounded to 2 decimals (half up) first: 88.305 is read as 88.31 and is A, where
         * comparing the unrounded value would leave it between B and A.
         */
        public static Grade of(BigDecimal converted) {
            BigDecimal v = converted.setScale(2, RoundingMode.HALF_UP);
            if (v.compareTo(new BigDecimal("65.00")) < 0) {
                return D;
            }
            if (v.compareTo(new BigDecimal("76.60")) <= 0) {
                return C;
            }
            return v.compareTo(new BigDecimal("88.30")) <= 0 ? B : A;
        }
    }

    /** The index of an SKM questionnaire: empty when it does not ask all nine elements (see {@link #items}). */
    public static Optional<Skm> of(Quiz questionnaire, List<Response> responses) {
        return items(questionnaire).map(items -> {
            long[] sums = new long[CODES.size()];
            int complete = 0;
            for (Response r : responses) {
                Optional<int[]> scores = scores(r, items);
                if (scores.isPresent()) {
                    complete++;
                    for (int i = 0; i < sums.length; i++) {
                        sums[i] += scores.get()[i];
                    }
                }
            }
            return of(items, responses.size(), complete, sums);
        });
    }

    /**
     * The items that ask U1 to U9, in that order; empty when the questionnaire does not ask all
     * nine elements as 4-level Likert items. Should an element be asked twice, the first item counts.
     */
    public static Optional<List<String>> items(Quiz questionnaire) {
        Map<String, String> items = new LinkedHashMap<>();
        for (Question q : questionnaire.questions()) {
            if (q instanceof Question.Likert l && l.skm().isPresent() && l.labels().size() == LEVELS) {
                items.putIfAbsent(l.skm().get(), l.id());
            }
        }
        if (!items.keySet().containsAll(CODES)) {
            return Optional.empty();
        }
        return Optional.of(CODES.stream().map(items::get).toList());
    }

    /**
     * The index from its sums: {@code items} as {@link #items(Quiz)} gives them, and the sum of
     * each element's scores over the {@code complete} questionnaires.
     */
    public static Skm of(List<String> items, int responses, int complete, long[] sums) {
        List<Element> elements = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < CODES.size(); i++) {
            elements.add(new Element(CODES.get(i), items.get(i), sums[i], complete));
            total += sums[i];
        }
        Optional<Index> index = Optional.empty();
        if (complete > 0) {
            // IKM raw = sum over elements of (sum_i / N) x 1/9 = total / (9 N); converted = 25 total / (9 N).
            long denominator = (long) CODES.size() * complete;
            BigDecimal converted = divide(25 * total, denominator, 2);
            index = Optional.of(new Index(divide(total, denominator, 3), converted, Grade.of(converted)));
        }
        return new Skm(responses, complete, elements, index);
    }

    /** The nine scores in element order; empty when the response left one out or gave an off-scale value. */
    public static Optional<int[]> scores(Response r, List<String> items) {
        int[] scores = new int[CODES.size()];
        for (int i = 0; i < CODES.size(); i++) {
            if (r.answer(items.get(i)).orElse(null) instanceof Answer.Scale s
                    && s.value() >= 1 && s.value() <= LEVELS) {
                scores[i] = s.value();
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(scores);
    }

    private static BigDecimal divide(long numerator, long denominator, int scale) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
    }
}
