package id.serambi.chat.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** WhatsApp formatting as HTML: escaped first, so typed markup is only ever text. */
class ChatFormatTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            *tebal*                    | <strong>tebal</strong>
            _miring_                   | <em>miring</em>
            ~coret~                    | <s>coret</s>
            ```kode```                 | <code>kode</code>
            Ketik *Menu* untuk mulai.  | Ketik <strong>Menu</strong> untuk mulai.
            *_tebal miring_*           | <strong><em>tebal miring</em></strong>
            _*miring tebal*_           | <em><strong>miring tebal</strong></em>
            *a _b* c_                  | <strong>a _b</strong> c_
            2*3*4                      | 2*3*4
            nama_file_baru             | nama_file_baru
            * bukan tebal *            | * bukan tebal *
            **                         | **
            *satu* dan *dua*           | <strong>satu</strong> dan <strong>dua</strong>
            ```*tidak* _diubah_```     | <code>*tidak* _diubah_</code>
            (*dalam kurung*)           | (<strong>dalam kurung</strong>)
            """)
    void whatsapp_markers_become_tags_only_where_whatsapp_reads_them(String text, String html) {
        assertEquals(html, ChatFormat.html(text));
    }

    @Test
    void links_are_clickable_open_elsewhere_and_leave_sentence_punctuation_out() {
        assertEquals("Isi formulir: <a href=\"https://docs.google.com/forms/d/e/X/viewform\" rel=\"noopener noreferrer\""
                        + " target=\"_blank\">https://docs.google.com/forms/d/e/X/viewform</a>.",
                ChatFormat.html("Isi formulir: https://docs.google.com/forms/d/e/X/viewform."));
        assertEquals("<a href=\"https://instagram.com/kelurahan.madatte\" rel=\"noopener noreferrer\" target=\"_blank\">"
                        + "https://instagram.com/kelurahan.madatte</a>",
                ChatFormat.html("https://instagram.com/kelurahan.madatte"));
        assertEquals("<a href=\"http://a.id/x?a=1&amp;b=2\" rel=\"noopener noreferrer\" target=\"_blank\">"
                        + "http://a.id/x?a=1&amp;b=2</a>",
                ChatFormat.html("http://a.id/x?a=1&b=2"), "an & stays part of the link, escaped");
        assertEquals("<a href=\"https://a.id/nama_file_baru\" rel=\"noopener noreferrer\" target=\"_blank\">"
                        + "https://a.id/nama_file_baru</a>",
                ChatFormat.html("https://a.id/nama_file_baru"), "underscores in a link are not italics");
    }

    @Test
    void only_http_and_https_become_links() {
        assertEquals("javascript:alert(1)", ChatFormat.html("javascript:alert(1)"));
        assertEquals("ftp://a.id/x", ChatFormat.html("ftp://a.id/x"));
        assertEquals("xhttps://a.id", ChatFormat.html("xhttps://a.id"));
    }

    @Test
    void a_script_tag_stays_text() {
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", ChatFormat.html("<script>alert(1)</script>"));
    }

    @Test
    void an_attribute_breaking_image_stays_text() {
        String html = ChatFormat.html("\"><img src=x onerror=alert(1)>");
        assertEquals("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;", html);
        assertFalse(html.contains("<img"));
    }

    @Test
    void a_link_cannot_carry_markup_or_quotes_into_its_attribute() {
        String html = ChatFormat.html("https://a.id/\"onmouseover=\"alert(1)<script>");
        assertEquals("<a href=\"https://a.id/\" rel=\"noopener noreferrer\" target=\"_blank\">https://a.id/</a>"
                + "&quot;onmouseover=&quot;alert(1)&lt;script&gt;", html);
        String quoted = ChatFormat.html("https://a.id/'x");
        assertEquals("<a href=\"https://a.id/\" rel=\"noopener noreferrer\" target=\"_blank\">https://a.id/</a>"
                + "&#39;x", quoted);
    }

    @Test
    void formatting_around_escaped_text_keeps_it_escaped() {
        assertEquals("<strong>&lt;b&gt;tebal&lt;/b&gt;</strong> &amp; <em>&lt;i&gt;</em>",
                ChatFormat.html("*<b>tebal</b>* & _<i>_"));
    }

    @Test
    void line_breaks_are_kept_and_markers_do_not_span_lines() {
        assertEquals("<strong>Alamat</strong>\nJalan Mr. Muh. Yamin\n*tidak\nditutup*",
                ChatFormat.html("*Alamat*\nJalan Mr. Muh. Yamin\n*tidak\nditutup*"));
        assertEquals("", ChatFormat.html(""));
        assertEquals("", ChatFormat.html(null));
    }
}
