package id.serambi.web;

import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Thymeleaf over {@code templates/*.html}, with text from the product's message bundles.
 *
 * <p>A page rendered with {@link #SHARED} in its model is the same for every visitor whose model is
 * equal but for the form token (a lesson for anyone who has not done it, say), so it is rendered
 * once with a stand-in token and each visitor gets that text with their own token put in. The
 * models of such pages hold only strings, numbers and records, whose equality is their content.
 */
public final class Templates implements FileRenderer {
    /** The model key that asks for a page shared between visitors; its value is ignored. */
    public static final String SHARED = "serambi.shared";
    /** Shared pages kept; past this the cache starts again empty, so odd models cannot fill memory. */
    static final int SHARED_PAGES = 512;

    private final TemplateEngine engine = new TemplateEngine();
    private final Map<Map<String, Object>, String[]> shared = new ConcurrentHashMap<>();
    /** Shaped like a token, so escaping leaves it as it is; random, so no page text holds it. */
    private final String stand = token();

    public Templates(Messages messages) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new BundleResolver(messages));
        engine.setLinkBuilder(new RootLinks());
    }

    /** The application is served at the root, so {@code @{/x}} links need no context path. */
    private static final class RootLinks extends StandardLinkBuilder {
        @Override
        protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
            return "";
        }
    }

    @Override
    public String render(String template, Map<String, ?> model, Context ctx) {
        return render(template, model, Visitor.of(ctx).lang());
    }

    String render(String template, Map<String, ?> model, Lang lang) {
        @SuppressWarnings("unchecked")
        Map<String, Object> variables = (Map<String, Object>) model;
        Object csrf = variables.get("csrf");
        if (!variables.containsKey(SHARED) || !(csrf instanceof String token)) {
            return fresh(template, variables, lang);
        }
        Map<String, Object> key = new HashMap<>(variables);
        key.put("csrf", stand);
        key.put(SHARED, java.util.List.of(template, lang));
        String[] parts = shared.get(key);
        if (parts == null) {
            parts = fresh(template, key, lang).split(Pattern.quote(stand), -1);
            if (shared.size() >= SHARED_PAGES) {
                shared.clear();
            }
            shared.put(key, parts);
        }
        return String.join(token, parts);
    }

    private String fresh(String template, Map<String, Object> variables, Lang lang) {
        return engine.process(template, new org.thymeleaf.context.Context(lang.locale(), variables));
    }

    /** A template (or a page's part) drawn to a string in {@code lang}, outside any request. */
    public String process(String template, Map<String, Object> variables, Lang lang) {
        return engine.process(template, new org.thymeleaf.context.Context(lang.locale(), variables));
    }

    private static String token() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private record BundleResolver(Messages messages) implements IMessageResolver {
        @Override
        public String getName() {
            return "serambi-messages";
        }

        @Override
        public Integer getOrder() {
            return 0;
        }

        @Override
        public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] params) {
            Lang lang = Lang.fromCode(context.getLocale().getLanguage()).orElse(Lang.ID);
            return messages.find(lang, key).map(m -> messages.get(lang, key, params)).orElse(null);
        }

        @Override
        public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                        Object[] params) {
            return "??" + key + "??";
        }
    }
}
