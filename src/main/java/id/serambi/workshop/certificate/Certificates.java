package id.serambi.workshop.certificate;

import id.serambi.workshop.model.Participant;
import id.serambi.workshop.model.Roster;
import id.serambi.workshop.model.Workshop;
import id.serambi.workshop.store.WorkshopStore;
import org.jdbi.v3.core.Jdbi;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who has earned a certificate of participation: a seat that submitted the workshop's post-test
 * within this workshop. A draft does not count, nor the same quiz taken alone or in another
 * workshop; a workshop without a post-test gives none.
 */
public final class Certificates {
    private final Jdbi jdbi;
    private final WorkshopStore store;

    public Certificates(Jdbi jdbi, WorkshopStore store) {
        this.jdbi = jdbi;
        this.store = store;
    }

    /** The participants who earned one, in joining order, with the names the roster shows. */
    public List<Roster.Entry> eligible(Workshop w) {
        return eligible(w, store.roster(w.id()));
    }

    private List<Roster.Entry> eligible(Workshop w, Roster roster) {
        Set<String> done = finishedPostTest(w);
        return roster.entries().stream().filter(e -> done.contains(e.participant().learnerId())).toList();
    }

    /** Whether this one participant earned it: one indexed look, as every waiting phone asks. */
    public boolean earned(Workshop w, Participant p) {
        Optional<String> postTest = w.quizzes().postTest();
        return p.workshop().equals(w.id()) && postTest.isPresent() && jdbi.withHandle(h -> h.createQuery("""
                        select count(*) from quiz_attempt
                        where workshop = :workshop and quiz = :quiz and learner_id = :learner
                            and submitted_at is not null""")
                .bind("workshop", w.id()).bind("quiz", postTest.get()).bind("learner", p.learnerId())
                .mapTo(Integer.class).one() > 0);
    }

    /** What the trainer's workshop page shows: whether the workshop gives certificates, and to whom. */
    public record Summary(boolean offered, List<Roster.Entry> eligible) {
    }

    /** @param roster the workshop's roster, already read for the same page */
    public Summary summary(Workshop w, Roster roster) {
        return new Summary(w.quizzes().postTest().isPresent(), eligible(w, roster));
    }

    /** Where a participant downloads their certificate, once they have earned one. */
    public Optional<String> linkFor(Workshop w, Participant p) {
        return earned(w, p) && w.code().isPresent()
                ? Optional.of("/ikut/" + w.code().get().value() + "/sertifikat.pdf") : Optional.empty();
    }

    /** The learner ids that submitted the post-test in this workshop. */
    private Set<String> finishedPostTest(Workshop w) {
        if (w.quizzes().postTest().isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbi.withHandle(h -> h.createQuery("""
                        select distinct learner_id from quiz_attempt
                        where workshop = :workshop and quiz = :quiz and submitted_at is not null""")
                .bind("workshop", w.id()).bind("quiz", w.quizzes().postTest().get())
                .mapTo(String.class).list()));
    }
}
