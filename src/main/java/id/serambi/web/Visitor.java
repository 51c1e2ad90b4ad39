package id.serambi.web;

import id.serambi.i18n.Lang;
import io.javalin.http.Context;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who is asking, from their cookies: the language they read in, their anonymous learner id and
 * their form token. A missing or malformed cookie is replaced by a fresh one.
 */
public record Visitor(Lang lang, String learnerId, boolean knownLearner, String csrf) {
    static final String LANG_COOKIE = "serambi_bahasa";
    static final String LEARNER_COOKIE = "serambi_pelajar";
    static final String CSRF_COOKIE = "serambi_csrf";
    static final int TWO_YEARS = 2 * 365 * 24 * 3600;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final String ATTRIBUTE = "serambi.visitor";

    public static Visitor of(Context ctx) {
        Visitor visitor = ctx.attribute(ATTRIBUTE);
        return visitor != null ? visitor : resolve(ctx, new SecureRandom());
    }

    /** Reads the cookies, sets any that are missing or malformed, and keeps the result on the request. */
    static Visitor resolve(Context ctx, SecureRandom random) {
        Lang lang = Optional.ofNullable(ctx.cookie(LANG_COOKIE)).flatMap(Lang::fromCode)
                .orElseGet(() -> Lang.fromAcceptLanguage(ctx.header("Accept-Language")));
        String learner = ctx.cookie(LEARNER_COOKIE);
        boolean known = learner != null && TOKEN.matcher(learner).matches();
        if (!known) {
            learner = token(random);
            Cookies.set(ctx, LEARNER_COOKIE, learner, TWO_YEARS);
        }
        String csrf = ctx.cookie(CSRF_COOKIE);
        if (csrf == null || !TOKEN.matcher(csrf).matches()) {
            csrf = token(random);
            Cookies.set(ctx, CSRF_COOKIE, csrf, -1);
        }
        Visitor visitor = new Visitor(lang, learner, known, csrf);
        ctx.attribute(ATTRIBUTE, visitor);
        return visitor;
    }

    /**
     * Makes {@code learnerId} this device's learner id from now on: on logging in, so the
     * account's progress follows it to whichever device it logs in on.
     */
    public static void adoptLearner(Context ctx, String learnerId) {
        Visitor now = of(ctx);
        Cookies.set(ctx, LEARNER_COOKIE, learnerId, TWO_YEARS);
        replace(ctx, new Visitor(now.lang, learnerId, true, now.csrf));
    }

    /**
     * Gives this device a fresh anonymous learner id: on logging out, so the next person on a
     * shared office laptop does not see the account's progress.
     */
    public static void newLearner(Context ctx) {
        Visitor now = of(ctx);
        String learner = token(new SecureRandom());
        Cookies.set(ctx, LEARNER_COOKIE, learner, TWO_YEARS);
        replace(ctx, new Visitor(now.lang, learner, false, now.csrf));
    }

    Visitor withLang(Lang newLang) {
        return new Visitor(newLang, learnerId, knownLearner, csrf);
    }

    static void replace(Context ctx, Visitor visitor) {
        ctx.attribute(ATTRIBUTE, visitor);
    }

    private static String token(SecureRandom random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
