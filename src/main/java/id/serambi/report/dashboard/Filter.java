package id.serambi.report.dashboard;

import id.serambi.quiz.result.Group;
import id.serambi.quiz.result.Submission;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a dashboard shows: one respondent group or all, submissions from {@code from} to {@code to}
 * (whole days, both included, as the calendar reads in {@code zone}: a trainer in Makassar who
 * asks for 1 March means 1 March in WITA), and one workshop or all. Empty means no limit.
 * Whatever is asked, only what the viewer's {@link Scope} shows passes.
 */
public record Filter(Optional<Group> group, Optional<LocalDate> from, Optional<LocalDate> to, ZoneId zone,
                     Optional<String> workshopId, Scope scope) {

    public Filter {
        Objects.requireNonNull(zone);
        Objects.requireNonNull(scope);
    }

    /** No limit at all: for the core and its tests; the dashboards always narrow it to a viewer's scope. */
    public static Filter all(ZoneId zone) {
        return new Filter(Optional.empty(), Optional.empty(), Optional.empty(), zone, Optional.empty(),
                Scope.everything(Set.of()));
    }

    public Filter withGroup(Group g) {
        return new Filter(Optional.of(g), from, to, zone, workshopId, scope);
    }

    public Filter withDates(LocalDate first, LocalDate last) {
        return new Filter(group, Optional.ofNullable(first), Optional.ofNullable(last), zone, workshopId, scope);
    }

    public Filter withWorkshop(String id) {
        return new Filter(group, from, to, zone, Optional.of(id), scope);
    }

    public Filter within(Scope viewer) {
        return new Filter(group, from, to, zone, workshopId, viewer);
    }

    /**
     * Whether a submission passes. With a group chosen, a submission that gave no group is left
     * out: it cannot be counted as either.
     */
    public boolean test(Submission s) {
        return test(s.group(), s.workshopId(), LocalDate.ofInstant(s.submittedAt(), zone));
    }

    /** Whether submissions given by {@code givenGroup} in {@code workshop} on {@code day} (in this zone) pass. */
    public boolean test(Optional<Group> givenGroup, Optional<String> workshop, LocalDate day) {
        if (!scope.shows(workshop)) {
            return false;
        }
        if (group.isPresent() && !givenGroup.equals(group)) {
            return false;
        }
        if (workshopId.isPresent() && !workshop.equals(workshopId)) {
            return false;
        }
        return from.map(f -> !day.isBefore(f)).orElse(true) && to.map(t -> !day.isAfter(t)).orElse(true);
    }

    public <T extends Submission> List<T> apply(List<T> submissions) {
        return submissions.stream().filter(this::test).toList();
    }
}
