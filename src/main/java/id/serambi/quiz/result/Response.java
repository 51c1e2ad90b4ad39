package id.serambi.quiz.result;

import id.serambi.quiz.model.Answer;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One submitted questionnaire: its id (which also names its free-text answers for moderation),
 * the respondent's group, when, and the answer given to each question id. A question left blank is
 * simply absent.
 */
public record Response(String id, Optional<Group> group, Instant submittedAt, Optional<String> workshopId,
                       Map<String, Answer> answers, Optional<String> name) implements Submission {

    /** A response with no name: an anonymous questionnaire, or one filled in alone. */
    public Response(String id, Optional<Group> group, Instant submittedAt, Optional<String> workshopId,
                    Map<String, Answer> answers) {
        this(id, group, submittedAt, workshopId, answers, Optional.empty());
    }

    public Response {
        Objects.requireNonNull(id);
        Objects.requireNonNull(submittedAt);
        answers = Map.copyOf(answers);
    }

    public Optional<Answer> answer(String questionId) {
        return Optional.ofNullable(answers.get(questionId));
    }
}
