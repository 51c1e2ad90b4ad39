package id.serambi.course;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import id.serambi.content.Problem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a lesson's Markdown into HTML: raw HTML is escaped, links to other lessons and images are
 * rewritten to site URLs, and {@code > [!TIP]}-style block quotes become callouts.
 */
public final class LessonMarkdown {

    /** Where a link in a lesson points, as the site should serve it, or why it cannot. */
    public sealed interface Target permits Target.Url, Target.Broken {
        record Url(String url) implements Target {
        }

        record Broken(String key, List<Object> args) implements Target {
        }
    }

    /** Resolves the URL written in a lesson ({@code image} for images) to a site URL. */
    @FunctionalInterface
    public interface Links {
        Target resolve(String written, boolean image);
    }

    public record Rendered(String html, List<Problem> problems) {
    }

    static final Set<String> CALLOUT_KINDS = Set.of("tip", "note", "warning");
    private static final DataKey<Map<String, String>> URLS = new DataKey<>("SERAMBI_URLS", Map.of());

    private final Parser parser;
    private final HtmlRenderer renderer;

    /** @param labels the visible label of each callout kind ({@code tip}, {@code note}, {@code warning}) */
    public LessonMarkdown(Map<String, String> labels, String doneLabel, String notDoneLabel) {
        MutableDataSet options = new MutableDataSet();
        List<Extension> extensions = List.of(YamlFrontMatterExtension.create(), TablesExtension.create(),
                AutolinkExtension.create(), StrikethroughExtension.create(), TaskListExtension.create());
        options.set(Parser.EXTENSIONS, extensions);
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(TablesExtension.CLASS_NAME, "table");
        options.set(TaskListExtension.ITEM_DONE_MARKER,
                "<input type=\"checkbox\" checked disabled aria-label=\"" + doneLabel + "\"> ");
        options.set(TaskListExtension.ITEM_NOT_DONE_MARKER,
                "<input type=\"checkbox\" disabled aria-label=\"" + notDoneLabel + "\"> ");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options)
                .linkResolverFactory(new UrlMapResolverFactory())
                .nodeRendererFactory(o -> new CalloutRenderer(Map.copyOf(labels)))
                .build();
    }

    /** Renders a whole lesson file (front matter is skipped); problems carry file lines. */
    public Rendered render(String path, String markdown, Links links) {
        Document document = parser.parse(markdown);
        List<Problem> problems = new ArrayList<>();
        Map<String, String> urls = new HashMap<>();
        check(document, path, links, problems, urls);
        makeCallouts(document);
        document.set(URLS, urls);
        return new Rendered(renderer.render(document), problems);
    }

    private static void check(Node node, String path, Links links, List<Problem> problems, Map<String, String> urls) {
        for (Node child : node.getChildren()) {
            int line = child.getStartLineNumber() + 1;
            if (child instanceof HtmlBlockBase || child instanceof HtmlInlineBase) {
                problems.add(Problem.at(path, line, "content.markdown.html"));
            } else if (child instanceof Image image) {
                if (image.getText().isBlank()) {
                    problems.add(Problem.at(path, line, "content.image.alt", image.getUrl().toString()));
                }
                resolve(image.getUrl().toString(), true, path, line, links, problems, urls);
            } else if (child instanceof Link link) {
                resolve(link.getUrl().toString(), false, path, line, links, problems, urls);
            }
            check(child, path, links, problems, urls);
        }
    }

    private static void resolve(String written, boolean image, String path, int line, Links links,
                                List<Problem> problems, Map<String, String> urls) {
        Target target = links.resolve(written, image);
        if (target instanceof Target.Url url) {
            urls.put(written, url.url());
        } else if (target instanceof Target.Broken broken) {
            problems.add(new Problem(path, line, broken.key(), broken.args()));
        }
    }

    /** Replaces each block quote that starts with {@code [!TIP]}, {@code [!NOTE]} or {@code [!WARNING]}. */
    private static void makeCallouts(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            if (child instanceof BlockQuote quote) {
                String kind = calloutKind(quote);
                if (kind != null) {
                    Callout callout = new Callout(kind);
                    quote.insertBefore(callout);
                    quote.unlink();
                    Node inner = quote.getFirstChild();
                    while (inner != null) {
                        Node following = inner.getNext();
                        callout.appendChild(inner);
                        inner = following;
                    }
                    makeCallouts(callout);
                } else {
                    makeCallouts(quote);
                }
            } else {
                makeCallouts(child);
            }
            child = next;
        }
    }

    /**
     * The callout kind a block quote is marked with, removing the marker. Flexmark reads
     * {@code [!TIP]} as a reference link (or as text when escaped), so the marker is matched on
     * the paragraph's characters and its nodes are removed.
     */
    private static String calloutKind(BlockQuote quote) {
        if (!(quote.getFirstChild() instanceof Paragraph paragraph) || paragraph.getFirstChild() == null) {
            return null;
        }
        String value = paragraph.getChars().toString();
        for (String kind : CALLOUT_KINDS) {
            String marker = "[!" + kind.toUpperCase(Locale.ROOT) + "]";
            if (value.startsWith(marker)) {
                removeMarker(paragraph, marker.length());
                return kind;
            }
        }
        return null;
    }

    private static void removeMarker(Paragraph paragraph, int length) {
        int markerEnd = paragraph.getChars().getStartOffset() + length;
        Node node = paragraph.getFirstChild();
        while (node != null && node.getChars().getEndOffset() <= markerEnd) {
            Node next = node.getNext();
            node.unlink();
            node = next;
        }
        if (node instanceof Text text && text.getChars().getStartOffset() < markerEnd) {
            text.setChars(text.getChars().subSequence(markerEnd - text.getChars().getStartOffset()));
        }
        node = paragraph.getFirstChild();
        if (node instanceof Text text && text.getChars().isBlank()) {
            node = text.getNext();
            text.unlink();
        } else if (node instanceof Text text) {
            text.setChars(text.getChars().trimStart());
        }
        if (node instanceof SoftLineBreak) {
            node.unlink();
        }
        if (!paragraph.hasChildren()) {
            paragraph.unlink();
        }
    }

    /** A tip, note or warning box. */
    static final class Callout extends Block {
        final String kind;

        Callout(String kind) {
            this.kind = kind;
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    private record CalloutRenderer(Map<String, String> labels) implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Callout.class, this::render));
        }

        private void render(Callout node, NodeRendererContext context, HtmlWriter html) {
            html.line();
            html.attr("class", "callout callout-" + node.kind).attr("role", "note").withAttr().tag("div").line();
            html.attr("class", "callout-label").withAttr().tag("p");
            html.text(labels.getOrDefault(node.kind, node.kind));
            html.tag("/p").line();
            context.renderChildren(node);
            html.tag("/div").line();
        }
    }

    private static final class UrlMapResolverFactory extends IndependentLinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            Map<String, String> urls = URLS.get(context.getDocument());
            return (node, ctx, link) -> {
                String mapped = urls.get(link.getUrl());
                return mapped == null ? link : link.withUrl(mapped).withStatus(LinkStatus.VALID);
            };
        }
    }
}
