package id.serambi.chat.designer;

import id.serambi.chat.engine.Away;
import id.serambi.chat.engine.ChatEngine;
import id.serambi.chat.engine.ChatFormat;
import id.serambi.chat.engine.ChatMessage;
import id.serambi.chat.engine.ChatState;
import id.serambi.chat.engine.Interactive;
import id.serambi.chat.engine.Menu;
import id.serambi.chat.engine.Mode;
import id.serambi.chat.engine.Presentation;
import id.serambi.chat.engine.Step;
import id.serambi.chat.menu.ApiChecks;
import id.serambi.chat.simulator.ChatViews;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The designer's preview: the conversation a citizen would have with the menu up to the part
 * being edited, played by the real {@link ChatEngine} in bot mode so that it shows exactly what
 * would be sent. It starts with the trigger word (which also brings the greeting), then types the
 * numbers down to the option being edited; the away section is played at a time the away message
 * applies, the messages section ends with a message the bot does not understand.
 */
final class DesignPreview {
    /** A Monday morning in the month of the field report: office hours in most menus. */
    private static final LocalDateTime START = LocalDateTime.of(2021, 2, 22, 9, 0);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

    private DesignPreview() {
    }

    /** What the preview follows: a section of the edit page ("pesan", "luar-jam", ...) and an option. */
    record Focus(String section, List<Integer> path) {
        static final Focus TOP = new Focus("", List.of());

        boolean away() {
            return section.equals("luar-jam");
        }

        boolean messages() {
            return section.equals("pesan");
        }
    }

    /** One bubble; {@code label} is the key of its caption, null for the citizen's own messages. */
    record Bubble(boolean citizen, String kind, String label, String html, String time,
                  ChatViews.InteractiveView interactive) {
    }

    record View(String office, String initial, boolean away, String where, List<Bubble> bubbles) {
    }

    static View of(Menu menu, Focus focus) {
        ChatEngine engine = new ChatEngine(menu);
        Instant at = moment(menu, focus.away());
        boolean away = engine.isAway(at);
        List<String> inputs = new ArrayList<>();
        inputs.add(menu.triggers().isEmpty() ? "Menu" : menu.triggers().get(0));
        List<Integer> reached = List.of();
        for (int number : focus.path()) {
            List<Integer> next = ApiChecks.child(reached, number);
            if (menu.node(next).isEmpty()) {
                break;
            }
            reached = next;
            inputs.add(String.valueOf(number));
        }
        if (focus.messages()) {
            inputs.add("Terima kasih");
        }
        ChatState state = ChatState.NEW;
        List<Bubble> bubbles = new ArrayList<>();
        for (String text : inputs) {
            Step step = engine.receive(state, Mode.API, text, at);
            state = step.state();
            for (ChatMessage m : step.messages()) {
                bubbles.add(bubble(m, menu));
            }
            at = at.plusSeconds(60);
        }
        String office = menu.profile().name();
        return new View(office, office.isEmpty() ? "?" : office.substring(0, 1), away, Menu.display(reached),
                bubbles);
    }

    private static Bubble bubble(ChatMessage m, Menu menu) {
        boolean citizen = m.author() == ChatMessage.Author.CITIZEN;
        String kind = m.kind().name().toLowerCase(java.util.Locale.ROOT);
        String text = m.interactive().map(Interactive::body).orElse(m.text());
        ChatViews.InteractiveView interactive = m.interactive().map(DesignPreview::interactive).orElse(null);
        return new Bubble(citizen, kind, citizen ? null : "sim.kind." + kind, ChatFormat.html(text),
                m.at().atZone(menu.zone()).format(TIME), interactive);
    }

    private static ChatViews.InteractiveView interactive(Interactive x) {
        List<ChatViews.SectionView> sections = new ArrayList<>();
        for (Interactive.Section s : x.sections()) {
            List<ChatViews.RowView> rows = new ArrayList<>();
            for (Interactive.Row r : s.rows()) {
                rows.add(new ChatViews.RowView(r.title(), r.description().orElse(null)));
            }
            sections.add(new ChatViews.SectionView(s.title().orElse(null), rows));
        }
        return new ChatViews.InteractiveView(x.type() == Presentation.Type.LIST, x.button().orElse(null), sections,
                false);
    }

    /**
     * When to play the conversation: the first hour from {@link #START} at which the away message
     * applies or not, as {@code away} asks; a custom away stretch at its start.
     */
    static Instant moment(Menu menu, boolean away) {
        if (away && menu.away().map(Away::schedule).orElse(null) instanceof Away.Custom c) {
            return c.from().atZone(menu.zone()).toInstant();
        }
        for (int h = 0; h < 24 * 8; h++) {
            LocalDateTime t = START.plusHours(h);
            boolean applies = menu.away().filter(a -> a.appliesAt(t, menu.profile().hours())).isPresent();
            if (applies == away) {
                return t.atZone(menu.zone()).toInstant();
            }
        }
        return START.atZone(menu.zone()).toInstant();
    }
}
