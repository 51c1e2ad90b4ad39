package id.serambi.gates;

import id.serambi.support.Browser.AxeNode;
import id.serambi.support.Browser.AxeViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quality gates' checkers fail on bad input: a gate that cannot fail guards nothing. */
class GateCheckersTest {
    private static final String GOOD_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; frame-ancestors 'none'";

    private static Map<String, List<String>> headers(String... pairs) {
        Map<String, List<String>> headers = new HashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            headers.put(pairs[i], List.of(pairs[i + 1]));
        }
        return headers;
    }

    private static Map<String, List<String>> goodHeadersWith(String csp) {
        return headers("content-security-policy", csp, "x-content-type-options", "nosniff",
                "referrer-policy", "same-origin");
    }

    // ---------------------------------------------------------------- security headers

    @Test
    void the_header_check_passes_a_response_with_every_header() {
        assertEquals(List.of(), SecurityHeaderCheck.problems(goodHeadersWith(GOOD_CSP)));
    }

    @Test
    void the_header_check_fails_a_response_without_a_content_security_policy() {
        List<String> problems = SecurityHeaderCheck.problems(headers("X-Content-Type-Options", "nosniff",
                "Referrer-Policy", "no-referrer"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("no Content-Security-Policy"), problems.toString());
    }

    @Test
    void the_header_check_fails_a_policy_that_allows_inline_scripts() {
        assertFalse(SecurityHeaderCheck.problems(goodHeadersWith(
                "default-src 'self'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'")).isEmpty());
        // Without script-src, default-src decides.
        assertFalse(SecurityHeaderCheck.problems(goodHeadersWith(
                "default-src 'self' 'UNSAFE-INLINE'; frame-ancestors 'none'")).isEmpty());
        // With script-src, a looser default-src does not matter for scripts.
        assertEquals(List.of(), SecurityHeaderCheck.problems(goodHeadersWith(
                "default-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'")));
        // No script-src and no default-src: anything may run.
        assertFalse(SecurityHeaderCheck.problems(goodHeadersWith("img-src 'self'; frame-ancestors 'none'")).isEmpty());
    }

    @Test
    void the_header_check_fails_a_policy_that_allows_framing() {
        assertFalse(SecurityHeaderCheck.problems(goodHeadersWith("default-src 'self'")).isEmpty());
        assertFalse(SecurityHeaderCheck.problems(goodHeadersWith(
                "default-src 'self'; frame-ancestors 'self'")).isEmpty());
    }

    @Test
    void the_header_check_fails_without_nosniff_or_a_referrer_policy() {
        List<String> problems = SecurityHeaderCheck.problems(headers("Content-Security-Policy", GOOD_CSP));
        assertEquals(2, problems.size(), problems.toString());
        assertFalse(SecurityHeaderCheck.problems(headers("Content-Security-Policy", GOOD_CSP,
                "X-Content-Type-Options", "sniff", "Referrer-Policy", "same-origin")).isEmpty());
    }

    // ---------------------------------------------------------------- page weight

    @Test
    void the_weight_check_fails_an_oversized_page_and_names_its_parts() {
        byte[] noise = new byte[40 * 1024];
        new Random(1).nextBytes(noise); // does not compress
        List<PageWeight.Part> parts = List.of(PageWeight.Part.of("/page", noise),
                PageWeight.Part.of("/static/app.css", "body { margin: 0 }".getBytes(StandardCharsets.UTF_8)));
        var why = PageWeight.overBudget(parts, PageWeight.BUDGET);
        assertTrue(why.isPresent());
        assertTrue(why.get().contains("/page") && why.get().contains("/static/app.css"), why.get());
    }

    @Test
    void the_weight_check_counts_bytes_gzipped() {
        byte[] text = "<p>Belajar melayani warga lewat media sosial.</p>\n".repeat(2000)
                .getBytes(StandardCharsets.UTF_8);
        assertTrue(text.length > PageWeight.BUDGET);
        assertTrue(PageWeight.gzipSize(text) < 2048, "repetitive HTML compresses well");
        assertTrue(PageWeight.overBudget(List.of(PageWeight.Part.of("/page", text)), PageWeight.BUDGET).isEmpty());
        assertTrue(PageWeight.overBudget(List.of(PageWeight.Part.of("/page", text)), 100).isPresent());
    }

    // ---------------------------------------------------------------- the HTML checker

    @Test
    void the_html_checker_reports_the_errors_of_a_broken_page_and_passes_a_valid_one(@TempDir Path dir)
            throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.html"), """
                <!DOCTYPE html>
                <html lang="id"><head><title>Rusak</title></head>
                <body><p><div>blok di dalam paragraf</div></p><img src="a.png"></body></html>
                """);
        Path valid = Files.writeString(dir.resolve("valid.html"), """
                <!DOCTYPE html>
                <html lang="id"><head><meta charset="utf-8"><title>Baik</title></head>
                <body><main><h1>Judul</h1><section><p>Tanpa judul bagian: hanya peringatan.</p></section></main></body></html>
                """);
        HtmlChecker.Result result = HtmlChecker.check(List.of(broken, valid));

        assertFalse(result.errors().isEmpty(), "errors expected: " + result);
        assertTrue(result.errors().stream().allMatch(e -> e.file().equals(broken.toAbsolutePath().normalize())),
                result.toString());
        assertTrue(result.errors().stream().anyMatch(e -> e.text().contains("alt")), result.toString());
        List<String> lines = HtmlChecker.describeFailures(result,
                Map.of(broken.toAbsolutePath().normalize(), "[id] halaman rusak"));
        assertTrue(lines.stream().allMatch(l -> l.startsWith("[id] halaman rusak line ")), lines.toString());
        assertTrue(result.messages().stream().anyMatch(m -> !m.isError()), "the warning is kept, not an error");
    }

    @Test
    void the_html_checker_treats_output_it_cannot_read_as_a_failure() {
        HtmlChecker.Result crashed = HtmlChecker.parse(1, "Exception in thread \"main\" java.lang.Error\n");
        assertEquals(List.of(), crashed.errors());
        assertEquals(1, HtmlChecker.describeFailures(crashed, Map.of()).size());

        HtmlChecker.Result parsed = HtmlChecker.parse(1, """
                "file:/tmp/a.html":3.5-3.9: error: Stray end tag “p”.
                "file:/tmp/a.html":4.1-4.7: info warning: Section lacks heading.
                "file:/tmp/a.html": error: Some document-level error.
                """);
        assertEquals(2, parsed.errors().size(), parsed.toString());
        assertEquals("3.5-3.9", parsed.errors().get(0).location());
        assertEquals(Path.of("/tmp/a.html"), parsed.errors().get(0).file());
    }

    // ---------------------------------------------------------------- requests to elsewhere

    @Test
    void the_request_check_flags_every_host_but_the_server() {
        String origin = "http://127.0.0.1:4567";
        List<String> foreign = ForeignRequestCheck.foreign(origin, List.of(
                origin + "/", origin + "/static/app.css?v=1", "data:image/png;base64,AAAA", "blob:" + origin + "/x",
                "https://fonts.googleapis.com/css?family=Roboto", "http://127.0.0.1:9999/", "https://127.0.0.1:4567/",
                "http://localhost:4567/", "chrome://new-tab-page/"));
        assertEquals(List.of("https://fonts.googleapis.com/css?family=Roboto", "http://127.0.0.1:9999/",
                "https://127.0.0.1:4567/", "http://localhost:4567/", "chrome://new-tab-page/"), foreign);
    }

    // ---------------------------------------------------------------- accessibility

    @Test
    void the_accessibility_check_fails_serious_and_critical_findings_only() {
        AxeNode node = new AxeNode(List.of("main > img"), "<img src=x>", "Fix this");
        List<String> problems = AccessibilityCheck.problems(List.of(
                new AxeViolation("image-alt", "critical", "Images must have alternative text", "u1", List.of(node)),
                new AxeViolation("color-contrast", "serious", "Enough contrast", "u2", List.of(node, node, node, node)),
                new AxeViolation("region", "moderate", "Content in landmarks", "u3", List.of(node)),
                new AxeViolation("minor-rule", "minor", "Minor", "u4", List.of(node))));
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("image-alt (critical, 1 element): Images must have alternative text"),
                problems.get(0));
        assertTrue(problems.get(1).contains("main > img") && problems.get(1).contains("…"), problems.get(1));
    }

    // ---------------------------------------------------------------- reading pages

    @Test
    void the_link_reader_finds_links_and_files_as_absolute_urls_without_fragments() {
        String html = """
                <link rel="stylesheet" href="/static/app.css?v=1&amp;x=2"><link rel="icon" href='/static/favicon.svg'>
                <script src=/static/app.js defer></script>
                <a href="/modul/a#selesai">A</a> <a href="b">B</a> <a href="#isi">skip</a>
                <a href="mailto:lurah@example.org">mail</a> <A HREF="https://example.org/x">out</A>
                <a href="/bahasa/en?ke=/modul/a">English</a>
                <img alt="" src="../media/images/x.svg" srcset="/media/a.png 1x, /media/b.png 2x">
                """;
        PageLinks.Refs refs = PageLinks.of("http://127.0.0.1:1/modul/a", html);
        assertEquals(List.of("http://127.0.0.1:1/modul/a", "http://127.0.0.1:1/modul/b", "https://example.org/x",
                "http://127.0.0.1:1/bahasa/en?ke=/modul/a"), refs.anchors());
        assertEquals(List.of("http://127.0.0.1:1/static/app.css?v=1&x=2"), refs.styles());
        assertEquals(List.of("http://127.0.0.1:1/static/app.js"), refs.scripts());
        assertEquals(List.of("http://127.0.0.1:1/static/favicon.svg", "http://127.0.0.1:1/media/images/x.svg",
                "http://127.0.0.1:1/media/a.png", "http://127.0.0.1:1/media/b.png"), refs.others());
        assertTrue(PageLinks.sameOrigin("http://127.0.0.1:1", "http://127.0.0.1:1/x"));
        assertFalse(PageLinks.sameOrigin("http://127.0.0.1:1", "https://example.org/x"));
        assertEquals("/bahasa/en?ke=/modul/a", PageLinks.pathAndQuery("http://127.0.0.1:1/bahasa/en?ke=/modul/a"));
    }

    @Test
    void the_css_reader_finds_the_files_a_style_sheet_loads() {
        List<String> urls = PageLinks.ofCss("http://127.0.0.1:1/static/app.css", """
                /* url(/not/this.png) */
                @import "print.css";
                .a { background: url(/static/a.svg) } .b { background: url('b.png') }
                .c { background: url("data:image/png;base64,AA") }
                @font-face { src: url(https://fonts.example.org/x.woff2) }
                """);
        assertEquals(List.of("http://127.0.0.1:1/static/print.css", "http://127.0.0.1:1/static/a.svg",
                "http://127.0.0.1:1/static/b.png", "https://fonts.example.org/x.woff2"), urls);
    }
}
