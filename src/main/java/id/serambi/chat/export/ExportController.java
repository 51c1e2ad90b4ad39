package id.serambi.chat.export;

import id.serambi.chat.engine.Away;
import id.serambi.chat.engine.ChatEngine;
import id.serambi.chat.engine.Menu;
import id.serambi.chat.engine.OfficeHours;
import id.serambi.chat.menu.DesignedMenus;
import id.serambi.chat.menu.MenuCatalog;
import id.serambi.chat.menu.MenuJson;
import id.serambi.chat.menu.MenuYaml;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.web.Pages;
import id.serambi.web.Visitor;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Carrying a bundled menu to a real phone: the setup sheet for the WhatsApp Business app, the
 * printable poster with its QR code, and the menu as a file.
 */
public final class ExportController {
    private static final Locale INDONESIAN = Lang.ID.locale();

    private final MenuCatalog menus;
    private final Pages pages;
    private final Messages messages;
    /** The catalog never changes while the server runs, so each menu's export is built once. */
    private final Map<String, Export> built = new ConcurrentHashMap<>();
    private DesignedMenus designed = DesignedMenus.NONE;

    public ExportController(MenuCatalog menus, Pages pages, Messages messages) {
        this.menus = menus;
        this.pages = pages;
        this.messages = messages;
    }

    /** Also exports the menus staff designed, each to its owner only, built afresh for every request. */
    public ExportController(MenuCatalog menus, DesignedMenus designed, Pages pages, Messages messages) {
        this(menus, pages, messages);
        this.designed = designed;
    }

    /** A menu's setup sheet and QR code, and an ETag for the QR file. */
    private record Export(SetupSheet sheet, QrSvg qr, String qrFile, String etag) {
    }

    /** One line of the office hours, in the reader's language. */
    public record HoursLine(String days, String hours, boolean closed) {
    }

    public void sheet(Context ctx) {
        Export export = export(ctx);
        SetupSheet sheet = export.sheet();
        Lang lang = Visitor.of(ctx).lang();
        Map<String, Object> model = new HashMap<>();
        model.put("menuId", sheet.menu().id());
        model.put("menuTitle", sheet.menu().title().in(lang));
        model.put("sheet", sheet);
        model.put("hours", hours(sheet, lang.locale()));
        model.put("schedule", sheet.away().map(a -> schedule(a, sheet, lang)).orElse(""));
        model.put("findings", sheet.findings().stream()
                .map(f -> messages.get(lang, f.key(), f.args().toArray())).toList());
        pages.render(ctx, "chat/export/sheet", model);
    }

    public void poster(Context ctx) {
        Export export = export(ctx);
        SetupSheet sheet = export.sheet();
        Map<String, Object> model = new HashMap<>();
        model.put("menuId", sheet.menu().id());
        model.put("sheet", sheet);
        // the poster speaks to citizens in the office's language, whatever the visitor reads
        model.put("hours", hours(sheet, INDONESIAN));
        model.put("qr", export.qr().inlineSvg("Kode QR: " + sheet.link().url(), "qr-code"));
        pages.render(ctx, "chat/export/poster", model);
    }

    public void qrFile(Context ctx) {
        Export export = export(ctx);
        // private: the response may set the visitor's cookies, which no shared cache may keep
        ctx.header("Cache-Control", "private, max-age=86400");
        ctx.header("ETag", export.etag());
        if (export.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        attachment(ctx, fileName(export.sheet().menu()) + "-qr.svg");
        ctx.contentType("image/svg+xml; charset=utf-8").result(export.qrFile());
    }

    public void yaml(Context ctx) {
        Menu menu = export(ctx).sheet().menu();
        attachment(ctx, fileName(menu) + ".yaml");
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType("application/yaml; charset=utf-8").result(MenuYaml.write(menu));
    }

    public void json(Context ctx) {
        Menu menu = export(ctx).sheet().menu();
        attachment(ctx, fileName(menu) + ".json");
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType("application/json; charset=utf-8").result(MenuJson.write(menu));
    }

    private Export export(Context ctx) {
        String menuId = ctx.pathParam("menu");
        java.util.Optional<ChatEngine> bundled = menus.engine(menuId);
        if (bundled.isPresent()) {
            return built.computeIfAbsent(menuId, id -> build(bundled.get()));
        }
        return designed.engine(menuId, Visitor.of(ctx).learnerId()).map(ExportController::build)
                .orElseThrow(NotFoundResponse::new);
    }

    private static Export build(ChatEngine engine) {
        SetupSheet sheet = SetupSheet.of(engine);
        QrSvg qr = QrSvg.of(sheet.link().url());
        String file = qr.file(sheet.menu().profile().name() + ": " + sheet.link().url(), 8);
        String etag = "\"qr-" + Integer.toHexString(file.hashCode()) + "-" + file.length() + "\"";
        return new Export(sheet, qr, file, etag);
    }

    /**
     * A bundled menu's files are named by its id ({@code madatte.yaml}); a designed one's after the
     * office it serves ({@code kelurahan-sukamaju.yaml}), not after its internal id.
     */
    static String fileName(Menu menu) {
        if (!menu.id().startsWith("d-") && !menu.id().startsWith("s-")) {
            return menu.id();
        }
        String ascii = java.text.Normalizer.normalize(menu.profile().name(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "menu-whatsapp" : slug;
    }

    /** File names are lowercase letters, digits and hyphens, so they need no quoting. */
    private static void attachment(Context ctx, String fileName) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }

    private static List<HoursLine> hours(SetupSheet sheet, Locale locale) {
        return sheet.hours().stream().map(r -> new HoursLine(r.days(locale), r.hours(), r.closed())).toList();
    }

    /** Which schedule to pick in the app, in the visitor's language. */
    private String schedule(Away away, SetupSheet sheet, Lang lang) {
        if (away.schedule() instanceof Away.Custom c) {
            return messages.get(lang, "export.away.custom", OfficeHours.dateTime(c.from(), lang.locale()),
                    OfficeHours.dateTime(c.to(), lang.locale()), sheet.zone());
        }
        return messages.get(lang, "export.away." + away.schedule().key());
    }
}
