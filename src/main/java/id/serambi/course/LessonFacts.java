package id.serambi.course;

import id.serambi.i18n.Lang;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a lesson's Indonesian front matter says about the lesson itself, the same in both languages:
 * whom it is written for (empty: its module's audience), the references its claims rest on, and the
 * day its facts were last checked.
 */
public record LessonFacts(Set<Audience> audience, List<String> sources, Optional<LocalDate> reviewed) {
    public static final LessonFacts NONE = new LessonFacts(Set.of(), List.of(), Optional.empty());

    public LessonFacts {
        audience = Set.copyOf(audience);
        sources = List.copyOf(sources);
    }

    /** The day the facts were last checked, as a reader of {@code lang} writes a date ("7 Desember 2026"). */
    public Optional<String> reviewedText(Lang lang) {
        return reviewed.map(d -> d.format(DateTimeFormatter.ofPattern("d MMMM yyyy", lang.locale())));
    }

    /** Whether the facts were last checked more than a year before {@code today}, or never. */
    public boolean dueForReview(LocalDate today) {
        return reviewed.map(r -> r.isBefore(today.minusYears(1))).orElse(true);
    }
}
