package id.serambi.course;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LessonMarkdownTest {
    private final LessonMarkdown markdown = new LessonMarkdown(
            Map.of("tip", "Tips", "note", "Catatan", "warning", "Perhatian"), "sudah", "belum");

    private static final LessonMarkdown.Links ALL_LOCAL = (written, image) ->
            new LessonMarkdown.Target.Url(written.endsWith(".md") ? "/modul/m/" + written.replace(".md", "")
                    : image ? "/media/" + written : written);

    private String html(String body) {
        LessonMarkdown.Rendered rendered = markdown.render("x.md", "---\ntitle: x\n---\n" + body, ALL_LOCAL);
        assertEquals(List.of(), rendered.problems());
        return rendered.html();
    }

    @Test
    void front_matter_is_not_rendered_and_headings_lists_and_emphasis_are() {
        String html = html("## Judul\n\n- satu\n- **dua**\n\n1. a\n2. ~~b~~\n");
        assertFalse(html.contains("title: x"), html);
        assertTrue(html.contains("<h2>Judul</h2>"), html);
        assertTrue(html.contains("<li><strong>dua</strong></li>"), html);
        assertTrue(html.contains("<ol>"), html);
        assertTrue(html.contains("<del>b</del>"), html);
    }

    @Test
    void tables_render_with_header_cells() {
        String html = html("| Jenis | Contoh |\n|---|---|\n| Blog | Kompasiana |\n");
        assertTrue(html.contains("<table class=\"table\">"), html);
        assertTrue(html.contains("<th>Jenis</th>"), html);
        assertTrue(html.contains("<td>Kompasiana</td>"), html);
    }

    @Test
    void marked_block_quotes_become_labelled_callouts_and_others_stay_quotes() {
        String html = html("> [!TIP]\n> Balas pesan warga setiap hari.\n\n> [!WARNING]\n> Jangan kirim NIK.\n\n> Kutipan biasa.\n");
        assertTrue(html.contains("<div class=\"callout callout-tip\" role=\"note\">"), html);
        assertTrue(html.contains("<p class=\"callout-label\">Tips</p>"), html);
        assertTrue(html.contains("<p>Balas pesan warga setiap hari.</p>"), html);
        assertTrue(html.contains("callout-warning") && html.contains("Perhatian"), html);
        assertFalse(html.contains("[!TIP]") || html.contains("[!WARNING]"), html);
        assertTrue(html.contains("<blockquote>"), html);
    }

    @Test
    void a_callout_marker_on_the_same_line_as_its_text_keeps_the_text() {
        String html = html("> [!NOTE] Kantor buka pukul 08.00.\n");
        assertTrue(html.contains("callout-note"), html);
        assertTrue(html.contains("Kantor buka pukul 08.00."), html);
    }

    @Test
    void raw_html_is_escaped_and_reported() {
        LessonMarkdown.Rendered rendered = markdown.render("x.md", "Teks <b onclick=\"x()\">tebal</b>\n", ALL_LOCAL);
        assertFalse(rendered.html().contains("<b "), rendered.html());
        assertTrue(rendered.html().contains("&lt;b onclick"), rendered.html());
        assertEquals("content.markdown.html", rendered.problems().get(0).key());
        assertEquals(1, rendered.problems().get(0).line());
    }

    @Test
    void links_and_images_are_rewritten_by_the_resolver() {
        String html = html("[lanjut](02-dua.md) dan ![Bagan](../../images/bagan.svg) dan https://wa.me/6281234567890\n");
        assertTrue(html.contains("href=\"/modul/m/02-dua\""), html);
        assertTrue(html.contains("src=\"/media/../../images/bagan.svg\" alt=\"Bagan\""), html);
        assertTrue(html.contains("<a href=\"https://wa.me/6281234567890\">"), html);
    }

    @Test
    void task_list_checkboxes_are_disabled_and_labelled() {
        String html = html("- [x] Buat akun\n- [ ] Unggah foto profil\n");
        assertTrue(html.contains("<input type=\"checkbox\" checked disabled aria-label=\"sudah\">"), html);
        assertTrue(html.contains("<input type=\"checkbox\" disabled aria-label=\"belum\">"), html);
    }

    @Test
    void a_broken_link_is_reported_on_the_line_where_it_is_written() {
        LessonMarkdown.Rendered rendered = markdown.render("x.md", "---\ntitle: x\n---\nsatu\n\n[rusak](03.md)\n",
                (written, image) -> new LessonMarkdown.Target.Broken("content.link.missing", List.of(written)));
        assertEquals(1, rendered.problems().size());
        assertEquals(6, rendered.problems().get(0).line());
        assertEquals(List.of("03.md"), rendered.problems().get(0).args());
    }
}
