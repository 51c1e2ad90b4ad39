package id.serambi.quiz.take;

import java.util.Optional;

/**
 * Under whom a quiz is taken on one request. Most visitors take it alone, under the learner id
 * of their cookie. A workshop participant takes the quiz the trainer opened under their seat, so
 * a second phone finds the same answers, and the attempt is counted for the workshop.
 *
 * @param respondent who answers, when it is already known and need not be asked
 * @param frozen     why answers can no longer change (a message key); empty while they can
 * @param roomUrl    where the participant waits for the trainer's next step
 * @param stepClosed whether the workshop step that opened the quiz, or the workshop, has closed:
 *                   the result page may then show what the quiz keeps back until then
 */
public record Taking(String learnerId, Optional<String> workshop, Optional<AttemptRow.Respondent> respondent,
                     Optional<String> frozen, Optional<String> roomUrl, boolean stepClosed) {

    public static Taking alone(String learnerId) {
        return new Taking(learnerId, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false);
    }

    public boolean isFrozen() {
        return frozen.isPresent();
    }
}
