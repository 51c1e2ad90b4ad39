package id.serambi.inbox.model;

import id.serambi.content.Text;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MarkedTextTest {

    private static Mark mark(String id, String text, String quote) {
        return new Mark(id, Place.TEXT, quote, text.indexOf(quote), true, Text.of("a", "a"), Optional.empty());
    }

    private static String html(String text, Mark... marks) {
        return MarkedText.html(text, List.of(marks), m -> "<span class=\"ib-mark\" data-mark=\"" + m.id() + "\">");
    }

    @Test
    void whatsapp_formatting_is_kept_and_a_span_inside_it_nests() {
        String text = "Kirim *kode OTP* sekarang";
        assertEquals("Kirim <strong><span class=\"ib-mark\" data-mark=\"a\">kode OTP</span></strong> sekarang",
                html(text, mark("a", text, "kode OTP")));
    }

    @Test
    void a_span_crossing_a_bold_run_is_closed_and_reopened() {
        String text = "*Selamat Anda* menang";
        assertEquals("<strong>Selamat <span class=\"ib-mark\" data-mark=\"a\">Anda</span></strong>"
                        + "<span class=\"ib-mark\" data-mark=\"a\"> menang</span>",
                html(text, mark("a", text, "Anda* menang")));
    }

    @Test
    void links_are_text_and_markup_is_escaped() {
        String text = "Buka https://contoh.info/a <script>x</script>";
        assertEquals("Buka <span class=\"wa-url\">https://contoh.info/a</span> &lt;script&gt;x&lt;/script&gt;",
                html(text));
    }

    @Test
    void two_spans_in_one_line() {
        String text = "_Sebarkan_ ke 10 grup, dari dokter";
        assertEquals("<em><span class=\"ib-mark\" data-mark=\"a\">Sebarkan</span></em> ke 10 grup, dari "
                + "<span class=\"ib-mark\" data-mark=\"b\">dokter</span>",
                html(text, mark("b", text, "dokter"), mark("a", text, "Sebarkan")));
    }
}
