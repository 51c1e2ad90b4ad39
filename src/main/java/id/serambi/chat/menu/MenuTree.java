package id.serambi.chat.menu;

import id.serambi.chat.engine.Away;
import id.serambi.chat.engine.Menu;
import id.serambi.chat.engine.MenuNode;
import id.serambi.chat.engine.Presentation;
import id.serambi.chat.engine.Profile;
import id.serambi.chat.engine.Service;
import id.serambi.chat.engine.Task;
import id.serambi.chat.engine.TimeRange;
import id.serambi.content.Text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A menu as plain maps and lists in the file format's shape and order, the one form both the
 * YAML and the JSON writers take. Empty optional fields are left out.
 */
final class MenuTree {
    private MenuTree() {
    }

    /** A short list of numbers, written inline ({@code [2, 1]}) in YAML. */
    static final class Numbers extends ArrayList<Integer> {
        Numbers(List<Integer> numbers) {
            super(numbers);
        }
    }

    static Map<String, Object> of(Menu menu) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("title", text(menu.title()));
        out.put("timezone", menu.zone().getId());
        out.put("profile", profile(menu.profile()));
        out.put("greeting", menu.greeting());
        menu.away().ifPresent(a -> out.put("away", away(a)));
        out.put("fallback", menu.fallback());
        menu.footer().ifPresent(f -> out.put("footer", f));
        out.put("triggers", menu.triggers());
        menu.prefill().ifPresent(p -> out.put("prefill", p));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("shortcut", menu.root().shortcut());
        root.put("text", menu.root().text());
        root.put("options", menu.root().options().stream().map(MenuTree::node).toList());
        menu.root().api().ifPresent(a -> root.put("api", api(a)));
        out.put("menu", root);
        if (!menu.tasks().isEmpty()) {
            out.put("tasks", menu.tasks().stream().map(MenuTree::task).toList());
        }
        return out;
    }

    private static Object text(Text text) {
        if (text.en().isEmpty()) {
            return text.id();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", text.id());
        out.put("en", text.en().get());
        return out;
    }

    private static Map<String, Object> profile(Profile p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", p.name());
        p.address().ifPresent(a -> out.put("address", a));
        if (!p.hours().isEmpty()) {
            Map<String, Object> hours = new LinkedHashMap<>();
            for (String day : ProfileReader.DAY_ORDER) {
                List<TimeRange> ranges = p.hours().on(ProfileReader.DAYS.get(day));
                hours.put(day, ranges.isEmpty() ? ProfileReader.CLOSED
                        : ranges.stream().map(TimeRange::toString).collect(Collectors.joining(", ")));
            }
            out.put("hours", hours);
        }
        out.put("phone", p.phone());
        p.instagram().ifPresent(v -> out.put("instagram", v));
        p.website().ifPresent(v -> out.put("website", v));
        p.description().ifPresent(v -> out.put("description", v));
        return out;
    }

    private static Map<String, Object> away(Away away) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("schedule", away.schedule().key());
        if (away.schedule() instanceof Away.Custom c) {
            out.put("from", c.from().format(ProfileReader.DATE_TIME));
            out.put("to", c.to().format(ProfileReader.DATE_TIME));
        }
        out.put("text", away.text());
        return out;
    }

    private static Map<String, Object> node(MenuNode node) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("label", node.label());
        node.description().ifPresent(d -> out.put("description", d));
        out.put("shortcut", node.shortcut());
        if (node instanceof MenuNode.SubMenu sub) {
            out.put("text", sub.text());
            out.put("options", sub.options().stream().map(MenuTree::node).toList());
            sub.api().ifPresent(a -> out.put("api", api(a)));
        } else if (node instanceof MenuNode.Reply reply) {
            out.put("reply", reply.text());
            reply.service().ifPresent(s -> out.put("service", service(s)));
        } else {
            out.put("handoff", node.text());
        }
        return out;
    }

    private static Map<String, Object> service(Service s) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Service.Component c : Service.Component.values()) {
            if (!c.of(s).isBlank()) {
                out.put(c.key(), c.of(s));
            }
        }
        return out;
    }

    private static Map<String, Object> api(Presentation api) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", api.type().key());
        api.button().ifPresent(b -> out.put("button", b));
        if (!api.sections().isEmpty()) {
            List<Object> sections = new ArrayList<>();
            for (Presentation.Section s : api.sections()) {
                Map<String, Object> section = new LinkedHashMap<>();
                s.title().ifPresent(t -> section.put("title", t));
                section.put("options", new Numbers(s.options()));
                sections.add(section);
            }
            out.put("sections", sections);
        }
        return out;
    }

    private static Map<String, Object> task(Task task) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", task.id());
        out.put("prompt", text(task.prompt()));
        out.put("goal", new Numbers(task.goal()));
        out.put("par", task.par());
        return out;
    }

}
