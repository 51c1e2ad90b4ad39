package id.serambi.chat.designer;

import id.serambi.chat.engine.Menu;
import id.serambi.chat.menu.MenuYaml;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.web.Pages;
import id.serambi.web.Visitor;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The live preview: the edit page's script posts the fields of the form being edited, unsaved, and
 * gets back the preview panel as an HTML fragment, rendered from the menu as it would be with
 * those fields. Nothing is stored; the same edit functions and checks as a save are used, so the
 * preview also says when the typed text could not be saved.
 */
public final class DesignPreviewController {
    /** How many reasons the preview names; the save itself names all of them. */
    private static final int NOTES = 3;

    private final Designs designs;
    private final Pages pages;
    private final Messages messages;

    public DesignPreviewController(Designs designs, Pages pages, Messages messages) {
        this.designs = designs;
        this.pages = pages;
        this.messages = messages;
    }

    public void preview(Context ctx) {
        Designs.Design design = DesignerRequests.design(designs, ctx);
        Lang lang = Visitor.of(ctx).lang();
        Map<String, String> in = DesignerRequests.form(ctx);
        String section = in.getOrDefault("bagian", "");
        List<Integer> path = DesignTree.path(in.getOrDefault("simpul", "")).orElse(List.of());
        Menu menu = design.menu();
        DesignEdit edit = switch (section) {
            case "profil" -> DesignEdits.profile(menu, in);
            case "pesan" -> DesignEdits.messages(menu, in);
            case "luar-jam" -> DesignEdits.away(menu, in);
            case "pilihan" -> DesignNodes.node(menu, path, in);
            default -> DesignEdit.of(menu);
        };
        List<String> notes = new ArrayList<>();
        if (edit.menu().isEmpty()) {
            notes.add(messages.get(lang, "designer.preview.incomplete"));
        } else {
            Designs.Checked checked = designs.check(design.id(), edit.menu().get());
            DesignViews views = new DesignViews(messages, lang);
            checked.structural().stream().limit(NOTES)
                    .forEach(p -> notes.add(messages.get(lang, p.key(), p.args().toArray())));
            checked.blocking().stream().limit(NOTES).forEach(f -> notes.add(views.finding(f)));
        }
        String base = "/desainer/" + design.id();
        Menu shown = edit.menu().orElse(menu);
        // opening an option previews its form too: only text that differs from the saved menu is "unsaved"
        boolean unsaved = !MenuYaml.write(shown).equals(MenuYaml.write(menu));
        Map<String, Object> model = new HashMap<>(model(shown, new DesignPreview.Focus(section, path), unsaved,
                notes.stream().limit(NOTES).toList(), base, design.id()));
        model.put("base", base);
        pages.render(ctx, "chat/designer/preview", model);
    }

    /** What the preview panel's template needs, for the edit page or the fragment. */
    static Map<String, Object> model(Menu menu, DesignPreview.Focus focus, boolean live, List<String> notes,
                                     String base, String id) {
        Map<String, Object> model = new HashMap<>();
        model.put("preview", DesignPreview.of(menu, focus));
        model.put("previewLive", live);
        model.put("previewNotes", notes);
        model.put("previewUrl", base + "/pratinjau");
        model.put("sim", "/simulator/" + Designs.PREFIX + id);
        return model;
    }
}
