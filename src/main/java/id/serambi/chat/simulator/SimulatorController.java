package id.serambi.chat.simulator;

import id.serambi.chat.engine.ChatEngine;
import id.serambi.chat.engine.Mode;
import id.serambi.chat.engine.SimClock;
import id.serambi.chat.engine.Task;
import id.serambi.i18n.Lang;
import id.serambi.web.Pages;
import id.serambi.web.Visitor;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The WhatsApp simulator's pages: the list of menus, the citizen's chat, the operator's view of
 * it, and the forms that send messages, switch the mode, move the clock, restart and start a task.
 * Every form works as a plain post that redirects back; {@code simulator.js} posts the message
 * forms with fetch and the header {@value #FRAGMENT}, and gets the changed part of the page back:
 * the chat, and the practice tasks beside it (a task just reached shows its result at once).
 */
public final class SimulatorController {
    static final String FRAGMENT = "X-Serambi-Fragment";
    private static final String STYLE = "/static/simulator.css";
    private static final String SCRIPT = "/static/simulator.js";

    private final Simulator simulator;
    private final Pages pages;

    public SimulatorController(Simulator simulator, Pages pages) {
        this.simulator = simulator;
        this.pages = pages;
    }

    public void list(Context ctx) {
        Lang lang = Visitor.of(ctx).lang();
        List<Map<String, Object>> menus = simulator.menus().stream().map(m -> Map.<String, Object>of(
                "id", m.id(), "title", m.title().in(lang), "office", m.profile().name(),
                "tasks", m.tasks().size(), "url", "/simulator/" + m.id())).toList();
        pages.render(ctx, "chat/simulator/list", Map.of("menus", menus, "pageStyle", STYLE));
    }

    public void chat(Context ctx) {
        show(ctx, engine(ctx), ChatViews.Viewer.CITIZEN, null, "");
    }

    public void operator(Context ctx) {
        show(ctx, engine(ctx), ChatViews.Viewer.STAFF, null, "");
    }

    public void send(Context ctx) {
        ChatEngine engine = engine(ctx);
        String text = text(ctx);
        Simulator.Outcome outcome = simulator.send(learner(ctx), engine, text);
        answer(ctx, engine, ChatViews.Viewer.CITIZEN, outcome, text);
    }

    public void staffSend(Context ctx) {
        ChatEngine engine = engine(ctx);
        String text = text(ctx);
        Simulator.Outcome outcome = simulator.staff(learner(ctx), engine, text);
        answer(ctx, engine, ChatViews.Viewer.STAFF, outcome, text);
    }

    public void release(Context ctx) {
        ChatEngine engine = engine(ctx);
        simulator.release(learner(ctx), engine);
        answer(ctx, engine, ChatViews.Viewer.STAFF, Simulator.Outcome.SENT, "");
    }

    public void mode(Context ctx) {
        ChatEngine engine = engine(ctx);
        String mode = ctx.formParam("mode");
        for (Mode m : Mode.values()) {
            if (m.name().toLowerCase(Locale.ROOT).equals(mode)) {
                simulator.mode(learner(ctx), engine, m);
            }
        }
        back(ctx, engine);
    }

    public void clock(Context ctx) {
        ChatEngine engine = engine(ctx);
        SimClock.Jump.of(ctx.formParam("maju")).ifPresent(j -> simulator.jump(learner(ctx), engine, j));
        back(ctx, engine);
    }

    public void restart(Context ctx) {
        ChatEngine engine = engine(ctx);
        simulator.restart(learner(ctx), engine);
        back(ctx, engine);
    }

    public void task(Context ctx) {
        ChatEngine engine = engine(ctx);
        Task task = engine.menu().task(String.valueOf(ctx.formParam("tugas"))).orElseThrow(NotFoundResponse::new);
        simulator.startTask(learner(ctx), engine, task);
        ctx.redirect(base(engine) + "#tugas", HttpStatus.SEE_OTHER);
    }

    /**
     * After a message: the changed part of the page for the script; otherwise back to the page, or,
     * when the message was refused, the page itself with the reason and the text kept for editing.
     */
    private void answer(Context ctx, ChatEngine engine, ChatViews.Viewer viewer, Simulator.Outcome outcome,
                        String text) {
        String notice = outcome.refused() ? notice(outcome) : null;
        if ("1".equals(ctx.header(FRAGMENT))) {
            ctx.status(outcome.refused() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK);
            pages.render(ctx, "chat/simulator/update", model(ctx, engine, viewer, notice, ""));
        } else if (outcome.refused()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            show(ctx, engine, viewer, notice, text);
        } else {
            ctx.redirect(page(engine, viewer) + "#akhir", HttpStatus.SEE_OTHER);
        }
    }

    private void show(Context ctx, ChatEngine engine, ChatViews.Viewer viewer, String notice, String draft) {
        Map<String, Object> model = model(ctx, engine, viewer, notice, draft);
        pages.render(ctx, viewer == ChatViews.Viewer.STAFF ? "chat/simulator/operator" : "chat/simulator/chat", model);
    }

    private Map<String, Object> model(Context ctx, ChatEngine engine, ChatViews.Viewer viewer, String notice,
                                      String draft) {
        Visitor visitor = Visitor.of(ctx);
        Lang lang = visitor.lang();
        SimChat chat = visitor.knownLearner() ? simulator.chat(visitor.learnerId(), engine)
                : SimChat.fresh(Mode.API, java.util.Optional.empty());
        boolean full = chat.messages().size() >= Simulator.MAX_MESSAGES;
        Map<String, Object> model = new HashMap<>();
        model.put("chat", ChatViews.page(engine, chat, simulator.now(chat), viewer, lang, full));
        model.put("viewer", viewer.name().toLowerCase(Locale.ROOT));
        model.put("base", base(engine));
        model.put("action", page(engine, viewer) + "/kirim");
        model.put("draft", draft);
        model.put("pageStyle", STYLE);
        model.put("pageScript", SCRIPT);
        model.put("path", page(engine, viewer));
        if (notice != null) {
            model.put("notice", notice);
        }
        if (viewer == ChatViews.Viewer.STAFF) {
            model.put("quickReplies", ChatViews.quickReplies(engine));
        } else {
            Map<String, Integer> best = visitor.knownLearner()
                    ? simulator.best(visitor.learnerId(), engine.menu().id()) : Map.of();
            model.put("tasks", ChatViews.tasks(engine.menu(), chat, best, lang));
        }
        return model;
    }

    private static String notice(Simulator.Outcome outcome) {
        return outcome == Simulator.Outcome.FULL ? "sim.full"
                : "chat.outcome." + outcome.name().toLowerCase(Locale.ROOT);
    }

    /** The tapped button's or list row's title, else what was typed. */
    private static String text(Context ctx) {
        String tap = ctx.formParam("tap");
        if (tap != null) {
            return tap;
        }
        String text = ctx.formParam("text");
        return text == null ? "" : text;
    }

    private void back(Context ctx, ChatEngine engine) {
        boolean staff = "petugas".equals(ctx.formParam("ke"));
        ctx.redirect(page(engine, staff ? ChatViews.Viewer.STAFF : ChatViews.Viewer.CITIZEN) + "#akhir",
                HttpStatus.SEE_OTHER);
    }

    private ChatEngine engine(Context ctx) {
        return simulator.engine(ctx.pathParam("menu"), learner(ctx)).orElseThrow(NotFoundResponse::new);
    }

    private static String learner(Context ctx) {
        return Visitor.of(ctx).learnerId();
    }

    private static String base(ChatEngine engine) {
        return "/simulator/" + engine.menu().id();
    }

    private static String page(ChatEngine engine, ChatViews.Viewer viewer) {
        return base(engine) + (viewer == ChatViews.Viewer.STAFF ? "/petugas" : "");
    }
}
