package id.serambi.chat.designer;

import id.serambi.chat.engine.ChatEngine;
import id.serambi.chat.engine.Menu;
import id.serambi.chat.menu.MenuCatalog;
import id.serambi.content.Problem;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.web.Pages;
import id.serambi.web.Visitor;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The designer's menus as a whole: the visitor's list, a new menu (blank, a copy of a bundled
 * one, pasted or uploaded), the versions of one, restoring and deleting. A refused import shows the
 * list page again (422) with what is wrong, line by line.
 */
public final class DesignerController {
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
        listPage(ctx, "", List.of(), List.of());
    }

    private void listPage(Context ctx, String pasted, List<String> importErrors, List<String> uploadErrors) {
        Visitor visitor = Visitor.of(ctx);
        Lang lang = visitor.lang();
        List<Map<String, Object>> mine = new ArrayList<>();
        for (DesignStore.Summary s : designs.mine(visitor.learnerId())) {
            mine.add(Map.of("title", s.title(), "url", "/desainer/" + s.id(), "version", s.version(),
                    "saved", DesignerRequests.time(s.updatedAt(), lang),
                    "sim", "/simulator/" + Designs.PREFIX + s.id()));
        }
        List<Map<String, Object>> sampleList = samples.engines().stream().map(ChatEngine::menu)
                .sorted(Comparator.comparing(Menu::id))
                .map(m -> Map.<String, Object>of("id", m.id(), "title", m.title().in(lang))).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("mine", mine);
        model.put("samples", sampleList);
        model.put("pasted", pasted);
        model.put("importErrors", importErrors);
        model.put("uploadErrors", uploadErrors);
        model.put("maxKb", DesignUpload.MAX_BYTES / 1024);
        model.put("pageStyle", DesignerRequests.STYLE);
        model.put("path", "/desainer");
        pages.render(ctx, "chat/designer/list", model);
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

    /** A menu pasted as YAML or JSON text. */
    public void importMenu(Context ctx) {
        String text = DesignForm.normalized(ctx.formParam("teks"));
        if (text.isBlank()) {
            refuseImport(ctx, text, List.of(messages.get(Visitor.of(ctx).lang(), "designer.import.empty")), false);
            return;
        }
        importText(ctx, text, text, false);
    }

    /** A menu uploaded as a .yaml, .yml or .json file of at most {@link DesignUpload#MAX_BYTES}. */
    public void upload(Context ctx) {
        Lang lang = Visitor.of(ctx).lang();
        UploadedFile file = ctx.uploadedFile("berkas");
        String name = file == null ? "" : file.filename();
        Optional<DesignUpload.Read> refused = DesignUpload.refusal(name, file == null ? 0 : file.size());
        DesignUpload.Read read = refused.orElseGet(() -> DesignUpload.read(name, bytes(file)));
        if (read.text().isEmpty()) {
            ctx.status(read.key().equals("designer.upload.big") ? HttpStatus.CONTENT_TOO_LARGE
                    : HttpStatus.UNPROCESSABLE_CONTENT);
            listPage(ctx, "", List.of(), List.of(messages.get(lang, read.key(), read.args().toArray())));
            return;
        }
        importText(ctx, read.text().get(), "", true);
    }

    private void importText(Context ctx, String text, String pasted, boolean uploaded) {
        Lang lang = Visitor.of(ctx).lang();
        Designs.Checked checked = designs.read("new", text, true);
        if (checked.refused()) {
            List<String> errors = new ArrayList<>();
            for (Problem p : checked.structural()) {
                errors.add(messages.get(lang, "designer.import.line", p.line(),
                        messages.get(lang, p.key(), p.args().toArray())));
            }
            DesignViews views = new DesignViews(messages, lang);
            checked.blocking().forEach(f -> errors.add(views.finding(f)));
            refuseImport(ctx, pasted, errors, uploaded);
            return;
        }
        String id = designs.create(Visitor.of(ctx).learnerId(), checked, "import");
        ctx.redirect("/desainer/" + id, HttpStatus.SEE_OTHER);
    }

    private void refuseImport(Context ctx, String pasted, List<String> errors, boolean uploaded) {
        ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
        listPage(ctx, pasted, uploaded ? List.of() : errors, uploaded ? errors : List.of());
    }

    /** At most one byte more than allowed, so a file larger than it said is still refused. */
    private static byte[] bytes(UploadedFile file) {
        try (InputStream in = file.content()) {
            return in.readNBytes(DesignUpload.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void versions(Context ctx) {
        Designs.Design design = DesignerRequests.design(designs, ctx);
        Lang lang = Visitor.of(ctx).lang();
        List<Map<String, Object>> list = new ArrayList<>();
        for (DesignStore.Version v : designs.versions(Visitor.of(ctx).learnerId(), design.id())) {
            list.add(Map.of("number", v.number(), "saved", DesignerRequests.time(v.savedAt(), lang),
                    "note", messages.get(lang, "designer.note." + v.note()), "current", v.number() == design.version()));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("design", design.summary());
        model.put("versions", list);
        model.put("keep", Designs.KEEP);
        model.put("pageStyle", DesignerRequests.STYLE);
        pages.render(ctx, "chat/designer/versions", model);
    }

    public void restore(Context ctx) {
        Designs.Design design = DesignerRequests.design(designs, ctx);
        int number = ctx.formParamAsClass("versi", Integer.class).getOrDefault(-1);
        designs.restore(Visitor.of(ctx).learnerId(), design.id(), number).orElseThrow(NotFoundResponse::new);
        ctx.redirect("/desainer/" + design.id() + "?disimpan=1", HttpStatus.SEE_OTHER);
    }

    /** Makes (or keeps) the menu's share link, which opens it read-only in the simulator from any browser. */
    public void share(Context ctx) {
        Designs.Design design = DesignerRequests.design(designs, ctx);
        designs.share(Visitor.of(ctx).learnerId(), design.id()).orElseThrow(NotFoundResponse::new);
        ctx.redirect("/desainer/" + design.id() + "#bagikan", HttpStatus.SEE_OTHER);
    }

    /** Stops the menu's share link: whoever has it finds nothing there any more. */
    public void unshare(Context ctx) {
        Designs.Design design = DesignerRequests.design(designs, ctx);
        if (!designs.unshare(Visitor.of(ctx).learnerId(), design.id())) {
            throw new NotFoundResponse();
        }
        ctx.redirect("/desainer/" + design.id() + "?tautan=berhenti#bagikan", HttpStatus.SEE_OTHER);
    }

    /** {@code GET /coba/{token}}: the shared menu in the simulator, for anyone with the link. */
    public void tryShared(Context ctx) {
        String token = ctx.pathParam("token");
        if (!token.matches("[a-z0-9]{1,40}") || !designs.isShared(token)) {
            throw new NotFoundResponse();
        }
        ctx.redirect("/simulator/" + Designs.SHARED + token, HttpStatus.SEE_OTHER);
    }

    public void delete(Context ctx) {
        Designs.Design design = DesignerRequests.design(designs, ctx);
        designs.delete(Visitor.of(ctx).learnerId(), design.id());
        ctx.redirect("/desainer", HttpStatus.SEE_OTHER);
    }
}
