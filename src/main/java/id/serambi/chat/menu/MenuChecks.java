package id.serambi.chat.menu;

import id.serambi.chat.engine.Away;
import id.serambi.chat.engine.ChatEngine;
import id.serambi.chat.engine.ChatInput;
import id.serambi.chat.engine.Menu;
import id.serambi.chat.engine.MenuNode;
import id.serambi.chat.engine.MenuText;
import id.serambi.chat.engine.Profile;
import id.serambi.chat.engine.Service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a kelurahan menu must satisfy before it goes on a real phone: WhatsApp's limits, a
 * complete service standard for every service, a way back from every answer, a greeting that
 * says when the office is open and how to reach a person, no NIK or KK number, and a tree small
 * enough to use on a phone. Each finding names its node and field.
 */
public final class MenuChecks {
    public static final int MAX_DEPTH = 3;
    public static final int MAX_OPTIONS = 10;
    public static final int MAX_ADDRESS = 256;
    public static final int MAX_DESCRIPTION = 512;

    private MenuChecks() {
    }

    public static List<Finding> check(Menu menu) {
        List<Finding> out = new ArrayList<>();
        menuWide(menu, out);
        Map<String, List<Integer>> shortcuts = new HashMap<>();
        node(menu, menu.root(), List.of(), shortcuts, out);
        return List.copyOf(out);
    }

    private static void menuWide(Menu menu, List<Finding> out) {
        List<Integer> top = List.of();
        length(top, "greeting", menu.greeting(), out);
        if (!TextRules.statesHours(menu.greeting())) {
            out.add(Finding.of(top, "greeting", "chat.check.greeting.hours"));
        }
        if (!TextRules.namesPerson(menu.greeting())) {
            out.add(Finding.of(top, "greeting", "chat.check.greeting.person"));
        }
        menu.away().ifPresent(away -> {
            length(top, "away.text", away.text(), out);
            if (away.schedule() instanceof Away.OutsideHours && menu.profile().hours().isEmpty()) {
                out.add(Finding.of(top, "away.schedule", "chat.check.away.hours"));
            }
        });
        // the longest fallback is the one with the longest hint: a sub-menu's
        length(top, "fallback", menu.fallback() + "\n\n" + MenuText.hint(menu, MAX_OPTIONS, false), out);
        Profile p = menu.profile();
        p.address().filter(a -> TextRules.length(a) > MAX_ADDRESS).ifPresent(a -> out.add(
                Finding.of(top, "profile.address", "chat.check.profile.address", TextRules.length(a), MAX_ADDRESS)));
        p.description().filter(d -> TextRules.length(d) > MAX_DESCRIPTION).ifPresent(d -> out.add(Finding.of(top,
                "profile.description", "chat.check.profile.description", TextRules.length(d), MAX_DESCRIPTION)));
        if (!TextRules.isPhone(p.phone())) {
            out.add(Finding.of(top, "profile.phone", "chat.check.phone", p.phone()));
        }
        String prefill = menu.prefillText();
        if (TextRules.length(prefill) > TextRules.MAX_PREFILL) {
            out.add(Finding.of(top, menu.prefill().isPresent() ? "prefill" : "triggers", "chat.check.prefill.long",
                    TextRules.length(prefill), TextRules.MAX_PREFILL));
        }
        Set<String> seen = new HashSet<>();
        for (String trigger : menu.triggers()) {
            String t = ChatInput.normalize(trigger);
            if (t.isEmpty() || ChatInput.number(t) != ChatInput.NONE) {
                out.add(Finding.of(top, "triggers", "chat.check.trigger.number", trigger));
            } else if (!seen.add(t)) {
                out.add(Finding.of(top, "triggers", "chat.check.trigger.duplicate", trigger));
            }
        }
        Map<String, Optional<String>> texts = new java.util.LinkedHashMap<>();
        texts.put("greeting", Optional.of(menu.greeting()));
        texts.put("away.text", menu.away().map(Away::text));
        texts.put("fallback", Optional.of(menu.fallback()));
        texts.put("footer", menu.footer());
        texts.put("prefill", menu.prefill());
        texts.put("profile.name", Optional.of(p.name()));
        texts.put("profile.address", p.address());
        texts.put("profile.phone", Optional.of(p.phone()));
        texts.put("profile.instagram", p.instagram());
        texts.put("profile.website", p.website());
        texts.put("profile.description", p.description());
        texts.forEach((field, text) -> text.ifPresent(t -> personalAndLinks(top, field, t, out)));
    }

    private static void node(Menu menu, MenuNode node, List<Integer> path, Map<String, List<Integer>> shortcuts,
                             List<Finding> out) {
        String textField = node instanceof MenuNode.Reply ? "reply" : node instanceof MenuNode.HandOff ? "handoff"
                : "text";
        if (path.size() > MAX_DEPTH) {
            out.add(Finding.of(path, "label", "chat.check.depth", path.size(), MAX_DEPTH));
        }
        String message = MenuText.message(menu, node, path.isEmpty());
        length(path, textField, message, out);
        shortcut(node, path, shortcuts, out);
        personalAndLinks(path, "label", node.label(), out);
        node.description().ifPresent(d -> personalAndLinks(path, "description", d, out));
        personalAndLinks(path, textField, node.text(), out);
        if (node instanceof MenuNode.SubMenu sub) {
            if (sub.options().size() > MAX_OPTIONS) {
                out.add(Finding.of(path, "options", "chat.check.options.many", sub.options().size(), MAX_OPTIONS));
            }
            ApiChecks.check(menu, sub, path, out);
            Set<String> labels = new HashSet<>();
            for (int i = 0; i < sub.options().size(); i++) {
                List<Integer> childPath = ApiChecks.child(path, i + 1);
                MenuNode child = sub.options().get(i);
                if (!labels.add(ChatInput.normalize(child.label()))) {
                    out.add(Finding.of(childPath, "label", "chat.check.label.duplicate", child.label()));
                }
                node(menu, child, childPath, shortcuts, out);
            }
            return;
        }
        if (!TextRules.offersWayBack(message, menu.triggers())) {
            out.add(Finding.of(path, textField, "chat.check.way.back",
                    menu.triggers().isEmpty() ? "Menu" : menu.triggers().get(0)));
        }
        if (node instanceof MenuNode.Reply reply && reply.service().isPresent()) {
            Service service = reply.service().get();
            for (Service.Component c : service.missing()) {
                out.add(Finding.of(path, "service", "chat.check.service.missing", c.key()));
            }
            for (Service.Component c : Service.Component.values()) {
                personalAndLinks(path, "service." + c.key(), c.of(service), out);
            }
        }
    }

    private static void shortcut(MenuNode node, List<Integer> path, Map<String, List<Integer>> seen,
                                 List<Finding> out) {
        String shortcut = node.shortcut();
        if (!TextRules.isShortcut(shortcut)) {
            out.add(Finding.of(path, "shortcut", "chat.check.shortcut.format", shortcut));
            return;
        }
        List<Integer> first = seen.putIfAbsent(shortcut, path);
        if (first != null) {
            out.add(Finding.of(path, "shortcut", "chat.check.shortcut.duplicate", shortcut, Menu.display(first)));
        }
    }

    private static void length(List<Integer> path, String field, String text, List<Finding> out) {
        if (ChatEngine.tooLong(text)) {
            out.add(Finding.of(path, field, "chat.check.text.long", field, TextRules.length(text),
                    ChatEngine.MAX_TEXT));
        }
    }

    private static void personalAndLinks(List<Integer> path, String field, String text, List<Finding> out) {
        if (TextRules.hasNik(text)) {
            out.add(Finding.of(path, field, "chat.check.nik", field));
        }
        for (String link : TextRules.badWaLinks(text)) {
            out.add(Finding.of(path, field, "chat.check.walink", link, TextRules.MAX_PREFILL));
        }
    }
}
