package id.serambi.workshop.trainer;

import id.serambi.course.CourseSource;
import id.serambi.course.Module;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.workshop.model.Agenda;
import id.serambi.workshop.model.Item;
import id.serambi.workshop.model.ItemTitles;
import id.serambi.workshop.model.Participant;
import id.serambi.workshop.model.Roster;
import id.serambi.workshop.model.Workshop;
import id.serambi.workshop.store.RejoinStore;
import id.serambi.workshop.store.RoomStore;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the trainer's page shows to run the room: the items to open, the roster with progress,
 * the links to results, and the phones asking to rejoin a seat.
 */
public final class RoomView {
    private final RoomStore room;
    private final RejoinStore rejoins;
    private final ItemTitles titles;
    private final CourseSource course;
    private final Messages messages;
    private final Clock clock;

    public RoomView(RoomStore room, RejoinStore rejoins, ItemTitles titles, CourseSource course, Messages messages,
                    Clock clock) {
        this.room = room;
        this.rejoins = rejoins;
        this.titles = titles;
        this.course = course;
        this.messages = messages;
        this.clock = clock;
    }

    /** An item on the trainer's list; {@code done} once it was opened and closed again. */
    public record ItemRow(String code, String role, String title, boolean open, boolean done) {
    }

    /** Links to one quiz's results, filtered to the workshop. */
    public record Results(String title, String dashboard, String csv, String xlsx, String print) {
    }

    /**
     * A column of the roster: the kind of step, numbered when the workshop has several of that
     * kind ("Modul 2"), and what the step is called.
     */
    public record Column(String label, String title) {
    }

    /** One seat on the roster, its progress in each step as a short word and a style. */
    public record Seat(String name, String group, boolean connected, List<Cell> steps) {
    }

    public record Cell(String text, String style) {
    }

    /** A phone asking to rejoin, with the seats it may be; all seats when none has its name. */
    public record Request(String id, String name, boolean matched, List<Choice> seats) {
    }

    public record Choice(String id, String name, String group) {
    }

    /** Everything the trainer's page shows to run the room. */
    public void addTo(Map<String, Object> model, Workshop w, Roster roster, Lang lang) {
        Agenda agenda = Agenda.of(w);
        Set<String> done = new HashSet<>();
        room.history(w.id()).forEach(o -> o.closedAt().ifPresent(c -> done.add(o.item())));
        Optional<Item> open = w.openItem().flatMap(Item::parse);
        model.put("items", agenda.items().stream().map(i -> new ItemRow(i.code(), titles.role(w, i, lang),
                titles.title(i, lang), open.equals(Optional.of(i)), done.contains(i.code()))).toList());
        model.put("canControl", w.isOpen());
        String filter = "?lokakarya=" + w.id();
        model.put("results", agenda.items().stream().filter(i -> i.kind() == Item.Kind.QUIZ).map(i -> {
            String base = "/dasbor/" + i.id();
            return new Results(labelled(titles.role(w, i, lang), titles.title(i, lang)), base + filter,
                    base + "/jawaban.csv" + filter, base + "/ringkasan.xlsx" + filter, base + "/cetak" + filter);
        }).toList());
        addLive(model, w, roster, lang);
    }

    /**
     * The part of the page that changes while the room runs: the phones asking to rejoin and the
     * roster with its progress. The page's script fetches it alone every few seconds.
     */
    public void addLive(Map<String, Object> model, Workshop w, Roster roster, Lang lang) {
        Agenda agenda = Agenda.of(w);
        Optional<Item> open = w.openItem().flatMap(Item::parse);
        model.put("columns", columns(w, agenda, lang));
        Progress.Done seatsDid = new Progress.Done(room.progress(w.id()), room.practice(w.id()));
        Progress progress = Progress.of(roster, agenda.items(), this::lessons, seatsDid, open, Instant.now(clock));
        model.put("progress", progress);
        model.put("seats", progress.rows().stream().map(r -> new Seat(r.entry().shownName(),
                group(r.entry().participant(), lang), r.connected(),
                r.steps().stream().map(s -> cell(s, lang)).toList())).toList());
        model.put("requests", rejoins.pending(w.id()).stream().map(r -> request(r, roster, lang)).toList());
    }

    /** "Tes awal: Kuis Media Sosial", but not "Tes awal: Tes awal: Media Sosial" when the title says it. */
    static String labelled(String role, String title) {
        return title.toLowerCase(Locale.ROOT).startsWith(role.toLowerCase(Locale.ROOT))
                ? title : role + ": " + title;
    }

    private Request request(RejoinStore.Request r, Roster roster, Lang lang) {
        String wanted = key(r.name());
        List<Choice> matches = roster.entries().stream().filter(e -> key(e.participant().name()).equals(wanted))
                .map(e -> choice(e, lang)).toList();
        return new Request(r.id(), r.name(), !matches.isEmpty(),
                matches.isEmpty() ? roster.entries().stream().map(e -> choice(e, lang)).toList() : matches);
    }

    private Choice choice(Roster.Entry e, Lang lang) {
        return new Choice(e.participant().id(), e.shownName(), group(e.participant(), lang));
    }

    private String group(Participant p, Lang lang) {
        return messages.get(lang, "workshop.group." + p.group().code());
    }

    private List<Column> columns(Workshop w, Agenda agenda, Lang lang) {
        List<String> roles = agenda.items().stream().map(i -> titles.role(w, i, lang)).toList();
        Map<String, Integer> seen = new HashMap<>();
        List<Column> columns = new ArrayList<>();
        for (int n = 0; n < roles.size(); n++) {
            String role = roles.get(n);
            int number = seen.merge(role, 1, Integer::sum);
            String label = Collections.frequency(roles, role) > 1 ? role + " " + number : role;
            columns.add(new Column(label, titles.title(agenda.items().get(n), lang)));
        }
        return columns;
    }

    private List<String> lessons(String moduleId) {
        return course.catalog().module(moduleId).map(Module::lessonKeys).orElse(List.of());
    }

    /** "Terkirim", "2 dari 3 dibaca", "Berhasil"...; the style says how far, whatever the kind. */
    private Cell cell(Progress.Step step, Lang lang) {
        String stage = step.stage().name().toLowerCase(Locale.ROOT).replace('_', '-');
        String kind = step.kind().prefix();
        return new Cell(messages.get(lang, "room.step." + kind + "." + stage, step.done(), step.total()),
                "step-" + stage);
    }

    private static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
