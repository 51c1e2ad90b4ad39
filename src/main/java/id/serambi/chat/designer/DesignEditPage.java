package id.serambi.chat.designer;

import id.serambi.chat.engine.Menu;
import id.serambi.chat.menu.Finding;
import id.serambi.content.Problem;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.web.Cookies;
import id.serambi.web.Pages;
import id.serambi.web.Visitor;
import io.javalin.http.Context;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The designer's edit page: every section's form, the tree of options, the practice tasks, the
 * checks, and beside them the preview of the saved menu. A refused save shows it again with what
 * was typed and why, each reason placed on the field it is about where it names one.
 */
final class DesignEditPage {
    private final Designs designs;
    private final Pages pages;
    private final Messages messages;

    DesignEditPage(Designs designs, Pages pages, Messages messages) {
        this.designs = designs;
        this.pages = pages;
        this.messages = messages;
    }

    void show(Context ctx, Designs.Design design, Optional<DesignViews.Typed> typed, String open, String notice) {
        Lang lang = Visitor.of(ctx).lang();
        DesignViews views = new DesignViews(messages, lang);
        DesignTaskViews tasks = new DesignTaskViews(views);
        Menu menu = design.menu();
        List<Finding> findings = design.findings();
        String base = "/desainer/" + design.id();
        Map<String, Object> model = new HashMap<>();
        model.put("design", design.summary());
        model.put("saved", DesignerRequests.time(design.summary().updatedAt(), lang));
        model.put("justSaved", typed.isEmpty() && notice == null && "1".equals(ctx.queryParam("disimpan")));
        model.put("summary", views.summary(findings));
        model.put("refused", typed.isPresent() || notice != null);
        model.put("notice", notice == null ? "" : notice);
        model.put("profile", views.profile(menu, typed, findings));
        model.put("messagesForm", views.messages(menu, typed, findings));
        model.put("away", views.away(menu, typed, findings));
        model.put("nodes", new DesignNodeViews(views).nodes(menu, typed, findings, open));
        model.put("kinds", DesignTree.KINDS.stream().map(k -> Map.of("value", k,
                "label", messages.get(lang, "designer.kind." + k))).toList());
        model.put("tasks", tasks.tasks(menu, typed));
        model.put("newTask", tasks.adding(menu, typed));
        model.put("base", base);
        model.put("sim", "/simulator/" + Designs.PREFIX + design.id());
        // the link to copy is the short /coba/<token>; the page's own link goes straight to the simulator
        Optional<String> token = designs.shareToken(Visitor.of(ctx).learnerId(), design.id());
        model.put("shareLink", token.map(t -> (Cookies.https(ctx) ? "https" : "http") + "://" + ctx.host()
                + "/coba/" + t).orElse(null));
        model.put("shareStopped", "berhenti".equals(ctx.queryParam("tautan")));
        model.put("shareSim", token.map(t -> "/simulator/" + Designs.SHARED + t).orElse(null));
        model.putAll(DesignPreviewController.model(menu, focus(open, typed), false, List.of(), base,
                design.id()));
        model.put("pageStyle", DesignerRequests.STYLE);
        model.put("pageScript", DesignerRequests.SCRIPT);
        model.put("path", base);
        pages.render(ctx, "chat/designer/edit", model);
    }

    /** The preview follows the option that is open, or the section whose save was refused. */
    private static DesignPreview.Focus focus(String open, Optional<DesignViews.Typed> typed) {
        String form = typed.map(DesignViews.Typed::form).orElse("");
        if (form.equals("pesan") || form.equals("luar-jam")) {
            return new DesignPreview.Focus(form, List.of());
        }
        String path = form.startsWith("n-") ? form.substring(2).replace('-', '.') : open;
        return new DesignPreview.Focus("pilihan", DesignTree.path(path.equals("menu") ? "" : path).orElse(List.of()));
    }

    /** Why a checked menu is refused, placed on the fields of {@code form} where they name one. */
    void refusals(Designs.Checked checked, String form, List<Integer> node, Lang lang, Map<String, String> errors) {
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
                case "api", "api.button" -> "api-button";
                case "api.type" -> "api-type";
                case "api.sections" -> "api-sections";
                default -> field.startsWith("service.") ? field.substring("service.".length()) : null;
            };
        }
        if (!f.node().isEmpty()) {
            return null;
        }
        return switch (form) {
            case "profil" -> field.startsWith("profile.") ? field.substring("profile.".length()) : null;
            case "luar-jam" -> field.startsWith("away.") ? field.substring("away.".length()) : null;
            case "pesan" -> List.of("greeting", "fallback", "footer", "triggers", "prefill").contains(field)
                    ? field : null;
            default -> null;
        };
    }
}
