package id.serambi.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a dashboard shows: one respondent group or all, submissions from {@code from} to {@code to}
 * (whole days, both included, as the calendar reads in {@code zone}: a trainer in Makassar who
 * asks for 1 March means 1 March in WITA), and one workshop or all. Empty means no limit.
 */
public record Filter(Optional<Group> group, Optional<LocalDate> from, Optional<LocalDate> to, ZoneId zone,
                     Optional<String> workshopId) {

    public Filter {
        Objects.requireNonNull(zone);
    }

    public static Filter all(ZoneId zone) {
        return new Filter(Optional.empty(), Optional.empty(), Optional.empty(), zone, Optional.empty());
    }

    public Filter withGroup(Group g) {
        return new Filter(Optional.of(g), from, to, zone, workshopId);
    }

    public Filter withDates(LocalDate first, LocalDate last) {
        return new Filter(group, Optional.ofNullable(first), Optional.ofNullable(last), zone, workshopId);
    }

    public Filter withWorkshop(String id) {
        return new Filter(group, from, to, zone, Optional.of(id));
    }

    /**
     * Whether a submission passes. With a group chosen, a submission that gave no group is left
     * out: it cannot be counted as either.
     */
    public boolean test(Submission s) {
        if (group.isPresent() && !s.group().equals(group)) {
            return false;
        }
        if (workshopId.isPresent() && !s.workshopId().equals(workshopId)) {
            return false;
        }
        LocalDate day = LocalDate.ofInstant(s.submittedAt(), zone);
        return from.map(f -> !day.isBefore(f)).orElse(true) && to.map(t -> !day.isAfter(t)).orElse(true);
    }

    public <T extends Submission> List<T> apply(List<T> submissions) {
        return submissions.stream().filter(this::test).toList();
    }
}
