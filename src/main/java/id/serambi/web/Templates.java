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

import java.util.Map;

/** Thymeleaf over {@code templates/*.html}, with text from the product's message bundles. */
public final class Templates implements FileRenderer {
    private final TemplateEngine engine = new TemplateEngine();

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
        Lang lang = Visitor.of(ctx).lang();
        @SuppressWarnings("unchecked")
        Map<String, Object> variables = (Map<String, Object>) model;
        return engine.process(template, new org.thymeleaf.context.Context(lang.locale(), variables));
    }

    /** A template (or a page's part) drawn to a string in {@code lang}, outside any request. */
    public String process(String template, Map<String, Object> variables, Lang lang) {
        return engine.process(template, new org.thymeleaf.context.Context(lang.locale(), variables));
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
