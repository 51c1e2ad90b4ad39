package id.serambi.chat.designer;

import id.serambi.chat.engine.Menu;
import id.serambi.chat.engine.MenuNode;
import id.serambi.chat.menu.ApiChecks;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.web.Pages;
import id.serambi.web.Visitor;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The designer's edit page and its forms: one per section, per option and per practice task, and
 * the buttons that add, move and delete options. Every form is a plain post that redirects back to
 * the edit page; a save is checked on the whole menu and stored only when nothing refuses it.
 */
public final class DesignEditController {
    private static final String NEW_LABEL = "Pilihan baru";
    private static final String NEW_TEXT = "Tulis jawabannya di sini.";

    private final Designs designs;
    private final Messages messages;
    private final DesignEditPage page;

    public DesignEditController(Designs designs, Pages pages, Messages messages) {
        this.designs = designs;
        this.messages = messages;
        this.page = new DesignEditPage(designs, pages, messages);
    }

    public void edit(Context ctx) {
        Designs.Design design = DesignerRequests.design(designs, ctx);
        String open = Optional.ofNullable(ctx.queryParam("buka")).orElse("-");
        page.show(ctx, design, Optional.empty(), open, null);
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
        List<Integer> path = DesignerRequests.path(ctx);
        save(ctx, DesignTree.anchor(path), path, (menu, in) -> DesignNodes.node(menu, path, in));
    }

    /** Adds a practice task, or changes the one named by the {@code tugas} field. */
    public void saveTask(Context ctx) {
        String task = Optional.ofNullable(ctx.formParam("tugas")).orElse("");
        save(ctx, DesignTaskViews.formId(task), List.of(), (menu, in) -> DesignTasks.save(menu, task, in));
    }

    public void deleteTask(Context ctx) {
        String task = Optional.ofNullable(ctx.formParam("tugas")).orElse("");
        change(ctx, menu -> DesignTasks.delete(menu, task), menu -> "latihan");
    }

    public void addOption(Context ctx) {
        List<Integer> path = DesignerRequests.path(ctx);
        String kind = Optional.ofNullable(ctx.formParam("jenis")).orElse("reply");
        change(ctx, menu -> DesignTree.add(menu, path, kind, NEW_LABEL, NEW_TEXT),
                menu -> DesignTree.pathText(ApiChecks.child(path,
                        ((MenuNode.SubMenu) menu.node(path).orElseThrow()).options().size())));
    }

    public void deleteOption(Context ctx) {
        List<Integer> path = DesignerRequests.path(ctx);
        change(ctx, menu -> DesignTree.delete(menu, path),
                menu -> DesignTree.pathText(path.isEmpty() ? path : DesignTree.parentOf(path)));
    }

    public void moveOption(Context ctx) {
        List<Integer> path = DesignerRequests.path(ctx);
        int by = "naik".equals(ctx.formParam("arah")) ? -1 : 1;
        change(ctx, menu -> DesignTree.move(menu, path, by), menu -> path.isEmpty() ? ""
                : DesignTree.pathText(ApiChecks.child(DesignTree.parentOf(path), path.get(path.size() - 1) + by)));
    }

    /** A form save: read the fields, edit, check the whole menu, and store it only if nothing refuses it. */
    private void save(Context ctx, String form, List<Integer> node,
                      java.util.function.BiFunction<Menu, Map<String, String>, DesignEdit> edit) {
        Designs.Design design = DesignerRequests.design(designs, ctx);
        Lang lang = Visitor.of(ctx).lang();
        Map<String, String> in = DesignerRequests.form(ctx);
        DesignEdit result = edit.apply(design.menu(), in);
        if (result.nodeGone()) {
            throw new NotFoundResponse();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        result.errors().forEach((field, key) -> errors.put(field, messages.get(lang, key)));
        if (result.menu().isPresent()) {
            Designs.Checked checked = designs.check(design.id(), result.menu().get());
            if (!checked.refused()) {
                String open = form.startsWith("n-") ? DesignTree.pathText(node) : "-";
                stored(ctx, design, checked, open, form, m -> edit.apply(m, in).menu());
                return;
            }
            page.refusals(checked, form, node, lang, errors);
        }
        ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
        page.show(ctx, design, Optional.of(new DesignViews.Typed(form, in, errors)), "-", null);
    }

    /**
     * A change by a button: add, delete or move an option, delete a task. {@code open} names what
     * to open after it on the edited menu: an option's path, or "latihan" for the tasks.
     */
    private void change(Context ctx, Function<Menu, DesignEdit> f, Function<Menu, String> open) {
        Designs.Design design = DesignerRequests.design(designs, ctx);
        Lang lang = Visitor.of(ctx).lang();
        DesignEdit edit = f.apply(design.menu());
        if (edit.nodeGone()) {
            throw new NotFoundResponse();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        edit.errors().forEach((field, key) -> errors.put(field, messages.get(lang, key)));
        Optional<Designs.Checked> checked = edit.menu().map(m -> designs.check(design.id(), m));
        checked.filter(Designs.Checked::refused).ifPresent(c -> page.refusals(c, "-", List.of(), lang, errors));
        if (!errors.isEmpty()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            page.show(ctx, design, Optional.empty(), "-", String.join(" ", errors.values()));
            return;
        }
        String target = open.apply(edit.menu().orElseThrow());
        String anchor = target.equals("latihan") ? "latihan"
                : DesignTree.anchor(DesignTree.path(target).orElse(List.of()));
        stored(ctx, design, checked.orElseThrow(), target, anchor, m -> f.apply(m).menu());
    }

    /**
     * Stores the checked menu as the version after the one the form was made from ({@code versi}).
     * When that version is no longer current, the same change sent again (its answer was lost) is
     * answered as saved; any other change made meanwhile is refused with 409.
     */
    private void stored(Context ctx, Designs.Design design, Designs.Checked checked, String open, String anchor,
                        Function<Menu, Optional<Menu>> edit) {
        int base = ctx.formParamAsClass("versi", Integer.class).getOrDefault(design.version());
        String owner = Visitor.of(ctx).learnerId();
        Optional<Integer> saved = designs.save(owner, design.id(), base, checked, "save");
        if (saved.isEmpty() && !designs.alreadySaved(owner, design.id(), base, edit)) {
            ctx.status(HttpStatus.CONFLICT);
            page.show(ctx, design, Optional.empty(), "-", messages.get(Visitor.of(ctx).lang(), "designer.conflict"));
            return;
        }
        ctx.redirect("/desainer/" + design.id() + "?buka=" + open + "&disimpan=1#" + anchor, HttpStatus.SEE_OTHER);
    }
}
