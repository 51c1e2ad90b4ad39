package id.serambi.gates;

import id.serambi.gates.GatePages.GatePage;
import id.serambi.support.Browser;
import id.serambi.support.Http;
import id.serambi.support.TestApp;
import id.serambi.support.TestTools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Dimension;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The quality gates, over every page a visitor can reach from the home page by following links, in
 * both languages, plus the pages registered in {@link GatePages}. A page that a feature adds is
 * covered as soon as a link leads to it. Each test is one gate; its failure names each page and
 * what is wrong. The pages' HTML goes to {@code target/quality-gates/html/}, the full axe-core
 * findings (all impacts) to {@code target/quality-gates/axe.txt}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QualityGatesTest {
    private static final List<String> LANGUAGES = List.of("id", "en");
    private static final String LANG_COOKIE = "serambi_bahasa";
    private static final Map<String, Dimension> SIZES = sizes();

    /** A page checked by the gates, and the visitor (cookies) that saw it. */
    record Page(String label, String kind, String path, Http visitor, HttpResponse<?> response, byte[] body,
                String html, PageLinks.Refs refs, boolean openInBrowser) {
    }

    /** A response whose headers the header gate checks. */
    record Checked(String label, HttpResponse<?> response) {
    }

    private TestApp app;
    private String origin;
    private Path out;
    private final List<Page> pages = new ArrayList<>();
    private final List<Checked> responses = new ArrayList<>();
    private final List<String> linkProblems = new ArrayList<>();
    private final List<String> languageLinkProblems = new ArrayList<>();
    private final List<String> foreignReferences = new ArrayList<>();
    private final Map<String, HttpResponse<byte[]>> files = new LinkedHashMap<>();
    private final Set<String> languageLinks = new TreeSet<>();
    private final Set<String> crawled = new HashSet<>();
    private BrowserFindings browserFindings;

    @BeforeAll
    void visitEveryPage() throws IOException {
        out = TestTools.projectRoot().resolve("target/quality-gates");
        deleteTree(out);
        Files.createDirectories(out.resolve("html"));
        app = TestApp.start();
        origin = app.url("");

        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            counts.put(lang, crawl(lang));
        }
        int registered = 0;
        for (String lang : LANGUAGES) {
            for (GatePage gatePage : GatePages.all()) {
                Http visitor = visitor(lang);
                gatePage.setup().accept(visitor);
                String path = gatePage.where(visitor);
                String label = "[" + lang + "] " + gatePage.name() + " (" + gatePage.path() + ")";
                HttpResponse<byte[]> response = visitor.getBytes(path);
                if (response.statusCode() != gatePage.expectedStatus()) {
                    linkProblems.add(label + " answered " + response.statusCode() + ", expected "
                            + gatePage.expectedStatus());
                }
                Page page = addPage(label, "registered", path, visitor, response, response.body(), true);
                registered++;
                checkLinksOf(page);
            }
        }
        otherResponses();
        fetchFilesOfPages();
        checkLanguageLinks();

        System.out.printf("Quality gates: %d pages checked (id: %d, en: %d, registered: %d); also %d page(s) only"
                        + " a form post shows (HTML, weight, headers) and %d responses' headers in all%n",
                counts.values().stream().mapToInt(Integer::intValue).sum() + registered,
                counts.get("id"), counts.get("en"), registered,
                pages.stream().filter(p -> !p.openInBrowser()).count(), responses.size());
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    // ---------------------------------------------------------------- the gates

    @Test
    void every_link_leads_to_a_page_and_registered_pages_answer_as_expected() {
        report("links", linkProblems);
    }

    @Test
    void language_links_return_to_a_local_page() {
        if (languageLinks.isEmpty()) {
            languageLinkProblems.add("no /bahasa/ link found on any page");
        }
        report("language links", languageLinkProblems);
    }

    @Test
    void every_page_is_valid_html() throws IOException {
        Map<Path, String> labels = new LinkedHashMap<>();
        int n = 0;
        for (Page page : pages) {
            Path file = out.resolve("html").resolve(String.format(Locale.ROOT, "%03d-%s.html", ++n, slug(page)));
            Files.writeString(file, page.html(), StandardCharsets.UTF_8);
            labels.put(file.toAbsolutePath().normalize(), page.label());
        }
        HtmlChecker.Result result = HtmlChecker.check(new ArrayList<>(labels.keySet()));
        report("valid HTML (W3C Nu checker; pages saved in " + out.resolve("html") + ")",
                HtmlChecker.describeFailures(result, labels));
    }

    @Test
    void no_page_has_a_serious_or_critical_accessibility_violation_on_desktop_or_phone() {
        report("accessibility (axe-core, serious and critical; every finding in " + out.resolve("axe.txt") + ")",
                browserFindings().axeProblems());
    }

    @Test
    void no_page_scrolls_sideways_on_desktop_or_phone() {
        report("no page wider than the screen (a table or chart may scroll in its own box)",
                browserFindings().sideways());
    }

    @Test
    void no_page_requests_anything_from_another_host() {
        List<String> problems = new ArrayList<>(foreignReferences);
        problems.addAll(browserFindings().foreignRequests());
        report("no request to another host", problems);
    }

    @Test
    void every_page_with_its_css_and_scripts_fits_30_kb_gzipped() {
        List<String> problems = new ArrayList<>();
        for (Page page : pages) {
            List<PageWeight.Part> parts = new ArrayList<>();
            parts.add(PageWeight.Part.of(page.path(), page.body()));
            List<String> code = new ArrayList<>(page.refs().styles());
            code.addAll(page.refs().scripts());
            for (String url : code) {
                HttpResponse<byte[]> file = files.get(url);
                if (file != null) {
                    parts.add(PageWeight.Part.of(PageLinks.pathAndQuery(url), file.body()));
                }
            }
            PageWeight.overBudget(parts, PageWeight.BUDGET).ifPresent(why -> problems.add(page.label() + ": " + why));
        }
        report("page weight (HTML + CSS + JS, gzipped, <= " + PageWeight.BUDGET + " bytes)", problems);
    }

    @Test
    void every_response_carries_the_security_headers() {
        List<String> problems = new ArrayList<>();
        for (Checked checked : responses) {
            for (String problem : SecurityHeaderCheck.problems(checked.response().headers().map())) {
                problems.add(checked.label() + " [" + checked.response().statusCode() + "]: " + problem);
            }
        }
        report("security headers", problems);
    }

    // ---------------------------------------------------------------- crawling

    /** Follows every same-origin link from the home page; returns the number of pages seen. */
    private int crawl(String lang) {
        Http visitor = visitor(lang);
        Map<String, String> linkedFrom = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        linkedFrom.put("/", "(start)");
        int count = 0;
        while (!queue.isEmpty()) {
            String path = queue.poll();
            crawled.add(path);
            String label = "[" + lang + "] " + path;
            HttpResponse<byte[]> response = visitor.getBytes(path);
            int status = response.statusCode();
            if (status >= 300 && status < 400) {
                // A link may lead through a redirect, as long as it stays on this site.
                responses.add(new Checked(label, response));
                String location = response.headers().firstValue("Location").orElse("");
                String next = location.isEmpty() ? null : URI.create(app.url(path)).resolve(location).toString();
                if (next == null || !PageLinks.sameOrigin(origin, next)) {
                    linkProblems.add(label + " redirects to " + location + ", not to a page of this site");
                } else if (!linkedFrom.containsKey(PageLinks.pathAndQuery(next))) {
                    linkedFrom.put(PageLinks.pathAndQuery(next), path);
                    queue.add(PageLinks.pathAndQuery(next));
                }
                continue;
            }
            if (status != 200) {
                linkProblems.add(label + " answered " + status + " (linked from " + linkedFrom.get(path) + ")");
            }
            if (!isHtml(response)) {
                responses.add(new Checked(label, response));
                files.put(app.url(path), response);
                continue;
            }
            Page page = addPage(label, lang, path, visitor, response, response.body(), true);
            count++;
            for (String link : page.refs().anchors()) {
                if (!link.startsWith("http:") && !link.startsWith("https:")) {
                    continue;
                }
                if (!PageLinks.sameOrigin(origin, link)) {
                    continue; // a link to elsewhere is the reader's choice, not a load
                }
                String target = PageLinks.pathAndQuery(link);
                if (target.startsWith("/bahasa/")) {
                    languageLinks.add(target);
                } else if (!linkedFrom.containsKey(target)) {
                    linkedFrom.put(target, path);
                    queue.add(target);
                }
            }
        }
        return count;
    }

    /** The links of a registered page that the crawl did not follow must lead somewhere too. */
    private void checkLinksOf(Page page) {
        for (String link : page.refs().anchors()) {
            if (!PageLinks.sameOrigin(origin, link)) {
                continue;
            }
            String target = PageLinks.pathAndQuery(link);
            if (target.startsWith("/bahasa/")) {
                languageLinks.add(target);
            } else if (crawled.add(target)) {
                int status = page.visitor().getBytes(target).statusCode();
                if (status != 200) {
                    linkProblems.add(target + " answered " + status + " (linked from " + page.label() + ")");
                }
            }
        }
    }

    private Page addPage(String label, String kind, String path, Http visitor, HttpResponse<?> response, byte[] body,
                         boolean openInBrowser) {
        String html = new String(body, StandardCharsets.UTF_8);
        Page page = new Page(label, kind, path, visitor, response, body, html, PageLinks.of(app.url(path), html),
                openInBrowser);
        pages.add(page);
        responses.add(new Checked(label, response));
        return page;
    }

    /** Responses no link leads to: health, form posts (accepted and refused), a missing file. */
    private void otherResponses() {
        Http visitor = visitor("id");
        responses.add(new Checked("/health", visitor.get("/health")));
        String lesson = GatePages.LESSONS.get(0);
        responses.add(new Checked("POST " + lesson + "/selesai (303)",
                visitor.submit(lesson, lesson + "/selesai", Map.of("done", "1"))));
        HttpResponse<String> refused = visitor.post(lesson + "/selesai", Map.of("done", "1", "_csrf", "salah"));
        responses.add(new Checked("POST " + lesson + "/selesai without a valid form token", refused));
        if (refused.statusCode() != 403) {
            linkProblems.add("a form post without a valid token answered " + refused.statusCode() + ", not 403");
        }
        // The refused post's page cannot be opened by a browser with GET, but its HTML is checked.
        addPage("[id] 403 page for a form post without a valid token", "other", lesson + "/selesai", visitor,
                refused, refused.body().getBytes(StandardCharsets.UTF_8), false);
        // The designer's refused save (422) is a page only a form post shows: its HTML is checked here.
        GatePages.designer().accept(visitor);
        String design = GatePages.designed(visitor);
        HttpResponse<String> unsaved = visitor.submit(design, design + "/pilihan",
                Map.of("simpul", "1", "label", "", "shortcut", "alamat", "text", "<script>alert(1)</script>"));
        responses.add(new Checked("POST " + design + "/pilihan refused (422)", unsaved));
        if (unsaved.statusCode() != 422) {
            linkProblems.add("a designer save with an empty label answered " + unsaved.statusCode() + ", not 422");
        }
        addPage("[id] designer edit page after a refused save", "other", design, visitor, unsaved,
                unsaved.body().getBytes(StandardCharsets.UTF_8), false);
        responses.add(new Checked("/static/tidak-ada.css (missing file)", visitor.get("/static/tidak-ada.css")));
        responses.add(new Checked("/media/images/tidak-ada.svg (missing image)",
                visitor.get("/media/images/tidak-ada.svg")));
    }

    /** Fetches once every file the pages load (style sheets, scripts, icons, images) and what the CSS loads. */
    private void fetchFilesOfPages() {
        Http visitor = visitor("id");
        Deque<String> queue = new ArrayDeque<>();
        Map<String, String> firstSeenOn = new LinkedHashMap<>();
        for (Page page : pages) {
            for (String url : page.refs().loads()) {
                if (!PageLinks.sameOrigin(origin, url)) {
                    foreignReferences.add(page.label() + " refers to " + url);
                } else if (!firstSeenOn.containsKey(url) && !files.containsKey(url)) {
                    firstSeenOn.put(url, page.label());
                    queue.add(url);
                }
            }
        }
        while (!queue.isEmpty()) {
            String url = queue.poll();
            String path = PageLinks.pathAndQuery(url);
            HttpResponse<byte[]> response = visitor.getBytes(path);
            files.put(url, response);
            responses.add(new Checked(path, response));
            if (response.statusCode() != 200) {
                linkProblems.add(path + " answered " + response.statusCode() + " (loaded by "
                        + firstSeenOn.get(url) + ")");
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (type.startsWith("text/css")) {
                for (String ref : PageLinks.ofCss(url, new String(response.body(), StandardCharsets.UTF_8))) {
                    if (!PageLinks.sameOrigin(origin, ref)) {
                        foreignReferences.add(path + " refers to " + ref);
                    } else if (!firstSeenOn.containsKey(ref) && !files.containsKey(ref)) {
                        firstSeenOn.put(ref, path);
                        queue.add(ref);
                    }
                }
            }
        }
    }

    /** Each language link (once): 303 to a local path, the page it was clicked on. */
    private void checkLanguageLinks() {
        for (String link : languageLinks) {
            HttpResponse<String> response = app.http().get(link);
            responses.add(new Checked(link, response));
            String location = response.headers().firstValue("Location").orElse(null);
            String back = queryParam(link, "ke");
            if (response.statusCode() != 303) {
                languageLinkProblems.add(link + " answered " + response.statusCode() + ", not 303");
            } else if (location == null || !location.startsWith("/") || location.startsWith("//")
                    || location.contains("\\")) {
                languageLinkProblems.add(link + " redirects to " + location + ", not to a local path");
            } else if (back != null && !location.equals(back)) {
                languageLinkProblems.add(link + " redirects to " + location + ", not back to " + back);
            }
        }
    }

    // ---------------------------------------------------------------- the browser

    /**
     * What Chromium found on each page, at each size: axe-core problems, requests to elsewhere, and
     * pages wider than the screen.
     */
    record BrowserFindings(List<String> axeProblems, List<String> foreignRequests, List<String> sideways) {
    }

    private synchronized BrowserFindings browserFindings() {
        if (browserFindings != null) {
            return browserFindings;
        }
        List<String> axeProblems = new ArrayList<>();
        List<String> foreign = new ArrayList<>();
        List<String> sideways = new ArrayList<>();
        StringBuilder axeReport = new StringBuilder();
        try (Browser browser = Browser.start()) {
            browser.requests();
            for (Map.Entry<String, Dimension> size : SIZES.entrySet()) {
                browser.size(size.getValue());
                for (Page page : pages) {
                    if (!page.openInBrowser()) {
                        continue;
                    }
                    String where = page.label() + " @ " + size.getKey();
                    browser.clearCookies();
                    for (String name : GatePages.VISITOR_COOKIES) {
                        String value = page.visitor().cookie(name);
                        if (value != null) {
                            browser.setCookie(origin, name, value);
                        }
                    }
                    browser.requests();
                    String url = app.url(page.path());
                    browser.open(url);
                    String opened = browser.driver().getCurrentUrl();
                    if (opened == null || !opened.startsWith(url)) {
                        axeProblems.add(where + ": the browser did not open the page, it shows " + opened);
                        continue;
                    }
                    long wide = ((Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                            .executeScript("return document.documentElement.scrollWidth;")).longValue();
                    if (wide > browser.viewport().getWidth()) {
                        sideways.add(where + ": the page is " + wide + " px wide");
                    }
                    List<Browser.AxeViolation> violations = browser.axe();
                    List<String> requested = browser.requests();
                    if (!requested.contains(url)) {
                        // The gate must see the page's own request, or it could not see any other.
                        foreign.add(where + ": the performance log does not show the page's own request " + url
                                + ", only " + requested);
                    }
                    ForeignRequestCheck.foreign(origin, requested)
                            .forEach(u -> foreign.add(where + " requested " + u));
                    AccessibilityCheck.problems(violations).forEach(p -> axeProblems.add(where + ": " + p));
                    for (Browser.AxeViolation v : violations) {
                        axeReport.append(where).append(": ").append(v.impact()).append(' ').append(v.id())
                                .append(": ").append(v.help()).append(' ')
                                .append(v.nodes().stream().map(n -> String.join(" ", n.target())).toList())
                                .append('\n');
                    }
                }
            }
        }
        try {
            Files.writeString(out.resolve("axe.txt"), axeReport.length() == 0 ? "no findings\n" : axeReport);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        browserFindings = new BrowserFindings(axeProblems, foreign, sideways);
        return browserFindings;
    }

    // ---------------------------------------------------------------- helpers

    private Http visitor(String lang) {
        Http http = app.http();
        http.setCookie(LANG_COOKIE, lang);
        return http;
    }

    private static void report(String gate, List<String> problems) {
        if (!problems.isEmpty()) {
            Set<String> unique = new LinkedHashSet<>(problems);
            fail("Quality gate '" + gate + "' failed on " + unique.size() + " count(s):\n  - "
                    + String.join("\n  - ", unique));
        }
    }

    private static boolean isHtml(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
    }

    private static String slug(Page page) {
        String s = page.label().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.length() > 80 ? s.substring(0, 80) : s;
    }

    private static String queryParam(String pathAndQuery, String name) {
        String query = URI.create(pathAndQuery).getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static Map<String, Dimension> sizes() {
        Map<String, Dimension> sizes = new LinkedHashMap<>();
        sizes.put("desktop 1280x800", Browser.DESKTOP);
        sizes.put("phone 390x844", Browser.PHONE);
        return sizes;
    }

    private static void deleteTree(Path dir) {
        id.serambi.support.TempFiles.delete(dir);
    }

}
