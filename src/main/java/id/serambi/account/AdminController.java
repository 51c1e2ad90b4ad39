package id.serambi.account;

import id.serambi.i18n.Messages;
import id.serambi.web.Pages;
import id.serambi.web.Visitor;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Admins create and disable trainer accounts, and read the audit log. */
public final class AdminController {
    private static final int AUDIT_SHOWN = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH.mm");
    private final Accounts accounts;
    private final CurrentUser current;
    private final Pages pages;
    private final Messages messages;
    private final ZoneId zone;

    public AdminController(Accounts accounts, CurrentUser current, Pages pages, Messages messages, ZoneId zone) {
        this.accounts = accounts;
        this.current = current;
        this.pages = pages;
        this.messages = messages;
        this.zone = zone;
    }

    /** A row of the audit log as shown. */
    public record AuditRow(String when, String actor, String action, String target, String detail) {
    }

    public void users(Context ctx) {
        String made = ctx.queryParam("dibuat");
        render(ctx, "", null, made == null ? null : text(ctx, "account.admin.created", made));
    }

    public void create(Context ctx) {
        User admin = current.signedIn(ctx);
        String username = Objects.requireNonNullElse(ctx.formParam("nama"), "");
        try {
            User made = accounts.create(username, Role.TRAINER, ctx.formParam("sandi"), admin.id());
            ctx.redirect("/admin/pengguna?dibuat=" + made.username(), HttpStatus.SEE_OTHER);
        } catch (AccountProblem e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, username, text(ctx, e.key(), e.args()), null);
        }
    }

    public void disable(Context ctx) {
        change(ctx, true);
    }

    public void enable(Context ctx) {
        change(ctx, false);
    }

    private void change(Context ctx, boolean disabled) {
        User admin = current.signedIn(ctx);
        try {
            accounts.setDisabled(admin, ctx.pathParam("id"), disabled);
            ctx.redirect("/admin/pengguna", HttpStatus.SEE_OTHER);
        } catch (AccountProblem e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, "", text(ctx, e.key(), e.args()), null);
        }
    }

    private void render(Context ctx, String username, String error, String done) {
        User admin = current.signedIn(ctx);
        List<AuditRow> audit = accounts.auditLog(AUDIT_SHOWN).stream()
                .map(a -> new AuditRow(TIME.format(Instant.ofEpochMilli(a.at()).atZone(zone)),
                        a.actor().isEmpty() ? text(ctx, "account.audit.system") : a.actor(),
                        text(ctx, "account.audit." + a.action()), a.target(), a.detail()))
                .toList();
        Map<String, Object> model = new HashMap<>();
        model.put("admin", admin);
        model.put("users", accounts.users());
        model.put("audit", audit);
        model.put("username", username);
        model.put("error", error);
        model.put("done", done);
        model.put("pageStyle", "/static/account.css");
        model.put("path", "/admin/pengguna");
        pages.render(ctx, "account/admin", model);
    }

    private String text(Context ctx, String key, Object... args) {
        return messages.get(Visitor.of(ctx).lang(), key, args);
    }
}
