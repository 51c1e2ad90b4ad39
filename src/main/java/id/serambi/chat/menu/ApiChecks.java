package id.serambi.chat.menu;

import id.serambi.chat.engine.Interactive;
import id.serambi.chat.engine.Menu;
import id.serambi.chat.engine.MenuNode;
import id.serambi.chat.engine.MenuText;
import id.serambi.chat.engine.Presentation;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The WhatsApp Business Platform's limits for reply buttons and list messages. */
public final class ApiChecks {
    static final int MAX_BUTTONS = 3;
    static final int MAX_BUTTON_TITLE = 20;
    static final int MAX_BODY = 1024;
    static final int MAX_ROWS = 10;
    static final int MAX_ROW_TITLE = 24;
    static final int MAX_ROW_DESCRIPTION = 72;
    static final int MAX_LIST_BUTTON = 20;
    static final int MAX_SECTION_TITLE = 20;

    private ApiChecks() {
    }

    static void check(Menu menu, MenuNode.SubMenu sub, List<Integer> path, List<Finding> out) {
        if (sub.api().isEmpty() || sub.api().get().type() == Presentation.Type.TEXT) {
            return;
        }
        Interactive message = MenuText.interactive(menu, sub, path.isEmpty()).orElseThrow();
        if (TextRules.length(message.body()) > MAX_BODY) {
            out.add(Finding.of(path, "text", "chat.check.body.long", TextRules.length(message.body()), MAX_BODY));
        }
        if (sub.api().get().type() == Presentation.Type.BUTTONS) {
            buttons(sub, path, out);
        } else {
            list(sub, sub.api().get(), message, path, out);
        }
    }

    private static void buttons(MenuNode.SubMenu sub, List<Integer> path, List<Finding> out) {
        int count = sub.options().size();
        if (count < 1 || count > MAX_BUTTONS) {
            out.add(Finding.of(path, "api.type", "chat.check.buttons.count", count, MAX_BUTTONS));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < count; i++) {
            String title = sub.options().get(i).label();
            List<Integer> at = child(path, i + 1);
            if (TextRules.length(title) > MAX_BUTTON_TITLE) {
                out.add(Finding.of(at, "label", "chat.check.button.title", title, TextRules.length(title),
                        MAX_BUTTON_TITLE));
            }
            if (!seen.add(title.strip().toLowerCase(Locale.ROOT))) {
                out.add(Finding.of(at, "label", "chat.check.button.duplicate", title));
            }
        }
    }

    private static void list(MenuNode.SubMenu sub, Presentation api, Interactive message, List<Integer> path,
                             List<Finding> out) {
        if (api.button().isEmpty()) {
            out.add(Finding.of(path, "api", "chat.check.list.button.missing"));
        } else if (TextRules.length(api.button().get()) > MAX_LIST_BUTTON) {
            out.add(Finding.of(path, "api.button", "chat.check.list.button.long", api.button().get(),
                    TextRules.length(api.button().get()), MAX_LIST_BUTTON));
        }
        int rows = 0;
        Set<Integer> placed = new HashSet<>();
        List<Presentation.Section> sections = api.effectiveSections(sub.options().size());
        for (Presentation.Section section : sections) {
            if (section.title().isEmpty() && sections.size() > 1) {
                out.add(Finding.of(path, "api.sections", "chat.check.section.title.missing"));
            }
            section.title().filter(t -> TextRules.length(t) > MAX_SECTION_TITLE).ifPresent(t -> out.add(
                    Finding.of(path, "api.sections", "chat.check.section.title.long", t, TextRules.length(t),
                            MAX_SECTION_TITLE)));
            for (int number : section.options()) {
                rows++;
                if (number < 1 || number > sub.options().size()) {
                    out.add(Finding.of(path, "api.sections", "chat.check.section.option", number,
                            sub.options().size()));
                } else if (!placed.add(number)) {
                    out.add(Finding.of(path, "api.sections", "chat.check.section.twice", number));
                }
            }
        }
        for (int i = 1; i <= sub.options().size(); i++) {
            if (!placed.contains(i)) {
                out.add(Finding.of(path, "api.sections", "chat.check.section.missing", i));
            }
        }
        if (rows > MAX_ROWS) {
            out.add(Finding.of(path, "options", "chat.check.list.rows", rows, MAX_ROWS));
        }
        for (Interactive.Section section : message.sections()) {
            for (Interactive.Row row : section.rows()) {
                List<Integer> at = child(path, row.number());
                if (TextRules.length(row.title()) > MAX_ROW_TITLE) {
                    out.add(Finding.of(at, "label", "chat.check.row.title", row.title(),
                            TextRules.length(row.title()), MAX_ROW_TITLE));
                }
                row.description().filter(d -> TextRules.length(d) > MAX_ROW_DESCRIPTION).ifPresent(d -> out.add(
                        Finding.of(at, "description", "chat.check.row.description", TextRules.length(d),
                                MAX_ROW_DESCRIPTION)));
            }
        }
    }

    public static List<Integer> child(List<Integer> path, int number) {
        Integer[] out = path.toArray(new Integer[path.size() + 1]);
        out[path.size()] = number;
        return List.of(out);
    }
}
