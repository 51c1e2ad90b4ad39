package id.serambi.chat;

import id.serambi.course.Problem;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.web.Pages;
import id.serambi.web.Visitor;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The menu designer's pages: the visitor's own menus, the edit page with one form per section and
 * per option, the versions, and import. Every form is a plain post that redirects back to the
 * edit page; a refused save shows the page again (422) with what was typed and why.
 */
public final class DesignerController {
    private static final String STYLE = "/static/designer.css";
    private static final String NEW_LABEL = "Pilihan baru";
    private static final String NEW_TEXT = "Tulis jawabannya di sini.";

    private final Designs designs;
    private final MenuCatalog samples;
    private final Pages pages;
    private final Messages messages;

    public DesignerController(Designs designs, MenuCatalog samples, Pages pages, Messages messages) {
        this.designs = designs;
        this.samples = samples;
        this.pages = pages;
        this.messages = messages;
    }

    public void list(Context ctx) {
        listPage(ctx, "", List.of());
    }

    private void listPage(Context ctx, String pasted, List<String> importErrors) {
        Visitor visitor = Visitor.of(ctx);
        Lang lang = visitor.lang();
        List<Map<String, Object>> mine = new ArrayList<>();
        for (DesignStore.Summary s : designs.mine(visitor.learnerId())) {
            mine.add(Map.of("title", s.title(), "url", "/desainer/" + s.id(), "version", s.version(),
                    "saved", time(s.updatedAt(), lang), "sim", "/simulator/" + Designs.PREFIX + s.id()));
        }
        List<Map<String, Object>> sampleList = samples.engines().stream().map(ChatEngine::menu)
                .sorted(java.util.Comparator.comparing(Menu::id))
                .map(m -> Map.<String, Object>of("id", m.id(), "title", m.title().in(lang))).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("mine", mine);
        model.put("samples", sampleList);
        model.put("pasted", pasted);
        model.put("importErrors", importErrors);
        model.put("pageStyle", STYLE);
        model.put("path", "/desainer");
        pages.render(ctx, "designer/list", model);
    }

    /** A new menu: a copy of a bundled one, or the smallest menu that passes the checks. */
    public void create(Context ctx) {
        String owner = Visitor.of(ctx).learnerId();
        String from = ctx.formParam("contoh");
        Designs.Checked checked;
        if (from == null || from.isEmpty()) {
            checked = designs.read("new", DesignSkeleton.YAML, false);
        } else {
            Menu sample = samples.menu(from).orElseThrow(NotFoundResponse::new);
            checked = designs.copyOf(sample, messages.get(Lang.ID, "designer.copy.title", sample.title().id()));
        }
        String id = designs.create(owner, checked, from == null || from.isEmpty() ? "create" : "copy");
        ctx.redirect("/desainer/" + id, HttpStatus.SEE_OTHER);
    }

    public void importMenu(Context ctx) {
        String text = normalized(ctx.formParam("teks"));
        Lang lang = Visitor.of(ctx).lang();
        if (text.isBlank()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            listPage(ctx, text, List.of(messages.get(lang, "designer.import.empty")));
            return;
        }
        Designs.Checked checked = designs.read("new", text, true);
        if (checked.refused()) {
            List<String> errors = new ArrayList<>();
            for (Problem p : checked.structural()) {
                errors.add(messages.get(lang, "designer.import.line", p.line(),
                        messages.get(lang, p.key(), p.args().toArray())));
            }
            DesignViews views = new DesignViews(messages, lang);
            checked.blocking().forEach(f -> errors.add(views.finding(f)));
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            listPage(ctx, text, errors);
            return;
        }
        String id = designs.create(Visitor.of(ctx).learnerId(), checked, "import");
        ctx.redirect("/desainer/" + id, HttpStatus.SEE_OTHER);
    }

    public void edit(Context ctx) {
        Designs.Design design = design(ctx);
        String open = Optional.ofNullable(ctx.queryParam("buka")).orElse("-");
        editPage(ctx, design, Optional.empty(), open, null);
    }

    public void saveProfile(Context ctx) {
        save(ctx, "profil", List.of(), DesignEdits::profile);
    }

    public void saveMessages(Context ctx) {
        save(ctx, "pesan", List.of(), DesignEdits::messages);
    }

    public void saveAway(Context ctx) {
        save(ctx, "luar-jam", List.of(), DesignEdits::away);
    }

    public void saveNode(Context ctx) {
        List<Integer> path = path(ctx);
        String form = "n-" + (path.isEmpty() ? "menu" : DesignEdits.pathText(path).replace('.', '-'));
        save(ctx, form, path, (menu, in) -> DesignEdits.node(menu, path, in));
    }

    public void addOption(Context ctx) {
        List<Integer> path = path(ctx);
        String kind = Optional.ofNullable(ctx.formParam("jenis")).orElse("reply");
        change(ctx, path, menu -> DesignEdits.add(menu, path, kind, NEW_LABEL, NEW_TEXT), true);
    }

    public void deleteOption(Context ctx) {
        List<Integer> path = path(ctx);
        change(ctx, DesignEdits.parentOf(path.isEmpty() ? List.of(0) : path),
                menu -> DesignEdits.delete(menu, path), false);
    }

    public void moveOption(Context ctx) {
        List<Integer> path = path(ctx);
        int by = "naik".equals(ctx.formParam("arah")) ? -1 : 1;
        change(ctx, path, menu -> DesignEdits.move(menu, path, by), false);
    }

    public void versions(Context ctx) {
        Designs.Design design = design(ctx);
        Lang lang = Visitor.of(ctx).lang();
        List<Map<String, Object>> list = new ArrayList<>();
        for (DesignStore.Version v : designs.versions(Visitor.of(ctx).learnerId(), design.id())) {
            list.add(Map.of("number", v.number(), "saved", time(v.savedAt(), lang),
                    "note", messages.get(lang, "designer.note." + v.note()), "current", v.number() == design.version()));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("design", design.summary());
        model.put("versions", list);
        model.put("keep", Designs.KEEP);
        model.put("pageStyle", STYLE);
        pages.render(ctx, "designer/versions", model);
    }

    public void restore(Context ctx) {
        Designs.Design design = design(ctx);
        int number = ctx.formParamAsClass("versi", Integer.class).getOrDefault(-1);
        designs.restore(Visitor.of(ctx).learnerId(), design.id(), number).orElseThrow(NotFoundResponse::new);
        ctx.redirect("/desainer/" + design.id() + "?disimpan=1", HttpStatus.SEE_OTHER);
    }

    public void delete(Context ctx) {
        Designs.Design design = design(ctx);
        designs.delete(Visitor.of(ctx).learnerId(), design.id());
        ctx.redirect("/desainer", HttpStatus.SEE_OTHER);
    }

    /** A form save: read the fields, edit, check the whole menu, and store it only if nothing refuses it. */
    private void save(Context ctx, String form, List<Integer> node,
                      BiFunction<Menu, Map<String, String>, DesignEdits.Edit> edit) {
        Designs.Design design = design(ctx);
        Lang lang = Visitor.of(ctx).lang();
        Map<String, String> in = new LinkedHashMap<>();
        ctx.formParamMap().forEach((k, v) -> in.put(k, normalized(v.isEmpty() ? "" : v.get(0))));
        DesignEdits.Edit result = edit.apply(design.menu(), in);
        Map<String, String> errors = new LinkedHashMap<>();
        result.errors().forEach((field, key) -> errors.put(field, messages.get(lang, key)));
        if (result.menu().isPresent()) {
            Designs.Checked checked = designs.check(design.id(), result.menu().get());
            if (!checked.refused()) {
                stored(ctx, design, checked, DesignEdits.pathText(node), form);
                return;
            }
            refusals(checked, form, node, lang, errors);
        }
        ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
        editPage(ctx, design, Optional.of(new DesignViews.Typed(form, in, errors)), "-", null);
    }

    /** A change of the tree by a button: add, delete or move an option. */
    private void change(Context ctx, List<Integer> openAfter, java.util.function.Function<Menu, Optional<Menu>> f,
                        boolean openLast) {
        Designs.Design design = design(ctx);
        Menu edited = f.apply(design.menu()).orElseThrow(NotFoundResponse::new);
        Designs.Checked checked = designs.check(design.id(), edited);
        if (checked.refused()) {
            Lang lang = Visitor.of(ctx).lang();
            Map<String, String> errors = new LinkedHashMap<>();
            refusals(checked, "-", List.of(), lang, errors);
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            editPage(ctx, design, Optional.empty(), "-", String.join(" ", errors.values()));
            return;
        }
        List<Integer> open = openAfter;
        if (openLast && edited.node(openAfter).orElse(null) instanceof MenuNode.SubMenu sub) {
            open = ApiChecks.child(openAfter, sub.options().size());
        }
        String anchor = "n-" + (open.isEmpty() ? "menu" : DesignEdits.pathText(open).replace('.', '-'));
        stored(ctx, design, checked, DesignEdits.pathText(open), anchor);
    }

    private void stored(Context ctx, Designs.Design design, Designs.Checked checked, String open, String anchor) {
        int base = ctx.formParamAsClass("versi", Integer.class).getOrDefault(design.version());
        Optional<Integer> saved = designs.save(Visitor.of(ctx).learnerId(), design.id(), base, checked, "save");
        if (saved.isEmpty()) {
            ctx.status(HttpStatus.CONFLICT);
            editPage(ctx, design, Optional.empty(), "-", messages.get(Visitor.of(ctx).lang(), "designer.conflict"));
            return;
        }
        ctx.redirect("/desainer/" + design.id() + "?buka=" + open + "&disimpan=1#" + anchor, HttpStatus.SEE_OTHER);
    }

    /** Why a checked menu is refused, placed on the fields of {@code form} where they name one. */
    private void refusals(Designs.Checked checked, String form, List<Integer> node, Lang lang,
                          Map<String, String> errors) {
        DesignViews views = new DesignViews(messages, lang);
        int n = 0;
        for (Problem p : checked.structural()) {
            errors.put("!" + n++, messages.get(lang, p.key(), p.args().toArray()));
        }
        for (Finding f : checked.blocking()) {
            String field = fieldOf(f, form, node);
            errors.merge(field == null ? "!" + n++ : field, views.finding(f), (a, b) -> a + " " + b);
        }
    }

    /** The form field a finding is about, or null when it is not one of {@code form}'s. */
    private static String fieldOf(Finding f, String form, List<Integer> node) {
        String field = f.field();
        if (form.startsWith("n-")) {
            if (!f.node().equals(node)) {
                return null;
            }
            return switch (field) {
                case "reply", "handoff", "text" -> "text";
                case "label", "shortcut", "description" -> field;
                default -> field.startsWith("service.") ? field.substring("service.".length()) : null;
            };
        }
        if (!f.node().isEmpty()) {
            return null;
        }
        return switch (form) {
            case "profil" -> field.startsWith("profile.") ? field.substring("profile.".length()) : null;
            case "luar-jam" -> field.startsWith("away.") ? field.substring("away.".length()) : null;
            default -> List.of("greeting", "fallback", "footer", "triggers", "prefill").contains(field) ? field : null;
        };
    }

    private void editPage(Context ctx, Designs.Design design, Optional<DesignViews.Typed> typed, String open,
                          String notice) {
        Lang lang = Visitor.of(ctx).lang();
        DesignViews views = new DesignViews(messages, lang);
        Menu menu = design.menu();
        List<Finding> findings = design.findings();
        Map<String, Object> model = new HashMap<>();
        model.put("design", design.summary());
        model.put("saved", time(design.summary().updatedAt(), lang));
        model.put("justSaved", typed.isEmpty() && notice == null && "1".equals(ctx.queryParam("disimpan")));
        model.put("summary", views.summary(findings));
        model.put("refused", typed.isPresent() || notice != null);
        model.put("notice", notice == null ? "" : notice);
        model.put("profile", views.profile(menu, typed, findings));
        model.put("messagesForm", views.messages(menu, typed, findings));
        model.put("away", views.away(menu, typed, findings));
        model.put("nodes", views.nodes(menu, typed, findings, open));
        model.put("kinds", DesignEdits.KINDS.stream().map(k -> Map.of("value", k,
                "label", messages.get(lang, "designer.kind." + k))).toList());
        model.put("base", "/desainer/" + design.id());
        model.put("sim", "/simulator/" + Designs.PREFIX + design.id());
        model.put("pageStyle", STYLE);
        model.put("path", "/desainer/" + design.id());
        pages.render(ctx, "designer/edit", model);
    }

    private Designs.Design design(Context ctx) {
        return designs.open(Visitor.of(ctx).learnerId(), ctx.pathParam("id")).orElseThrow(NotFoundResponse::new);
    }

    private static List<Integer> path(Context ctx) {
        return DesignEdits.path(ctx.formParam("simpul")).orElseThrow(NotFoundResponse::new);
    }

    private static String normalized(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String time(long millis, Lang lang) {
        return OfficeHours.dateTime(LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), Menu.DEFAULT_ZONE),
                lang.locale()) + " WITA";
    }
}
