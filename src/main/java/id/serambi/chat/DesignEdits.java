package id.serambi.chat;

import id.serambi.course.Text;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The designer's edits as plain functions from a menu and a form's fields to a new menu. A field
 * that cannot be read at all (an empty label, an hour range that is not one) is an error keyed by
 * the field's name; everything else is judged by the checks on the whole menu afterwards.
 */
final class DesignEdits {
    static final String REQUIRED = "designer.error.required";
    static final List<String> KINDS = List.of("reply", "service", "submenu", "handoff");

    private DesignEdits() {
    }

    /** The edited menu, or the errors by field name. */
    record Edit(Optional<Menu> menu, Map<String, String> errors) {
        static Edit of(Menu menu) {
            return new Edit(Optional.of(menu), Map.of());
        }

        static Edit failed(Map<String, String> errors) {
            return new Edit(Optional.empty(), Map.copyOf(errors));
        }
    }

    static Edit profile(Menu m, Map<String, String> in) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = required(in, "title", errors);
        String name = required(in, "name", errors);
        String phone = required(in, "phone", errors);
        Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
        for (String day : ProfileReader.DAY_ORDER) {
            String text = in.getOrDefault("hours-" + day, "").strip();
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
            return Edit.failed(errors);
        }
        Profile p = new Profile(name, optional(in, "address"), new WeekHours(days), phone.replaceAll("[\\s+-]", ""),
                optional(in, "instagram").map(s -> s.startsWith("@") ? s.substring(1) : s), optional(in, "website"),
                optional(in, "description"));
        Text oldTitle = m.title();
        Text newTitle = new Text(title, oldTitle.id().equals(title) ? oldTitle.en() : Optional.empty());
        return Edit.of(new Menu(m.id(), newTitle, p, m.zone(), m.greeting(), m.away(), m.fallback(), m.footer(),
                m.triggers(), m.prefill(), m.root(), m.tasks()));
    }

    static Edit messages(Menu m, Map<String, String> in) {
        Map<String, String> errors = new LinkedHashMap<>();
        String greeting = required(in, "greeting", errors);
        String fallback = required(in, "fallback", errors);
        List<String> triggers = new ArrayList<>();
        for (String t : in.getOrDefault("triggers", "").split("[,\\n]")) {
            if (!t.isBlank()) {
                triggers.add(t.strip());
            }
        }
        if (triggers.isEmpty()) {
            errors.put("triggers", REQUIRED);
        }
        if (!errors.isEmpty()) {
            return Edit.failed(errors);
        }
        return Edit.of(new Menu(m.id(), m.title(), m.profile(), m.zone(), greeting, m.away(), fallback,
                optional(in, "footer"), triggers, optional(in, "prefill"), m.root(), m.tasks()));
    }

    static Edit away(Menu m, Map<String, String> in) {
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
            return Edit.failed(errors);
        }
        return Edit.of(new Menu(m.id(), m.title(), m.profile(), m.zone(), m.greeting(), away, m.fallback(),
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
        String text = in.getOrDefault(key, "").strip();
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

    /** Changes one node's own fields; its kind and its options stay. */
    static Edit node(Menu m, List<Integer> path, Map<String, String> in) {
        Optional<MenuNode> found = m.node(path);
        if (found.isEmpty()) {
            return Edit.failed(Map.of("path", "designer.error.node"));
        }
        MenuNode node = found.get();
        Map<String, String> errors = new LinkedHashMap<>();
        String label = path.isEmpty() ? "" : required(in, "label", errors);
        String shortcut = required(in, "shortcut", errors);
        if (shortcut.startsWith("/")) {
            shortcut = shortcut.substring(1);
        }
        String text = required(in, "text", errors);
        Optional<String> description = optional(in, "description");
        if (!errors.isEmpty()) {
            return Edit.failed(errors);
        }
        MenuNode changed;
        if (node instanceof MenuNode.SubMenu sub) {
            changed = new MenuNode.SubMenu(label, shortcut, description, text, sub.options(), sub.api());
        } else if (node instanceof MenuNode.Reply reply) {
            Optional<Service> service = reply.service().map(s -> new Service(field(in, "persyaratan"),
                    field(in, "prosedur"), field(in, "waktu"), field(in, "biaya"), field(in, "produk"),
                    field(in, "pengaduan")));
            changed = new MenuNode.Reply(label, shortcut, description, text, service);
        } else {
            changed = new MenuNode.HandOff(label, shortcut, description, text);
        }
        return Edit.of(replace(m, path, changed));
    }

    /** A new option of {@code kind} at the end of the sub-menu at {@code parent}, with placeholder texts. */
    static Optional<Menu> add(Menu m, List<Integer> parent, String kind, String label, String text) {
        if (!(m.node(parent).orElse(null) instanceof MenuNode.SubMenu sub) || !KINDS.contains(kind)) {
            return Optional.empty();
        }
        String shortcut = freeShortcut(m);
        String name = freeLabel(sub, label);
        MenuNode added = switch (kind) {
            case "service" -> new MenuNode.Reply(name, shortcut, Optional.empty(), text,
                    Optional.of(new Service("", "", "", "", "", "")));
            case "submenu" -> new MenuNode.SubMenu(name, shortcut, Optional.empty(), text,
                    List.of(new MenuNode.Reply(freeLabel(sub, label + " 1"), shortcut + "-1", Optional.empty(), text,
                            Optional.empty())), Optional.empty());
            case "handoff" -> new MenuNode.HandOff(name, shortcut, Optional.empty(), text);
            default -> new MenuNode.Reply(name, shortcut, Optional.empty(), text, Optional.empty());
        };
        List<MenuNode> options = new ArrayList<>(sub.options());
        options.add(added);
        return Optional.of(replace(m, parent, withOptions(sub, options)));
    }

    static Optional<Menu> delete(Menu m, List<Integer> path) {
        if (path.isEmpty() || m.node(path).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(editOptions(m, parentOf(path), options -> {
            List<MenuNode> out = new ArrayList<>(options);
            out.remove(path.get(path.size() - 1) - 1);
            return out;
        }));
    }

    /** Moves an option one place up ({@code by} -1) or down (+1) among its siblings. */
    static Optional<Menu> move(Menu m, List<Integer> path, int by) {
        if (path.isEmpty() || m.node(path).isEmpty()) {
            return Optional.empty();
        }
        int index = path.get(path.size() - 1) - 1;
        int size = ((MenuNode.SubMenu) m.node(parentOf(path)).orElseThrow()).options().size();
        int target = index + by;
        if (target < 0 || target >= size) {
            return Optional.empty();
        }
        return Optional.of(editOptions(m, parentOf(path), options -> {
            List<MenuNode> out = new ArrayList<>(options);
            out.add(target, out.remove(index));
            return out;
        }));
    }

    /** {@code "2.1"} as a path; {@code ""} is the top menu. */
    static Optional<List<Integer>> path(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.isEmpty()) {
            return Optional.of(List.of());
        }
        List<Integer> path = new ArrayList<>();
        for (String part : text.split("\\.", -1)) {
            if (!part.matches("[1-9][0-9]?")) {
                return Optional.empty();
            }
            path.add(Integer.parseInt(part));
        }
        return path.size() > NodeReader.MAX_READ_DEPTH ? Optional.empty() : Optional.of(List.copyOf(path));
    }

    static String pathText(List<Integer> path) {
        return String.join(".", path.stream().map(String::valueOf).toList());
    }

    static List<Integer> parentOf(List<Integer> path) {
        return path.subList(0, path.size() - 1);
    }

    private static Menu editOptions(Menu m, List<Integer> parent, UnaryOperator<List<MenuNode>> f) {
        MenuNode.SubMenu sub = (MenuNode.SubMenu) m.node(parent).orElseThrow();
        return replace(m, parent, withOptions(sub, f.apply(sub.options())));
    }

    private static MenuNode.SubMenu withOptions(MenuNode.SubMenu sub, List<MenuNode> options) {
        return new MenuNode.SubMenu(sub.label(), sub.shortcut(), sub.description(), sub.text(), options, sub.api());
    }

    /** The menu with the node at {@code path} replaced. */
    private static Menu replace(Menu m, List<Integer> path, MenuNode node) {
        MenuNode.SubMenu root = (MenuNode.SubMenu) replaceIn(m.root(), path, 0, node);
        return new Menu(m.id(), m.title(), m.profile(), m.zone(), m.greeting(), m.away(), m.fallback(), m.footer(),
                m.triggers(), m.prefill(), root, m.tasks());
    }

    private static MenuNode replaceIn(MenuNode at, List<Integer> path, int depth, MenuNode node) {
        if (depth == path.size()) {
            return node;
        }
        MenuNode.SubMenu sub = (MenuNode.SubMenu) at;
        List<MenuNode> options = new ArrayList<>(sub.options());
        int i = path.get(depth) - 1;
        options.set(i, replaceIn(options.get(i), path, depth + 1, node));
        return withOptions(sub, options);
    }

    private static String freeShortcut(Menu m) {
        Set<String> used = new HashSet<>();
        collect(m.root(), used);
        for (int n = 1; ; n++) {
            if (!used.contains("pilihan" + n) && !used.contains("pilihan" + n + "-1")) {
                return "pilihan" + n;
            }
        }
    }

    private static void collect(MenuNode node, Set<String> out) {
        out.add(node.shortcut());
        if (node instanceof MenuNode.SubMenu sub) {
            sub.options().forEach(o -> collect(o, out));
        }
    }

    private static String freeLabel(MenuNode.SubMenu sub, String label) {
        Set<String> used = new HashSet<>();
        sub.options().forEach(o -> used.add(ChatInput.normalize(o.label())));
        String name = label;
        for (int n = 2; used.contains(ChatInput.normalize(name)); n++) {
            name = label + " " + n;
        }
        return name;
    }

    private static String required(Map<String, String> in, String key, Map<String, String> errors) {
        String value = in.getOrDefault(key, "").strip();
        if (value.isEmpty()) {
            errors.put(key, REQUIRED);
        }
        return value;
    }

    private static Optional<String> optional(Map<String, String> in, String key) {
        String value = in.getOrDefault(key, "").strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static String field(Map<String, String> in, String key) {
        return in.getOrDefault(key, "").strip();
    }
}
