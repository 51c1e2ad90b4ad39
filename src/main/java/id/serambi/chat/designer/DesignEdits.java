package id.serambi.chat.designer;

import id.serambi.chat.engine.Away;
import id.serambi.chat.engine.Menu;
import id.serambi.chat.engine.Profile;
import id.serambi.chat.engine.TimeRange;
import id.serambi.chat.engine.WeekHours;
import id.serambi.chat.menu.ProfileReader;
import id.serambi.content.Text;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static id.serambi.chat.designer.DesignForm.REQUIRED;
import static id.serambi.chat.designer.DesignForm.optional;
import static id.serambi.chat.designer.DesignForm.required;

/**
 * The designer's edits of the menu-wide sections (profile, messages, away schedule) as plain
 * functions from a menu and a form's fields to a new menu. A field that cannot be read at all (an
 * empty name, an hour range that is not one) is an error keyed by the field's name; everything else
 * is judged by the checks on the whole menu afterwards.
 */
final class DesignEdits {
    private DesignEdits() {
    }

    static DesignEdit profile(Menu m, Map<String, String> in) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = required(in, "title", errors);
        String name = required(in, "name", errors);
        String phone = required(in, "phone", errors);
        Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
        for (String day : ProfileReader.DAY_ORDER) {
            String text = DesignForm.text(in, "hours-" + day);
            if (text.isEmpty()) {
                continue;
            }
            Optional<List<TimeRange>> ranges = ProfileReader.ranges(text);
            if (ranges.isEmpty()) {
                errors.put("hours-" + day, "designer.error.hours");
            } else {
                days.put(ProfileReader.DAYS.get(day), ranges.get());
            }
        }
        if (!errors.isEmpty()) {
            return DesignEdit.failed(errors);
        }
        Profile p = new Profile(name, optional(in, "address"), new WeekHours(days), phone.replaceAll("[\\s+-]", ""),
                optional(in, "instagram").map(s -> s.startsWith("@") ? s.substring(1) : s), optional(in, "website"),
                optional(in, "description"));
        return DesignEdit.of(new Menu(m.id(), new Text(title, optional(in, "title_en")), p, m.zone(), m.greeting(),
                m.away(), m.fallback(), m.footer(), m.triggers(), m.prefill(), m.root(), m.tasks()));
    }

    static DesignEdit messages(Menu m, Map<String, String> in) {
        Map<String, String> errors = new LinkedHashMap<>();
        String greeting = required(in, "greeting", errors);
        String fallback = required(in, "fallback", errors);
        List<String> triggers = DesignForm.items(in, "triggers");
        if (triggers.isEmpty()) {
            errors.put("triggers", REQUIRED);
        }
        if (!errors.isEmpty()) {
            return DesignEdit.failed(errors);
        }
        return DesignEdit.of(new Menu(m.id(), m.title(), m.profile(), m.zone(), greeting, m.away(), fallback,
                optional(in, "footer"), triggers, optional(in, "prefill"), m.root(), m.tasks()));
    }

    static DesignEdit away(Menu m, Map<String, String> in) {
        Map<String, String> errors = new LinkedHashMap<>();
        String kind = in.getOrDefault("schedule", "none");
        Optional<Away> away = Optional.empty();
        if (!kind.equals("none")) {
            String text = required(in, "text", errors);
            Away.Schedule schedule = switch (kind) {
                case "always" -> new Away.Always();
                case "custom" -> custom(in, errors);
                default -> new Away.OutsideHours();
            };
            if (errors.isEmpty()) {
                away = Optional.of(new Away(text, schedule));
            }
        }
        if (!errors.isEmpty()) {
            return DesignEdit.failed(errors);
        }
        return DesignEdit.of(new Menu(m.id(), m.title(), m.profile(), m.zone(), m.greeting(), away, m.fallback(),
                m.footer(), m.triggers(), m.prefill(), m.root(), m.tasks()));
    }

    private static Away.Schedule custom(Map<String, String> in, Map<String, String> errors) {
        Optional<LocalDateTime> from = dateTime(in, "from", errors);
        Optional<LocalDateTime> to = dateTime(in, "to", errors);
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            errors.put("to", "designer.error.order");
        }
        return errors.isEmpty() ? new Away.Custom(from.get(), to.get()) : new Away.Always();
    }

    private static Optional<LocalDateTime> dateTime(Map<String, String> in, String key, Map<String, String> errors) {
        String text = DesignForm.text(in, key);
        if (text.isEmpty()) {
            errors.put(key, REQUIRED);
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(text.replace('T', ' ').replace('.', ':'), ProfileReader.DATE_TIME));
        } catch (DateTimeParseException e) {
            errors.put(key, "designer.error.datetime");
            return Optional.empty();
        }
    }
}
