package id.serambi.chat.simulator;

import id.serambi.chat.engine.ChatEngine;
import id.serambi.chat.engine.Menu;
import id.serambi.i18n.Lang;
import id.serambi.web.Pages;
import id.serambi.web.Visitor;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

import java.text.NumberFormat;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /simulator/{menu}/peta}: for trainers, how often each option of a bundled menu was
 * chosen in practice, over the menu's tree, and how learners did on its tasks.
 */
public final class PracticeMapController {
    private static final String STYLE = "/static/heatmap.css";

    private final Simulator simulator;
    private final SimulatorStore store;
    private final Pages pages;

    public PracticeMapController(Simulator simulator, SimulatorStore store, Pages pages) {
        this.simulator = simulator;
        this.store = store;
        this.pages = pages;
    }

    /** A task's row: {@code median} already formatted for the reader, null when nobody reached it. */
    public record TaskRow(String id, String prompt, long attempts, long reached, String median, int par,
                          boolean withinPar) {
    }

    public void show(Context ctx) {
        Menu menu = simulator.engine(ctx.pathParam("menu")).map(ChatEngine::menu).orElseThrow(NotFoundResponse::new);
        Lang lang = Visitor.of(ctx).lang();
        SimulatorStore.PracticeCounts practice = store.practice(menu.id());
        NumberFormat number = NumberFormat.getNumberInstance(lang.locale());
        number.setMaximumFractionDigits(1);
        List<TaskRow> tasks = menu.tasks().stream().map(t -> {
            PracticeStats.TaskStats s = PracticeStats.task(t, practice.attempts().getOrDefault(t.id(), 0L),
                    practice.reached().getOrDefault(t.id(), 0L), practice.results().getOrDefault(t.id(), List.of()));
            return new TaskRow(t.id(), t.prompt().in(lang), s.attempts(), s.reached(),
                    s.median().isPresent() ? number.format(s.median().getAsDouble()) : null, t.par(),
                    s.median().isPresent() && s.median().getAsDouble() <= t.par());
        }).toList();
        pages.render(ctx, "chat/simulator/heatmap", Map.of(
                "menuId", menu.id(),
                "menuTitle", menu.title().in(lang),
                "office", menu.profile().name(),
                "chats", practice.chats(),
                "messages", practice.messages(),
                "heat", PracticeStats.heat(menu, practice.shown()),
                "tasks", tasks,
                "pageStyle", STYLE));
    }
}
