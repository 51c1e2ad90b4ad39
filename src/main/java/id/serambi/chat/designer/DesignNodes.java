package id.serambi.chat.designer;

import id.serambi.chat.engine.Menu;
import id.serambi.chat.engine.MenuNode;
import id.serambi.chat.engine.Presentation;
import id.serambi.chat.engine.Service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static id.serambi.chat.designer.DesignForm.optional;
import static id.serambi.chat.designer.DesignForm.required;

/**
 * The designer's edit of one option's own fields: its label, shortcut and text, a service's six
 * components, and for a sub-menu how a bot shows it (numbered text, reply buttons or a list
 * message). Its kind and its options stay.
 */
final class DesignNodes {
    /** The choices of the "shown by a bot as" field of a sub-menu. */
    static final List<String> API_TYPES = List.of("text", "buttons", "list");

    private DesignNodes() {
    }

    static DesignEdit node(Menu m, List<Integer> path, Map<String, String> in) {
        Optional<MenuNode> found = m.node(path);
        if (found.isEmpty()) {
            return DesignEdit.gone();
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
        Optional<Presentation> api = node instanceof MenuNode.SubMenu sub ? api(sub.api(), in, errors)
                : Optional.empty();
        if (!errors.isEmpty()) {
            return DesignEdit.failed(errors);
        }
        MenuNode changed;
        if (node instanceof MenuNode.SubMenu sub) {
            changed = new MenuNode.SubMenu(label, shortcut, description, text, sub.options(), api);
        } else if (node instanceof MenuNode.Reply reply) {
            Optional<Service> service = reply.service().map(s -> new Service(DesignForm.text(in, "persyaratan"),
                    DesignForm.text(in, "prosedur"), DesignForm.text(in, "waktu"), DesignForm.text(in, "biaya"),
                    DesignForm.text(in, "produk"), DesignForm.text(in, "pengaduan")));
            changed = new MenuNode.Reply(label, shortcut, description, text, service);
        } else {
            changed = new MenuNode.HandOff(label, shortcut, description, text);
        }
        return DesignEdit.of(DesignTree.replace(m, path, changed));
    }

    /**
     * The presentation typed in the {@code api-type}, {@code api-button} and {@code api-sections}
     * fields. Numbered text stays as the menu had it (absent or explicit); buttons take no button
     * text or sections, since a bot sends every option as a button.
     */
    private static Optional<Presentation> api(Optional<Presentation> old, Map<String, String> in,
                                              Map<String, String> errors) {
        String type = in.getOrDefault("api-type", "text");
        if (!API_TYPES.contains(type)) {
            errors.put("api-type", "designer.error.api.type");
            return old;
        }
        return switch (type) {
            case "buttons" -> Optional.of(new Presentation(Presentation.Type.BUTTONS, Optional.empty(), List.of()));
            case "list" -> {
                String button = required(in, "api-button", errors);
                Optional<List<Presentation.Section>> sections = sections(DesignForm.text(in, "api-sections"));
                if (sections.isEmpty()) {
                    errors.put("api-sections", "designer.error.sections");
                    yield old;
                }
                yield Optional.of(new Presentation(Presentation.Type.LIST, Optional.of(button), sections.get()));
            }
            default -> old.filter(p -> p.type() == Presentation.Type.TEXT);
        };
    }

    /**
     * List sections typed one per line as {@code Title: 1, 2, 3} (the title may be left out, with
     * its colon); empty text is one untitled section of every option. Empty when a line is not so.
     */
    static Optional<List<Presentation.Section>> sections(String text) {
        List<Presentation.Section> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.lastIndexOf(':');
            String title = colon < 0 ? "" : line.substring(0, colon).strip();
            String numbers = colon < 0 ? line : line.substring(colon + 1);
            List<Integer> options = new ArrayList<>();
            for (String n : numbers.split("[,\\s]+")) {
                if (n.isEmpty()) {
                    continue;
                }
                if (!n.matches("[1-9][0-9]?")) {
                    return Optional.empty();
                }
                options.add(Integer.parseInt(n));
            }
            if (options.isEmpty()) {
                return Optional.empty();
            }
            out.add(new Presentation.Section(title.isEmpty() ? Optional.empty() : Optional.of(title), options));
        }
        return Optional.of(out);
    }

    /** Sections as the {@code api-sections} field shows them. */
    static String sectionsText(List<Presentation.Section> sections) {
        List<String> lines = new ArrayList<>();
        for (Presentation.Section s : sections) {
            String numbers = String.join(", ", s.options().stream().map(String::valueOf).toList());
            lines.add(s.title().map(t -> t + ": " + numbers).orElse(numbers));
        }
        return String.join("\n", lines);
    }
}
