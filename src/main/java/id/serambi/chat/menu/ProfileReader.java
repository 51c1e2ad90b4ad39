package id.serambi.chat.menu;

import id.serambi.chat.engine.Away;
import id.serambi.chat.engine.Profile;
import id.serambi.chat.engine.TimeRange;
import id.serambi.chat.engine.WeekHours;
import id.serambi.content.YamlFields;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the business profile, its weekly hours and the away message of a menu file. */
public final class ProfileReader {
    public static final Map<String, DayOfWeek> DAYS = Map.of("senin", DayOfWeek.MONDAY, "selasa", DayOfWeek.TUESDAY,
            "rabu", DayOfWeek.WEDNESDAY, "kamis", DayOfWeek.THURSDAY, "jumat", DayOfWeek.FRIDAY,
            "sabtu", DayOfWeek.SATURDAY, "minggu", DayOfWeek.SUNDAY);
    public static final List<String> DAY_ORDER = List.of("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu");
    public static final String CLOSED = "tutup";
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Set<String> PROFILE = Set.of("name", "address", "hours", "phone", "instagram", "website",
            "description");
    private static final Set<String> AWAY = Set.of("text", "schedule", "from", "to");

    private final YamlFields yaml;
    private final SourceLines lines;

    ProfileReader(YamlFields yaml, SourceLines lines) {
        this.yaml = yaml;
        this.lines = lines;
    }

    Optional<Profile> profile(Node node) {
        Optional<Map<String, NodeTuple>> fields = yaml.fields(node, "profile", PROFILE);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Map<String, NodeTuple> f = fields.get();
        f.forEach((k, t) -> lines.put(List.of(), "profile." + k, yaml.line(t.getKeyNode())));
        Optional<String> name = yaml.string(f, "name", node, true);
        Optional<String> phone = yaml.string(f, "phone", node, true);
        WeekHours hours = f.containsKey("hours") && !YamlFields.isNull(f.get("hours").getValueNode())
                ? hours(f.get("hours").getValueNode()) : WeekHours.NONE;
        Optional<String> address = yaml.string(f, "address", node, false);
        Optional<String> instagram = yaml.string(f, "instagram", node, false);
        Optional<String> website = yaml.string(f, "website", node, false);
        Optional<String> description = yaml.string(f, "description", node, false);
        if (name.isEmpty() || phone.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Profile(name.get(), address, hours, phone.get(), instagram, website, description));
    }

    private WeekHours hours(Node node) {
        Optional<Map<String, NodeTuple>> fields = yaml.fields(node, "hours", DAYS.keySet());
        Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
        fields.ifPresent(f -> f.forEach((day, tuple) ->
                yaml.scalar(tuple.getValueNode(), day).ifPresent(text -> ranges(text).ifPresentOrElse(
                        r -> days.put(DAYS.get(day), r),
                        () -> yaml.problem(tuple.getValueNode(), "chat.menu.hours", text)))));
        return new WeekHours(days);
    }

    /** "08.00-16.00", several joined by commas, or "tutup"; an en dash and "08:00" are read too. */
    public static Optional<List<TimeRange>> ranges(String text) {
        if (text.strip().equalsIgnoreCase(CLOSED)) {
            return Optional.of(List.of());
        }
        List<TimeRange> ranges = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] ends = part.replace('\u2013', '-').split("-");
            if (ends.length != 2) {
                return Optional.empty();
            }
            Optional<LocalTime> open = time(ends[0]);
            Optional<LocalTime> close = time(ends[1]);
            if (open.isEmpty() || close.isEmpty()) {
                return Optional.empty();
            }
            try {
                ranges.add(new TimeRange(open.get(), close.get()));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.of(ranges);
    }

    private static Optional<LocalTime> time(String text) {
        String t = text.strip().replace(':', '.');
        if (t.equals("24.00")) {
            return Optional.of(LocalTime.MIDNIGHT);
        }
        try {
            return Optional.of(LocalTime.parse(t.length() == 4 ? "0" + t : t, DateTimeFormatter.ofPattern("HH.mm")));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    Optional<Away> away(Node node) {
        Optional<Map<String, NodeTuple>> fields = yaml.fields(node, "away", AWAY);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Map<String, NodeTuple> f = fields.get();
        f.forEach((k, t) -> lines.put(List.of(), "away." + k, yaml.line(t.getKeyNode())));
        Optional<String> text = yaml.string(f, "text", node, true);
        Optional<String> kind = yaml.string(f, "schedule", node, true);
        Optional<Away.Schedule> schedule = kind.flatMap(k -> schedule(k, f, node));
        if (text.isEmpty() || schedule.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Away(text.get(), schedule.get()));
    }

    private Optional<Away.Schedule> schedule(String kind, Map<String, NodeTuple> f, Node node) {
        if (!kind.equals("custom") && (f.containsKey("from") || f.containsKey("to"))) {
            yaml.problem(f.getOrDefault("from", f.get("to")).getKeyNode(), "chat.menu.custom.only");
            return Optional.empty();
        }
        switch (kind) {
            case "always":
                return Optional.of(new Away.Always());
            case "outside-hours":
                return Optional.of(new Away.OutsideHours());
            case "custom":
                Optional<LocalDateTime> from = dateTime(f, "from", node);
                Optional<LocalDateTime> to = dateTime(f, "to", node);
                if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
                    yaml.problem(f.get("to").getValueNode(), "chat.menu.custom.order");
                    return Optional.empty();
                }
                return from.isPresent() && to.isPresent()
                        ? Optional.of(new Away.Custom(from.get(), to.get())) : Optional.empty();
            default:
                yaml.problem(f.get("schedule").getValueNode(), "chat.menu.schedule", kind);
                return Optional.empty();
        }
    }

    private Optional<LocalDateTime> dateTime(Map<String, NodeTuple> f, String key, Node node) {
        Optional<String> text = yaml.string(f, key, node, true);
        try {
            return text.map(t -> LocalDateTime.parse(t.replace('T', ' ').replace('.', ':'), DATE_TIME));
        } catch (DateTimeParseException e) {
            yaml.problem(f.get(key).getValueNode(), "chat.menu.datetime", text.get());
            return Optional.empty();
        }
    }
}
