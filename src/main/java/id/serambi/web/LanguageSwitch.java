package id.serambi.web;

import id.serambi.i18n.Lang;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;

/** {@code GET /bahasa/{lang}?ke=/page}: remembers the language in a cookie and goes back to the page. */
public final class LanguageSwitch {
    static final int ONE_YEAR = 365 * 24 * 3600;

    public void change(Context ctx) {
        Lang lang = Lang.fromCode(ctx.pathParam("lang")).orElseThrow(NotFoundResponse::new);
        Cookies.set(ctx, Visitor.LANG_COOKIE, lang.code(), ONE_YEAR);
        Visitor.replace(ctx, Visitor.of(ctx).withLang(lang));
        ctx.redirect(localPath(ctx.queryParam("ke")), HttpStatus.SEE_OTHER);
    }

    /** Only a path on this site, so the switch cannot send anyone elsewhere. */
    static String localPath(String target) {
        if (target == null || !target.startsWith("/") || target.startsWith("//") || target.contains("\\")
                || target.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return target;
    }
}
