package id.serambi.inbox.web;

import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.inbox.model.ClassResults;
import id.serambi.inbox.model.Inbox;
import id.serambi.inbox.model.Judgement;
import id.serambi.inbox.model.Message;
import id.serambi.inbox.model.Progress;
import id.serambi.inbox.model.Scoring;
import id.serambi.inbox.model.Verdict;
import id.serambi.inbox.store.Inboxes;
import id.serambi.web.ErrorPages;
import id.serambi.web.Pages;
import id.serambi.web.Visitor;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The inbox's pages: the list of inboxes, an inbox as a WhatsApp chat list, one message to judge
 * and its feedback, starting again, and the class's results for trainers. Every form is a plain
 * post that redirects; {@code inbox.js} only lets a learner tap the marked words themselves.
 */
public final class InboxController {
    private static final String STYLE = "/static/inbox.css";
    private static final String SCRIPT = "/static/inbox.js";

    /** The workshops a trainer may filter the results by, id to label; {@code all} for an admin. */
    public record Scope(boolean all, Map<String, String> workshops) {
        boolean admits(Optional<String> workshop) {
            return all || workshop.isEmpty() || workshops.containsKey(workshop.get());
        }
    }

    private final Inboxes inboxes;
    private final Pages pages;
    private final Messages messages;
    private final InboxViews views;
    private final BiFunction<Map<String, String>, String, Optional<String>> workshopOf;
    private final Function<Context, Scope> scope;
    private final BiFunction<String, Lang, Optional<Map<String, String>>> moduleOf;

    /**
     * @param workshopOf the workshop of the seat a request's cookies hold, for the learner id
     * @param scope      the workshops a trainer's results may show
     * @param moduleOf   the title (in the reader's language) and address of the module that lists an inbox, if one does
     */
    public InboxController(Inboxes inboxes, Pages pages, Messages messages,
                           BiFunction<Map<String, String>, String, Optional<String>> workshopOf,
                           Function<Context, Scope> scope, BiFunction<String, Lang, Optional<Map<String, String>>> moduleOf) {
        this.inboxes = inboxes;
        this.pages = pages;
        this.messages = messages;
        this.views = new InboxViews(messages);
        this.workshopOf = workshopOf;
        this.scope = scope;
        this.moduleOf = moduleOf;
    }

    public void list(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        List<Map<String, Object>> cards = inboxes.catalog().inboxes().stream()
                .map(i -> views.card(i, inboxes.progress(visitor.learnerId(), i), visitor.lang())).toList();
        pages.render(ctx, "inbox/list", Map.of("inboxes", cards, "pageStyle", STYLE));
    }

    public void inbox(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        Optional<Inbox> found = inbox(ctx, visitor);
        if (found.isEmpty()) {
            return;
        }
        Inbox inbox = found.get();
        Progress progress = inboxes.progress(visitor.learnerId(), inbox);
        Map<String, Object> model = base(inbox, visitor.lang());
        model.put("rows", inbox.messages().stream().map(m -> views.row(inbox, m, progress, visitor.lang())).toList());
        model.put("card", views.card(inbox, progress, visitor.lang()));
        model.put("next", progress.next(Optional.empty()).map(m -> InboxViews.page(inbox, m)).orElse(null));
        pages.render(ctx, "inbox/inbox", model);
    }

    /** The inbox and message a request's path names; empty once a not-found page is shown. */
    private record Asked(Inbox inbox, Message message) {
    }

    private Optional<Asked> asked(Context ctx, Visitor visitor) {
        return inbox(ctx, visitor).flatMap(i -> message(ctx, i, visitor).map(m -> new Asked(i, m)));
    }

    public void message(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        Optional<Asked> asked = asked(ctx, visitor);
        if (asked.isEmpty()) {
            return;
        }
        Inbox inbox = asked.get().inbox();
        Message message = asked.get().message();
        show(ctx, inbox, message, visitor, inboxes.progress(visitor.learnerId(), inbox), null, Optional.empty(),
                Set.of());
    }

    public void judge(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        Optional<Asked> asked = asked(ctx, visitor);
        if (asked.isEmpty()) {
            return;
        }
        Inbox inbox = asked.get().inbox();
        Message message = asked.get().message();
        String verdict = ctx.formParam("putusan");
        Set<String> tapped = new HashSet<>(ctx.formParams("tanda"));
        Inboxes.Outcome outcome = inboxes.judge(visitor.learnerId(), inbox, message, verdict, tapped,
                workshopOf.apply(ctx.cookieMap(), visitor.learnerId()));
        if (outcome != Inboxes.Outcome.OK) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            Set<String> known = new HashSet<>(tapped);
            known.removeAll(Scoring.unknown(message, tapped));
            show(ctx, inbox, message, visitor, inboxes.progress(visitor.learnerId(), inbox),
                    messages.get(visitor.lang(), outcome.key()), Verdict.of(verdict == null ? "" : verdict), known);
            return;
        }
        ctx.redirect(InboxViews.page(inbox, message) + "#umpan-balik", HttpStatus.SEE_OTHER);
    }

    public void restart(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        Optional<Inbox> found = inbox(ctx, visitor);
        if (found.isEmpty()) {
            return;
        }
        Inbox inbox = found.get();
        inboxes.restart(visitor.learnerId(), inbox);
        ctx.redirect(InboxViews.base(inbox), HttpStatus.SEE_OTHER);
    }

    public void results(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        Optional<Inbox> found = inbox(ctx, visitor);
        if (found.isEmpty()) {
            return;
        }
        Inbox inbox = found.get();
        Scope viewer = scope.apply(ctx);
        String workshop = ctx.queryParam("lokakarya");
        boolean filtered = workshop != null && !workshop.isEmpty();
        if (filtered && !viewer.workshops().containsKey(workshop)) {
            throw new NotFoundResponse();
        }
        ClassResults results = inboxes.results(inbox,
                w -> filtered ? w.equals(Optional.of(workshop)) : viewer.admits(w));
        Map<String, Object> model = base(inbox, visitor.lang());
        model.put("rows", views.results(results, visitor.lang()));
        model.put("learners", results.learners());
        model.put("fooling", results.mostFooling().stream().limit(3).map(r -> Map.of(
                "name", r.message().sender().shown(), "preview", InboxViews.preview(r.message()),
                "percent", Math.round(100 * r.fooled()), "id", r.message().id())).toList());
        model.put("workshops", viewer.workshops().entrySet().stream()
                .map(e -> Map.of("id", e.getKey(), "label", e.getValue(), "selected", e.getKey().equals(workshop)))
                .toList());
        model.put("workshop", filtered ? viewer.workshops().get(workshop) : null);
        pages.render(ctx, "inbox/results", model);
    }

    private Map<String, Object> base(Inbox inbox, Lang lang) {
        Map<String, Object> model = new HashMap<>();
        model.put("inbox", Map.of("id", inbox.id(), "title", inbox.title().in(lang),
                "description", inbox.description().in(lang), "url", InboxViews.base(inbox)));
        model.put("office", views.office(inbox));
        model.put("module", moduleOf.apply(inbox.id(), lang).orElse(null));
        model.put("pageStyle", STYLE);
        return model;
    }

    private void show(Context ctx, Inbox inbox, Message message, Visitor visitor, Progress progress, String notice,
                      Optional<Verdict> chosen, Set<String> tapped) {
        Lang lang = visitor.lang();
        Optional<Judgement> judged = Optional.ofNullable(progress.judged().get(message.id()));
        Optional<Scoring.Result> result = judged.map(j -> Scoring.score(message, j));
        Map<String, Object> model = base(inbox, lang);
        model.put("chat", views.chat(inbox, message, result, judged.map(Judgement::tapped).orElse(tapped), lang));
        model.put("action", InboxViews.page(inbox, message));
        model.put("verdicts", views.verdicts(judged.map(Judgement::verdict).or(() -> chosen), lang));
        model.put("feedback", result.map(r -> views.feedback(message, r, judged.get().verdict(), lang)).orElse(null));
        model.put("notice", notice);
        int index = inbox.messages().indexOf(message);
        model.put("position", index + 1);
        model.put("total", inbox.messages().size());
        model.put("judgedCount", progress.judged().size());
        model.put("next", progress.next(Optional.of(message.id())).map(m -> InboxViews.page(inbox, m)).orElse(null));
        model.put("pageScript", SCRIPT);
        pages.render(ctx, "inbox/message", model);
    }

    /** The inbox of the path; when there is none, the page saying so has been rendered. */
    private Optional<Inbox> inbox(Context ctx, Visitor visitor) {
        Optional<Inbox> inbox = inboxes.catalog().inbox(ctx.pathParam("inbox"));
        if (inbox.isEmpty()) {
            refuse(ctx, visitor, "inbox.missing.inbox");
        }
        return inbox;
    }

    private Optional<Message> message(Context ctx, Inbox inbox, Visitor visitor) {
        Optional<Message> message = inbox.message(ctx.pathParam("message"));
        if (message.isEmpty()) {
            refuse(ctx, visitor, "inbox.missing.message");
        }
        return message;
    }

    /** A 404 that says what is unknown and that nothing was saved. */
    private void refuse(Context ctx, Visitor visitor, String key) {
        ErrorPages.ownPage(ctx);
        ctx.status(HttpStatus.NOT_FOUND);
        pages.render(ctx, "inbox/missing", Map.of("reason", messages.get(visitor.lang(), key),
                "pageStyle", STYLE));
    }
}
