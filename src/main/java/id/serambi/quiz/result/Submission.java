package id.serambi.quiz.result;

import java.time.Instant;
import java.util.Optional;

/**
 * What every dashboard filters on, common to quiz attempts and questionnaire responses. The group
 * is empty when the respondent did not give it (a quiz taken in self-study, for instance).
 */
public interface Submission {

    Optional<Group> group();

    Instant submittedAt();

    Optional<String> workshopId();
}
