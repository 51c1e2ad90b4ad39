package id.serambi.chat.simulator;

import id.serambi.chat.engine.ChatEngine;
import id.serambi.chat.engine.ChatFormat;
import id.serambi.chat.engine.ChatMessage;
import id.serambi.chat.engine.Interactive;
import id.serambi.chat.engine.Menu;
import id.serambi.chat.engine.Presentation;
import id.serambi.chat.engine.QuickReply;
import id.serambi.chat.engine.Task;
import id.serambi.i18n.Lang;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the simulator's templates show, worked out in Java: bubbles on the right side for whoever
 * is looking, WhatsApp formatting already turned into safe HTML, times in the menu's zone, days
 * grouped, read ticks, and the practice task's state. Text around it comes from the bundles.
 */
public final class ChatViews {
    /** A {@code <time datetime>} value: to the second, with the zone's offset. */
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private ChatViews() {
    }

    /** Whose phone the chat is shown on. */
    public enum Viewer { CITIZEN, STAFF }

    /** The chat as one side sees it. */
    public record ChatPage(String menuId, String office, String title, String mode, boolean away, String clock,
                           String queue, String waitingSince, List<Day> days, TaskView task, boolean full) {
        public boolean empty() {
            return days.isEmpty();
        }

        public boolean appMode() {
            return "app".equals(mode);
        }
    }

    public record Day(String label, String iso, List<Bubble> bubbles) {
    }

    /**
     * One message. {@code side} is "out" for the viewer's own messages; {@code label} the key of the
     * small caption saying what sent it ("sim.kind.greeting"), with {@code shortcut} for quick replies;
     * {@code ticks} "read" or "delivered" on the viewer's own messages.
     */
    public record Bubble(String side, String kind, String label, String shortcut, String html, String time,
                         String iso, String ticks, InteractiveView interactive) {
    }

    /** Reply buttons or a list message; {@code tappable} only on the citizen's phone. */
    public record InteractiveView(boolean list, String button, List<SectionView> sections, boolean tappable) {
    }

    public record SectionView(String title, List<RowView> rows) {
    }

    public record RowView(String title, String description) {
    }

    /** A practice task, in the list or under way. */
    public record TaskView(String id, String prompt, int par, Integer best, boolean current, boolean reached,
                           Integer messages, boolean withinPar) {
    }

    /** A quick reply in the operator's list: its shortcut and the first line of its text, unformatted as the app shows it. */
    public record QuickReplyView(String shortcut, String label, String firstLine) {
    }

    public static ChatPage page(ChatEngine engine, SimChat chat, Instant now, Viewer viewer, Lang lang,
                                boolean full) {
        Menu menu = engine.menu();
        ZoneId zone = menu.zone();
        DateTimeFormatter time = DateTimeFormatter.ofPattern(lang == Lang.ID ? "HH.mm" : "HH:mm", lang.locale());
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", lang.locale());
        List<Day> days = new ArrayList<>();
        List<ChatMessage> messages = chat.messages();
        LocalDate current = null;
        List<Bubble> bubbles = null;
        for (int i = 0; i < messages.size(); i++) {
            ChatMessage m = messages.get(i);
            ZonedDateTime at = m.at().atZone(zone);
            if (!at.toLocalDate().equals(current)) {
                current = at.toLocalDate();
                bubbles = new ArrayList<>();
                days.add(new Day(capitalize(day.format(at), lang), current.toString(), bubbles));
            }
            bubbles.add(bubble(engine, messages, i, viewer, at.format(time), at));
        }
        Optional<Task> task = chat.task().flatMap(menu::task);
        TaskView taskView = task.map(t -> taskView(t, Practice.of(t, messages), lang)).orElse(null);
        String waiting = chat.state().waitingSince().map(t -> t.atZone(zone).format(time)).orElse("");
        return new ChatPage(menu.id(), menu.profile().name(), menu.title().in(lang),
                chat.mode().name().toLowerCase(Locale.ROOT), engine.isAway(now), clock(now, zone, lang),
                chat.state().queue().name().toLowerCase(Locale.ROOT), waiting, days, taskView, full);
    }

    /** The menu's tasks with the learner's best result and which one is under way. */
    public static List<TaskView> tasks(Menu menu, SimChat chat, Map<String, Integer> best, Lang lang) {
        List<TaskView> out = new ArrayList<>();
        for (Task t : menu.tasks()) {
            boolean current = chat.task().filter(t.id()::equals).isPresent();
            out.add(new TaskView(t.id(), t.prompt().in(lang), t.par(), best.get(t.id()), current, false, null,
                    false));
        }
        return out;
    }

    public static List<QuickReplyView> quickReplies(ChatEngine engine) {
        List<QuickReplyView> out = new ArrayList<>();
        for (QuickReply q : engine.quickReplies()) {
            String first = q.text().strip().lines().findFirst().orElse("");
            out.add(new QuickReplyView(q.shortcut(), q.label(), first));
        }
        return out;
    }

    /** "Senin, 22 Februari 2021, 09.00 WITA". */
    public static String clock(Instant now, ZoneId zone, Lang lang) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern(
                lang == Lang.ID ? "EEEE, d MMMM yyyy, HH.mm" : "EEEE, d MMMM yyyy, HH:mm", lang.locale());
        return capitalize(now.atZone(zone).format(f), lang) + " " + zoneName(zone);
    }

    /** Indonesia's zones by the names people use; any other zone by its id. */
    public static String zoneName(ZoneId zone) {
        return switch (zone.getId()) {
            case "Asia/Makassar", "Asia/Ujung_Pandang" -> "WITA";
            case "Asia/Jakarta", "Asia/Pontianak" -> "WIB";
            case "Asia/Jayapura" -> "WIT";
            default -> zone.getId();
        };
    }

    private static TaskView taskView(Task t, Practice practice, Lang lang) {
        Integer messages = practice.reached() ? practice.messagesToGoal().getAsInt() : null;
        return new TaskView(t.id(), t.prompt().in(lang), t.par(), null, true, practice.reached(), messages,
                practice.withinPar());
    }

    private static Bubble bubble(ChatEngine engine, List<ChatMessage> messages, int i, Viewer viewer, String time,
                                 ZonedDateTime at) {
        ChatMessage m = messages.get(i);
        boolean citizen = m.author() == ChatMessage.Author.CITIZEN;
        boolean own = citizen == (viewer == Viewer.CITIZEN);
        String ticks = null;
        if (own) {
            ticks = "delivered";
            for (int j = i + 1; j < messages.size(); j++) {
                if ((messages.get(j).author() == ChatMessage.Author.CITIZEN) != citizen) {
                    ticks = "read";
                    break;
                }
            }
        }
        String shortcut = null;
        if (m.kind() == ChatMessage.Kind.QUICK_REPLY) {
            shortcut = engine.quickReplies().stream().filter(q -> q.node().equals(m.node()))
                    .map(QuickReply::shortcut).findFirst().orElse(null);
        }
        String kind = m.kind().name().toLowerCase(Locale.ROOT);
        String label = citizen ? null : "sim.kind." + kind;
        InteractiveView interactive = m.interactive().map(x -> interactive(x, viewer == Viewer.CITIZEN)).orElse(null);
        String text = m.interactive().map(Interactive::body).orElse(m.text());
        return new Bubble(own ? "out" : "in", kind, label, shortcut, ChatFormat.html(text), time,
                at.format(ISO), ticks, interactive);
    }

    private static InteractiveView interactive(Interactive x, boolean tappable) {
        List<SectionView> sections = new ArrayList<>();
        for (Interactive.Section s : x.sections()) {
            List<RowView> rows = new ArrayList<>();
            for (Interactive.Row r : s.rows()) {
                rows.add(new RowView(r.title(), r.description().orElse(null)));
            }
            sections.add(new SectionView(s.title().orElse(null), rows));
        }
        return new InteractiveView(x.type() == Presentation.Type.LIST, x.button().orElse(null), sections, tappable);
    }

    private static String capitalize(String s, Lang lang) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(lang.locale()) + s.substring(1);
    }
}
