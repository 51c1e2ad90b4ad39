package id.serambi.quiz.gift;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The HTML a GIFT text may carry, made safe to show: Markdown is rendered with Flexmark (raw HTML
 * allowed, as Moodle's Markdown allows it), and everything goes through jsoup's allow-list cleaner,
 * which keeps text formatting, lists, quotes, code and links (given {@code rel="nofollow"}) and
 * drops the rest: scripts, styles, event handlers, frames, forms, images (a page that works
 * offline loads nothing from elsewhere) and URLs other than http, https and mailto.
 */
final class GiftHtml {
    private static final Safelist ALLOWED = Safelist.basic()
            .addTags("h3", "h4", "h5", "h6", "hr", "table", "thead", "tbody", "tr", "th", "td", "caption")
            .removeProtocols("a", "href", "ftp");
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);
    private static final Parser MARKDOWN;
    private static final HtmlRenderer RENDERER;

    static {
        MutableDataSet options = new MutableDataSet();
        MARKDOWN = Parser.builder(options).build();
        RENDERER = HtmlRenderer.builder(options).build();
    }

    private GiftHtml() {
    }

    /** Only the allowed tags and attributes of {@code html}; the same again when cleaned twice. */
    static String clean(String html) {
        return Jsoup.clean(html, "", ALLOWED, OUTPUT).strip();
    }

    static String markdown(String markdown) {
        return RENDERER.render(MARKDOWN.parse(markdown)).strip();
    }
}
