package id.serambi.inbox.web;

import id.serambi.chat.engine.ChatFormat;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.inbox.model.Attachment;
import id.serambi.inbox.model.ClassResults;
import id.serambi.inbox.model.Inbox;
import id.serambi.inbox.model.Mark;
import id.serambi.inbox.model.MarkedText;
import id.serambi.inbox.model.Message;
import id.serambi.inbox.model.Place;
import id.serambi.inbox.model.Progress;
import id.serambi.inbox.model.Scoring;
import id.serambi.inbox.model.Sender;
import id.serambi.inbox.model.Verdict;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The models the inbox's templates show, built from the core's records; every text is escaped here or by the template. */
final class InboxViews {
    /** The order the marks are offered in: as the eye meets them in the chat. */
    private static final List<Place> ORDER = List.of(Place.NAME, Place.NUMBER, Place.ABOUT, Place.FORWARDED,
            Place.TEXT, Place.LINK, Place.ATTACHMENT);

    private final Messages messages;

    InboxViews(Messages messages) {
        this.messages = messages;
    }

    static String base(Inbox inbox) {
        return "/kotak-masuk/" + inbox.id();
    }

    static String page(Inbox inbox, Message message) {
        return base(inbox) + "/pesan/" + message.id();
    }

    /** An Indonesian number grouped as WhatsApp shows it: +62 823-9349-8882. */
    static String phone(String digits) {
        String d = Sender.digits(digits);
        if (!d.startsWith("62") || d.length() < 10) {
            return "+" + d;
        }
        String rest = d.substring(2);
        return "+62 " + rest.substring(0, 3) + "-" + rest.substring(3, 7) + "-" + rest.substring(7);
    }

    String points(double value, Lang lang) {
        NumberFormat f = NumberFormat.getNumberInstance(lang.locale());
        f.setMaximumFractionDigits(1);
        return f.format(value);
    }

    Map<String, Object> card(Inbox inbox, Progress progress, Lang lang) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", inbox.id());
        m.put("title", inbox.title().in(lang));
        m.put("description", inbox.description().in(lang));
        m.put("url", base(inbox));
        m.put("total", inbox.messages().size());
        m.put("judged", progress.judged().size());
        m.put("complete", progress.complete());
        m.put("points", points(progress.points(), lang));
        m.put("max", progress.maxPoints());
        return m;
    }

    Map<String, Object> office(Inbox inbox) {
        return inbox.office().map(o -> Map.<String, Object>of("name", o.name(), "number", phone(o.number())))
                .orElse(null);
    }

    /** A row of the chat list. */
    Map<String, Object> row(Inbox inbox, Message message, Progress progress, Lang lang) {
        Map<String, Object> m = new HashMap<>();
        m.put("url", page(inbox, message));
        m.put("name", message.sender().shown());
        m.put("initial", initial(message.sender()));
        m.put("picture", message.sender().picture().name().toLowerCase());
        m.put("time", message.time());
        m.put("preview", preview(message));
        m.put("forwarded", message.forwarded() != Message.Forwarded.NO);
        Optional<Scoring.Result> result = progress.result(message);
        m.put("judged", result.isPresent());
        m.put("right", result.map(Scoring.Result::verdictRight).orElse(false));
        m.put("points", result.map(r -> points(r.points(), lang)).orElse(null));
        return m;
    }

    private static String initial(Sender sender) {
        return sender.name().map(n -> n.substring(0, 1).toUpperCase()).orElse("?");
    }

    /** The first line of the text without WhatsApp's markers, short enough for one line of the list. */
    static String preview(Message message) {
        String first = message.text().lines().findFirst().orElse("").replaceAll("[*_~]", "");
        if (message.file().isPresent() && first.length() < 3) {
            first = message.file().get().label();
        }
        return first.length() > 70 ? first.substring(0, 69).strip() + "…" : first;
    }

    /**
     * The chat of one message: its parts as HTML with their marks, the marks to tap, and, once
     * judged, how each mark fared.
     */
    Map<String, Object> chat(Inbox inbox, Message message, Optional<Scoring.Result> result, Set<String> tapped,
                             Lang lang) {
        Map<String, Object> m = new HashMap<>();
        Sender s = message.sender();
        Map<String, String> state = new HashMap<>();
        result.ifPresent(r -> {
            r.found().forEach(x -> state.put(x.id(), "found"));
            r.missed().forEach(x -> state.put(x.id(), "missed"));
            r.wrong().forEach(x -> state.put(x.id(), "wrong"));
        });
        m.put("id", message.id());
        m.put("name", s.name().map(n -> marked(n, message, Place.NAME, state)).orElse(null));
        m.put("number", marked(s.number(), message, Place.NUMBER, state));
        m.put("about", s.about().map(a -> marked(a, message, Place.ABOUT, state)).orElse(null));
        m.put("saved", s.name().isPresent());
        m.put("initial", initial(s));
        m.put("picture", s.picture().name().toLowerCase());
        m.put("time", message.time());
        m.put("forwarded", forwarded(message, state, lang));
        m.put("text", marked(message.text(), message, Place.TEXT, state));
        m.put("link", message.link().map(a -> attachment(a, message, Place.LINK, state, lang)).orElse(null));
        m.put("file", message.file().map(a -> attachment(a, message, Place.ATTACHMENT, state, lang)).orElse(null));
        List<Map<String, Object>> marks = new ArrayList<>();
        for (Place place : ORDER) {
            for (Mark x : message.in(place)) {
                Map<String, Object> mark = new HashMap<>();
                mark.put("id", x.id());
                mark.put("label", place == Place.FORWARDED
                        ? messages.get(lang, "inbox.forwarded." + x.quote()) : x.quote());
                mark.put("where", messages.get(lang, "inbox.place." + place.code()));
                mark.put("checked", tapped.contains(x.id()));
                mark.put("sign", x.sign());
                mark.put("state", state.getOrDefault(x.id(), "plain"));
                mark.put("why", x.why().in(lang));
                mark.put("source", x.source().map(t -> t.in(lang)).orElse(null));
                marks.add(mark);
            }
        }
        m.put("marks", marks);
        return m;
    }

    /** WhatsApp's forwarded label, itself a span to tap when a mark names it. */
    private String forwarded(Message message, Map<String, String> state, Lang lang) {
        if (message.forwarded() == Message.Forwarded.NO) {
            return null;
        }
        String kind = message.forwarded().name().toLowerCase();
        String label = "<span aria-hidden=\"true\">" + (kind.equals("many") ? "↪↪" : "↪") + "</span> "
                + ChatFormat.escape(messages.get(lang, "inbox.forwarded." + kind));
        return message.in(Place.FORWARDED).stream().findFirst().map(x -> openTag(x, state) + label + "</span>")
                .orElse(label);
    }

    private Map<String, Object> attachment(Attachment a, Message message, Place place, Map<String, String> state,
                                           Lang lang) {
        Map<String, Object> m = new HashMap<>();
        m.put("label", marked(a.label(), message, place, state));
        m.put("title", a.title().orElse(null));
        m.put("outcome", a.outcome().in(lang));
        m.put("kind", a.kind().name().toLowerCase());
        String name = a.label().toLowerCase();
        m.put("ext", a.kind() == Attachment.Kind.FILE && name.contains(".")
                ? name.substring(name.lastIndexOf('.') + 1).toUpperCase() : null);
        return m;
    }

    private static String marked(String text, Message message, Place place, Map<String, String> state) {
        return MarkedText.html(text, message.in(place), x -> openTag(x, state));
    }

    private static String openTag(Mark x, Map<String, String> state) {
        String status = state.getOrDefault(x.id(), "");
        return "<span class=\"ib-mark" + (status.isEmpty() ? "" : " is-" + status) + "\" data-mark=\""
                + ChatFormat.escape(x.id()) + "\">";
    }

    Map<String, Object> feedback(Message message, Scoring.Result r, Verdict chosen, Lang lang) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("right", r.verdictRight());
        m.put("chosen", messages.get(lang, "inbox.verdict." + chosen.code()));
        m.put("answer", messages.get(lang, "inbox.verdict." + message.verdict().code()));
        m.put("explanation", message.explanation().in(lang));
        m.put("points", points(r.points(), lang));
        m.put("found", r.found().size());
        m.put("signs", message.signs().size());
        m.put("missed", r.missed().size());
        m.put("wrong", r.wrong().size());
        return m;
    }

    List<Map<String, Object>> verdicts(Optional<Verdict> chosen, Lang lang) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Verdict v : Verdict.values()) {
            out.add(Map.of("code", v.code(), "label", messages.get(lang, "inbox.verdict." + v.code()),
                    "hint", messages.get(lang, "inbox.verdict." + v.code() + ".hint"),
                    "checked", chosen.filter(c -> c == v).isPresent()));
        }
        return out;
    }

    /** The trainer's table: one row per message, with the signs most missed. */
    List<Map<String, Object>> results(ClassResults results, Lang lang) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ClassResults.MessageResult r : results.messages()) {
            Map<String, Object> m = new HashMap<>();
            m.put("id", r.message().id());
            m.put("name", r.message().sender().shown());
            m.put("preview", preview(r.message()));
            m.put("verdict", messages.get(lang, "inbox.verdict." + r.message().verdict().code()));
            m.put("judged", r.judged());
            m.put("right", r.right());
            m.put("percent", r.judged() == 0 ? null : Math.round(100.0 * r.right() / r.judged()));
            m.put("fooledPercent", r.judged() == 0 ? null : Math.round(100 * r.fooled()));
            List<Map<String, Object>> wrongVerdicts = new ArrayList<>();
            r.verdicts().forEach((v, n) -> {
                if (v != r.message().verdict() && n > 0) {
                    wrongVerdicts.add(Map.of("label", messages.get(lang, "inbox.verdict." + v.code()), "count", n));
                }
            });
            m.put("wrongVerdicts", wrongVerdicts);
            m.put("missed", r.missed().stream().filter(c -> c.count() > 0)
                    .map(c -> Map.of("label", label(c.mark(), lang), "count", c.count())).toList());
            m.put("tapped", r.tapped().stream()
                    .map(c -> Map.of("label", label(c.mark(), lang), "count", c.count())).toList());
            m.put("average", r.judged() == 0 ? null : points(r.points() / r.judged(), lang));
            rows.add(m);
        }
        return rows;
    }

    private String label(Mark x, Lang lang) {
        return x.place() == Place.FORWARDED ? messages.get(lang, "inbox.forwarded." + x.quote()) : x.quote();
    }
}
