package id.serambi.report.dashboard;

import id.serambi.quiz.result.Group;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The filter of a dashboard as its query parameters give it: {@code kelompok} (semua, warga or
 * aparat), {@code dari} and {@code sampai} (yyyy-mm-dd, as a date field sends them) and
 * {@code lokakarya} (a workshop id). What was typed is kept to show back in the form; what could
 * not be read is named in {@code problems} and left out of the filter.
 */
public record FilterForm(String group, String from, String to, String workshop, Filter filter,
                         List<Problem> problems) {

    public static final String GROUP = "kelompok";
    public static final String FROM = "dari";
    public static final String TO = "sampai";
    public static final String WORKSHOP = "lokakarya";
    public static final String ALL = "semua";
    private static final int MAX_WORKSHOP = 40;

    public FilterForm {
        problems = List.copyOf(problems);
    }

    /** A parameter that could not be read: which, and the message key with its arguments. */
    public record Problem(String field, String key, List<Object> args) {
        public Problem {
            args = List.copyOf(args);
        }
    }

    public static FilterForm read(Function<String, String> param, ZoneId zone) {
        List<Problem> problems = new ArrayList<>();
        Filter filter = Filter.all(zone);
        String group = clean(param.apply(GROUP), 20);
        if (!group.isEmpty() && !group.equals(ALL)) {
            Optional<Group> g = Group.fromCode(group);
            if (g.isPresent()) {
                filter = filter.withGroup(g.get());
            } else {
                problems.add(new Problem(GROUP, "report.filter.group.unknown", List.of(group)));
            }
        }
        String from = clean(param.apply(FROM), 20);
        String to = clean(param.apply(TO), 20);
        Optional<LocalDate> first = date(FROM, from, problems);
        Optional<LocalDate> last = date(TO, to, problems);
        if (first.isPresent() && last.isPresent() && first.get().isAfter(last.get())) {
            problems.add(new Problem(TO, "report.filter.date.order", List.of(from, to)));
        } else if (first.isPresent() || last.isPresent()) {
            filter = filter.withDates(first.orElse(null), last.orElse(null));
        }
        String workshop = clean(param.apply(WORKSHOP), MAX_WORKSHOP);
        if (!workshop.isEmpty()) {
            filter = filter.withWorkshop(workshop);
        }
        return new FilterForm(group.isEmpty() ? ALL : group, from, to, workshop, filter, problems);
    }

    /** The same form, its filter narrowed to what {@code viewer} may see. */
    public FilterForm within(Scope viewer) {
        return new FilterForm(group, from, to, workshop, filter.within(viewer), problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public Optional<Problem> problem(String field) {
        return problems.stream().filter(p -> p.field().equals(field)).findFirst();
    }

    /**
     * The filter as a query string ("" or "?kelompok=warga&dari=..."), made from what was read, not
     * from what was typed: links and redirects carry it, and nothing else.
     */
    public String query() {
        Map<String, String> q = params();
        if (q.isEmpty()) {
            return "";
        }
        return q.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "?", ""));
    }

    /** The parameters of the filter as read, for the hidden fields of a form that returns to the dashboard. */
    public Map<String, String> params() {
        Map<String, String> q = new LinkedHashMap<>();
        filter.group().ifPresent(g -> q.put(GROUP, g.code()));
        filter.from().ifPresent(d -> q.put(FROM, d.toString()));
        filter.to().ifPresent(d -> q.put(TO, d.toString()));
        filter.workshopId().ifPresent(w -> q.put(WORKSHOP, w));
        return q;
    }

    /**
     * What a date field shows back: the typed date when it is one, else nothing (a date field
     * cannot hold "2025-02-30"; the message names what was typed).
     */
    public String fromField() {
        return problem(FROM).isPresent() ? "" : from;
    }

    public String toField() {
        return problem(TO).filter(p -> !p.key().equals("report.filter.date.order")).isPresent() ? "" : to;
    }

    /** Whether anything narrows what is shown. */
    public boolean narrowed() {
        return filter.group().isPresent() || filter.from().isPresent() || filter.to().isPresent()
                || filter.workshopId().isPresent();
    }

    private static Optional<LocalDate> date(String field, String text, List<Problem> problems) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field, "report.filter.date.invalid", List.of(text)));
            return Optional.empty();
        }
    }

    private static String clean(String value, int max) {
        if (value == null) {
            return "";
        }
        String s = value.strip();
        return s.length() > max ? s.substring(0, max) : s;
    }
}
