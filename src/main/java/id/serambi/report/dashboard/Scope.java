package id.serambi.report.dashboard;

import java.util.Optional;
import java.util.Set;

/**
 * Whose submissions a dashboard viewer may see. A trainer sees those given outside any workshop
 * and those of their own workshops; an admin sees everything. {@code workshops} are the workshops
 * the viewer may name in a filter: a trainer's own, or for an admin every one that exists.
 */
public record Scope(boolean everything, Set<String> workshops) {

    public Scope {
        workshops = Set.copyOf(workshops);
    }

    /** An admin's: every submission, and a filter by any of {@code existing} workshops. */
    public static Scope everything(Set<String> existing) {
        return new Scope(true, existing);
    }

    /** A trainer's: self-study submissions and those of {@code own} workshops. */
    public static Scope own(Set<String> own) {
        return new Scope(false, own);
    }

    /** Whether a submission given in {@code workshop} (empty: outside any) is shown. */
    public boolean shows(Optional<String> workshop) {
        return everything || workshop.isEmpty() || workshops.contains(workshop.get());
    }

    /** Whether the viewer may filter by this workshop; another's is as if it did not exist. */
    public boolean knows(String workshop) {
        return workshops.contains(workshop);
    }
}
