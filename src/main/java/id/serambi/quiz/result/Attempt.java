package id.serambi.quiz.result;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One submitted quiz attempt as the dashboards need it: who (a pseudonym, and the name given in a
 * workshop, if any), when, and the mark earned on each graded question out of its maximum. An
 * attempt may be shown only some of the quiz's questions: {@code marks} has one mark for each it
 * was shown and none for the others, so {@link #maxTotal()} is the attempt's own maximum.
 */
public record Attempt(String participantId, Optional<Group> group, Instant submittedAt,
                      Optional<String> workshopId, List<Mark> marks, Optional<String> name) implements Submission {

    /** An attempt whose taker gave no name. */
    public Attempt(String participantId, Optional<Group> group, Instant submittedAt, Optional<String> workshopId,
                   List<Mark> marks) {
        this(participantId, group, submittedAt, workshopId, marks, Optional.empty());
    }

    public Attempt {
        Objects.requireNonNull(participantId);
        Objects.requireNonNull(submittedAt);
        marks = List.copyOf(marks);
    }

    /** The mark on one question; {@code max} is the question's points (more than 0). */
    public record Mark(String questionId, double mark, double max) {
        public Mark {
            if (!(max > 0)) {
                throw new IllegalArgumentException("a graded question is worth more than 0 points: " + questionId);
            }
        }
    }

    /** Whether the attempt was shown the question (it has a mark on it). */
    public boolean shown(String questionId) {
        return marks.stream().anyMatch(m -> m.questionId().equals(questionId));
    }

    public double total() {
        return marks.stream().mapToDouble(Mark::mark).sum();
    }

    public double maxTotal() {
        return marks.stream().mapToDouble(Mark::max).sum();
    }

    /**
     * The score in percent of the maximum, 0 for an attempt with no graded question. Multiplying
     * before dividing keeps whole-number scores exact (7 of 10 is 70, not 70.00000000000001), so a
     * score right on the pass mark passes.
     */
    public double percent() {
        double max = maxTotal();
        return max > 0 ? total() * 100 / max : 0;
    }
}
