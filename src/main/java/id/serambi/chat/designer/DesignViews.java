package id.serambi.chat.designer;

import id.serambi.chat.engine.Away;
import id.serambi.chat.engine.Menu;
import id.serambi.chat.engine.Profile;
import id.serambi.chat.engine.TimeRange;
import id.serambi.chat.menu.Finding;
import id.serambi.chat.menu.ProfileReader;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The designer's edit page worked out in Java: one form per section and per node, each field with
 * its value and its messages in the reader's language, and the check findings placed next to the
 * section or node they name. After a refused save the form keeps what the user typed.
 */
final class DesignViews {
    private final Messages messages;
    private final Lang lang;

    DesignViews(Messages messages, Lang lang) {
        this.messages = messages;
        this.lang = lang;
    }

    /**
     * What the user typed in one form, and why it was refused, as text in the reader's language by
     * field name; a name starting with "!" is about the form as a whole.
     */
    record Typed(String form, Map<String, String> values, Map<String, String> errors) {
    }

    /** One input. {@code kind} is text, textarea, select, number or datetime; {@code choices} for a select. */
    record Field(String name, String id, String label, String hint, String value, String kind, String error,
                 List<Choice> choices, boolean required) {
    }

    record Choice(String value, String label, boolean selected) {
    }

    /** A form: its anchor id, heading, action, fields and the findings about it. */
    record Form(String id, String heading, String action, List<Field> fields, List<String> findings,
                List<String> errors, boolean open) {
    }

    /** A finding for the summary: its text and the anchor of the form it belongs to. */
    record Summary(String text, String anchor) {
    }

    Form profile(Menu m, Optional<Typed> typed, List<Finding> findings) {
        Profile p = m.profile();
        Map<String, String> v = new HashMap<>();
        v.put("title", m.title().id());
        v.put("title_en", m.title().en().orElse(""));
        v.put("name", p.name());
        v.put("address", p.address().orElse(""));
        v.put("phone", p.phone());
        v.put("instagram", p.instagram().orElse(""));
        v.put("website", p.website().orElse(""));
        v.put("description", p.description().orElse(""));
        for (String day : ProfileReader.DAY_ORDER) {
            List<TimeRange> ranges = p.hours().on(ProfileReader.DAYS.get(day));
            v.put("hours-" + day, ranges.isEmpty() ? (p.hours().isEmpty() ? "" : ProfileReader.CLOSED)
                    : String.join(", ", ranges.stream().map(TimeRange::toString).toList()));
        }
        List<Field> fields = new ArrayList<>();
        Typed t = typed.filter(x -> x.form().equals("profil")).orElse(null);
        fields.add(field("profil", "title", "text", true, v, t));
        fields.add(field("profil", "title_en", "text", false, v, t));
        fields.add(field("profil", "name", "text", true, v, t));
        fields.add(field("profil", "address", "textarea", false, v, t));
        fields.add(field("profil", "phone", "text", true, v, t));
        for (String day : ProfileReader.DAY_ORDER) {
            fields.add(new Field("hours-" + day, "profil-hours-" + day, text("designer.day." + day),
                    "", value(v, t, "hours-" + day), "text", error(t, "hours-" + day), List.of(), false));
        }
        fields.add(field("profil", "instagram", "text", false, v, t));
        fields.add(field("profil", "website", "text", false, v, t));
        fields.add(field("profil", "description", "textarea", false, v, t));
        List<String> found = texts(findings, f -> f.node().isEmpty() && f.field().startsWith("profile."));
        return new Form("profil", text("designer.profile.heading"), "profil", fields, found, formErrors(t),
                t != null);
    }

    Form messages(Menu m, Optional<Typed> typed, List<Finding> findings) {
        Map<String, String> v = new HashMap<>();
        v.put("greeting", m.greeting());
        v.put("fallback", m.fallback());
        v.put("footer", m.footer().orElse(""));
        v.put("triggers", String.join(", ", m.triggers()));
        v.put("prefill", m.prefill().orElse(""));
        Typed t = typed.filter(x -> x.form().equals("pesan")).orElse(null);
        List<Field> fields = List.of(field("pesan", "greeting", "textarea", true, v, t),
                field("pesan", "triggers", "text", true, v, t), field("pesan", "fallback", "textarea", true, v, t),
                field("pesan", "footer", "textarea", false, v, t), field("pesan", "prefill", "text", false, v, t));
        List<String> found = texts(findings, f -> f.node().isEmpty() && List.of("greeting", "fallback", "footer",
                "triggers", "prefill").contains(f.field()));
        return new Form("pesan", text("designer.messages.heading"), "pesan", fields, found, formErrors(t), t != null);
    }

    Form away(Menu m, Optional<Typed> typed, List<Finding> findings) {
        Map<String, String> v = new HashMap<>();
        v.put("schedule", m.away().map(a -> a.schedule().key()).orElse("none"));
        v.put("text", m.away().map(Away::text).orElse(""));
        Optional<Away.Custom> custom = m.away().map(Away::schedule).filter(Away.Custom.class::isInstance)
                .map(Away.Custom.class::cast);
        v.put("from", custom.map(c -> local(c.from())).orElse(""));
        v.put("to", custom.map(c -> local(c.to())).orElse(""));
        Typed t = typed.filter(x -> x.form().equals("luar-jam")).orElse(null);
        String chosen = value(v, t, "schedule");
        List<Choice> choices = new ArrayList<>();
        for (String key : List.of("none", "outside-hours", "always", "custom")) {
            choices.add(new Choice(key, text("designer.away.schedule." + key), key.equals(chosen)));
        }
        List<Field> fields = List.of(
                new Field("schedule", "luar-jam-schedule", text("designer.field.schedule"), "", chosen, "select",
                        error(t, "schedule"), choices, false),
                field("luar-jam", "text", "textarea", false, v, t), field("luar-jam", "from", "datetime", false, v, t),
                field("luar-jam", "to", "datetime", false, v, t));
        List<String> found = texts(findings, f -> f.node().isEmpty() && f.field().startsWith("away"));
        return new Form("luar-jam", text("designer.away.heading"), "luar-jam", fields, found, formErrors(t),
                t != null);
    }

    /** All findings, each linked to the form it is shown in. */
    List<Summary> summary(List<Finding> findings) {
        List<Summary> out = new ArrayList<>();
        for (Finding f : findings) {
            String anchor;
            if (!f.node().isEmpty() || !(f.field().startsWith("profile.") || f.field().startsWith("away")
                    || List.of("greeting", "fallback", "footer", "triggers", "prefill").contains(f.field()))) {
                anchor = DesignTree.anchor(f.node());
            } else if (f.field().startsWith("profile.")) {
                anchor = "profil";
            } else if (f.field().startsWith("away")) {
                anchor = "luar-jam";
            } else {
                anchor = "pesan";
            }
            out.add(new Summary(finding(f), anchor));
        }
        return out;
    }

    /**
     * A finding in the reader's language. Where its second argument is the field it is about (a
     * text too long, a NIK in a text), the field is named by its label on the form, not by its key
     * in the menu file.
     */
    String finding(Finding f) {
        Object[] args = f.args().toArray();
        if (NAMES_FIELD.contains(f.key()) && args.length > 1) {
            args[1] = fieldLabel(f.field());
        }
        return messages.get(lang, f.key(), args);
    }

    /** Findings whose second argument is the file field: {@code MenuChecks} writes them so for {@code validate}. */
    private static final java.util.Set<String> NAMES_FIELD = java.util.Set.of("chat.check.text.long", "chat.check.nik");

    /** The label the designer gives the menu file's {@code field}, as on its form. */
    String fieldLabel(String field) {
        for (id.serambi.chat.engine.Service.Component c : id.serambi.chat.engine.Service.Component.values()) {
            if (field.equals("service." + c.key())) {
                return c.heading();
            }
        }
        return switch (field) {
            case "reply" -> text("designer.field.text.reply");
            case "handoff" -> text("designer.field.text.handoff");
            case "text" -> text("designer.field.text.submenu");
            case "away.text" -> text("designer.away.heading");
            default -> {
                String name = field.startsWith("profile.") ? field.substring("profile.".length()) : field;
                yield messages.find(lang, "designer.field." + name).map(x -> text("designer.field." + name))
                        .orElse(field);
            }
        };
    }

    Field field(String form, String name, String kind, boolean required, Map<String, String> v, Typed t) {
        String hintKey = "designer.hint." + name;
        String hint = messages.find(lang, hintKey).map(h -> messages.get(lang, hintKey)).orElse("");
        return new Field(name, form + "-" + name, text("designer.field." + name), hint, value(v, t, name), kind,
                error(t, name), List.of(), required);
    }

    static String value(Map<String, String> v, Typed t, String name) {
        if (t != null) {
            return t.values().getOrDefault(name, "");
        }
        return v.getOrDefault(name, "");
    }

    String error(Typed t, String name) {
        if (t == null || !t.errors().containsKey(name)) {
            return "";
        }
        return t.errors().get(name);
    }

    /** Errors of the typed form that no field shows: findings and structural problems as text. */
    static List<String> formErrors(Typed t) {
        return t == null ? List.of() : t.errors().entrySet().stream().filter(e -> e.getKey().startsWith("!"))
                .map(Map.Entry::getValue).toList();
    }

    List<String> texts(List<Finding> findings, Predicate<Finding> which) {
        return findings.stream().filter(which).map(this::finding).toList();
    }

    String text(String key, Object... args) {
        return messages.get(lang, key, args);
    }

    Lang lang() {
        return lang;
    }

    private static String local(LocalDateTime t) {
        return t.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
    }
}
