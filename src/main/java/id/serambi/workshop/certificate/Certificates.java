package id.serambi.workshop.certificate;

import id.serambi.db.Writes;
import id.serambi.workshop.model.JoinCode;
import id.serambi.workshop.model.Participant;
import id.serambi.workshop.model.Roster;
import id.serambi.workshop.model.Workshop;
import id.serambi.workshop.store.WorkshopStore;
import org.jdbi.v3.core.Jdbi;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who has earned a certificate of participation: a seat that submitted the workshop's post-test
 * within this workshop. A draft does not count, nor the same quiz taken alone or in another
 * workshop; a workshop without a post-test gives none.
 */
public final class Certificates {
    /** A certificate number's characters: those of join codes, with no look-alikes. */
    static final int NUMBER_LENGTH = 8;

    private final Jdbi jdbi;
    private final WorkshopStore store;
    private final SecureRandom random;

    public Certificates(Jdbi jdbi, WorkshopStore store, SecureRandom random) {
        this.jdbi = jdbi;
        this.store = store;
        this.random = random;
    }

    /**
     * The number of the seat's certificate, given now if it has none: eight characters of
     * {@link JoinCode#ALPHABET}, printed as {@code ACDE-FGHJ}. The same seat keeps the same number.
     */
    public String number(Participant p) {
        for (int tries = 0; tries < 5; tries++) {
            Optional<String> kept = jdbi.withHandle(h -> h.createQuery(
                            "select certificate_number from workshop_participant where id = :id")
                    .bind("id", p.id()).mapTo(String.class).findOne());
            if (kept.isPresent()) {
                return shown(kept.get());
            }
            String fresh = fresh();
            boolean taken = jdbi.withHandle(h -> h.createQuery(
                            "select count(*) from workshop_participant where certificate_number = :n")
                    .bind("n", fresh).mapTo(Integer.class).one()) > 0;
            if (!taken) {
                Writes.useTransaction(jdbi, h -> h.createUpdate("update workshop_participant set certificate_number = :n "
                                + "where id = :id and certificate_number is null")
                        .bind("n", fresh).bind("id", p.id()).execute());
            }
        }
        throw new IllegalStateException("no certificate number for " + p.id());
    }

    /** The certificate a number belongs to, while its seat still holds it: the workshop and the seat. */
    public Optional<Issued> verify(String typed) {
        String number = typed == null ? "" : typed.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
        if (number.length() != NUMBER_LENGTH || !number.chars().allMatch(c -> JoinCode.ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        Optional<String[]> ids = jdbi.withHandle(h -> h.createQuery(
                        "select id, workshop_id from workshop_participant where certificate_number = :n")
                .bind("n", number).map((rs, ctx) -> new String[]{rs.getString("id"), rs.getString("workshop_id")})
                .findOne());
        return ids.flatMap(i -> store.find(i[1]).flatMap(w -> store.roster(w.id()).entries().stream()
                .map(Roster.Entry::participant).filter(p -> p.id().equals(i[0])).findFirst()
                .filter(p -> earned(w, p)).map(p -> new Issued(w, p, shown(number)))));
    }

    /** A certificate given: the workshop, the seat, and its number as printed. */
    public record Issued(Workshop workshop, Participant participant, String number) {
    }

    private String fresh() {
        char[] chars = new char[NUMBER_LENGTH];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = JoinCode.ALPHABET.charAt(random.nextInt(JoinCode.ALPHABET.length()));
        }
        return new String(chars);
    }

    private static String shown(String number) {
        return number.substring(0, NUMBER_LENGTH / 2) + "-" + number.substring(NUMBER_LENGTH / 2);
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
