package id.serambi.report.dashboard;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whose submissions a dashboard viewer may see. A trainer sees those given outside any workshop
 * and those of their own workshops; an admin sees everything. {@code workshops} are the workshops
 * the viewer may name in a filter, by id with their title and date: a trainer's own, or for an
 * admin every one that exists. In those workshops the viewer also sees the names participants gave.
 */
public record Scope(boolean everything, Map<String, Workshop> workshops) {

    /** A workshop as its results are labelled: its title and the day it was held. */
    public record Workshop(String title, LocalDate date) {
    }

    public Scope {
        workshops = Map.copyOf(workshops);
    }

    /** An admin's: every submission, and a filter by any of {@code existing} workshops. */
    public static Scope everything(Map<String, Workshop> existing) {
        return new Scope(true, existing);
    }

    /** A trainer's: self-study submissions and those of {@code own} workshops. */
    public static Scope own(Map<String, Workshop> own) {
        return new Scope(false, own);
    }

    /** As {@link #everything(Map)}, for workshops known by id alone. */
    public static Scope everything(Set<String> existing) {
        return everything(unnamed(existing));
    }

    /** As {@link #own(Map)}, for workshops known by id alone. */
    public static Scope own(Set<String> own) {
        return own(unnamed(own));
    }

    private static Map<String, Workshop> unnamed(Set<String> ids) {
        return ids.stream().collect(Collectors.toMap(Function.identity(), id -> new Workshop(id, null)));
    }

    /** Whether a submission given in {@code workshop} (empty: outside any) is shown. */
    public boolean shows(Optional<String> workshop) {
        return everything || workshop.isEmpty() || workshops.containsKey(workshop.get());
    }

    /** Whether the viewer may filter by this workshop; another's is as if it did not exist. */
    public boolean knows(String workshop) {
        return workshops.containsKey(workshop);
    }

    /** The workshop's title and date, for one the viewer knows. */
    public Optional<Workshop> workshop(String id) {
        return Optional.ofNullable(workshops.get(id)).filter(w -> w.date() != null);
    }

    /**
     * Whether the names participants gave in {@code workshop} are shown: in the viewer's own
     * workshops (an admin's: any), never outside a workshop.
     */
    public boolean names(Optional<String> workshop) {
        return workshop.filter(workshops::containsKey).isPresent();
    }
}
