package id.serambi.chat.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The exact texts a menu sends, built once from the model. The engine, the quick-reply list and
 * the checks all use these, so the 4,096-character limit is checked on what is really sent.
 */
public final class MenuText {
    private MenuText() {
    }

    /** The message for a node: its text, then its numbered options or service components, then the footer. */
    public static String message(Menu menu, MenuNode node, boolean isRoot) {
        StringBuilder out = new StringBuilder(node.text());
        if (node instanceof MenuNode.SubMenu sub) {
            out.append("\n");
            for (int i = 0; i < sub.options().size(); i++) {
                out.append('\n').append(i + 1).append(". ").append(sub.options().get(i).label());
            }
        } else if (node instanceof MenuNode.Reply reply && reply.service().isPresent()) {
            out.append(serviceBlock(reply.service().get()));
        }
        if (!isRoot) {
            menu.footer().ifPresent(f -> out.append("\n\n").append(f));
        }
        return out.toString();
    }

    private static String serviceBlock(Service service) {
        StringBuilder out = new StringBuilder();
        for (Service.Component c : Service.Component.values()) {
            String value = c.of(service);
            if (!value.isBlank()) {
                out.append("\n\n*").append(c.heading()).append("*\n").append(value);
            }
        }
        return out.toString();
    }

    /**
     * The interactive message a bot would send for a sub-menu shown as buttons or a list; its body
     * is the sub-menu's text and footer, since the options travel as buttons or rows.
     */
    public static Optional<Interactive> interactive(Menu menu, MenuNode.SubMenu sub, boolean isRoot) {
        if (sub.api().isEmpty() || sub.api().get().type() == Presentation.Type.TEXT) {
            return Optional.empty();
        }
        Presentation api = sub.api().get();
        String body = isRoot || menu.footer().isEmpty() ? sub.text() : sub.text() + "\n\n" + menu.footer().get();
        List<Interactive.Section> sections = new ArrayList<>();
        for (Presentation.Section section : api.effectiveSections(sub.options().size())) {
            List<Interactive.Row> rows = new ArrayList<>();
            for (int number : section.options()) {
                if (number >= 1 && number <= sub.options().size()) {
                    MenuNode option = sub.options().get(number - 1);
                    rows.add(new Interactive.Row(number, option.label(), option.description()));
                }
            }
            sections.add(new Interactive.Section(section.title(), rows));
        }
        return Optional.of(new Interactive(api.type(), body, api.button(), sections));
    }

    /**
     * What to answer after the fallback: the choices at this level and the ways out, so a
     * citizen who typed something unexpected knows what to type next.
     */
    public static String hint(Menu menu, int optionCount, boolean isRoot) {
        String trigger = menu.triggers().isEmpty() ? "Menu" : menu.triggers().get(0);
        String numbers = optionCount <= 1 ? "angka 1" : "angka 1 sampai " + optionCount;
        if (isRoot) {
            return "Balas dengan " + numbers + ", atau ketik *" + trigger + "* untuk melihat menu.";
        }
        return "Balas dengan " + numbers + ", *0* untuk kembali, atau *" + trigger + "* untuk menu utama.";
    }
}
