package id.serambi.quiz.take;

import id.serambi.quiz.model.Quiz;

import java.util.Map;

/** Decides under whom the visitor of a request takes a quiz; see {@link Taking}. */
public interface Taker {
    /**
     * @param cookies   the request's cookies, where a workshop seat is found
     * @param learnerId the visitor's own learner id
     */
    Taking of(Map<String, String> cookies, String learnerId, Quiz quiz);
}
