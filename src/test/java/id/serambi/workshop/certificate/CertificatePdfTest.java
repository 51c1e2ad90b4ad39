package id.serambi.workshop.certificate;

import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Certificates drawn as PDF, read back with PDFBox's text extraction. */
class CertificatePdfTest {
    private final CertificatePdf pdf = new CertificatePdf(new Messages());

    private static Certificate siti(String name) {
        return new Certificate(name, "Pelatihan Media Sosial", "Madatte", "Aula kelurahan", LocalDate.of(2026, 3, 2),
                "bu.rina", "ACDE-FGHJ", "http://192.168.43.1:7070/sertifikat/ACDE-FGHJ");
    }

    /** The text of every page, one string per page. */
    static List<String> pages(byte[] bytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new java.util.ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc));
            }
            return pages;
        }
    }

    @Test
    void an_indonesian_certificate_names_the_person_the_workshop_its_place_and_its_long_date() throws IOException {
        byte[] bytes = pdf.render(List.of(siti("Siti Rahma")), Lang.ID);
        String text = pages(bytes).get(0);
        assertTrue(text.contains("Sertifikat Keikutsertaan"), text);
        assertTrue(text.contains("Siti Rahma"), text);
        assertTrue(text.contains("Pelatihan Media Sosial"), text);
        assertTrue(text.contains("Kelurahan Madatte · Aula kelurahan"), text);
        assertTrue(text.contains("2 Maret 2026"), text);
    }

    @Test
    void a_certificate_carries_its_trainer_under_a_signature_line_and_a_number_to_check() throws IOException {
        String text = pages(pdf.render(List.of(siti("Siti Rahma")), Lang.ID)).get(0);
        assertTrue(text.contains("bu.rina") && text.contains("Pelatih"), text);
        assertTrue(text.contains("Nomor sertifikat ACDE-FGHJ"), text);
        assertTrue(text.contains("http://192.168.43.1:7070/sertifikat/ACDE-FGHJ"), text);
    }

    @Test
    void the_page_is_a4_landscape() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.render(List.of(siti("Siti")), Lang.ID))) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            // A4 is 210 x 297 mm = 595 x 842 points; landscape puts the long side across
            assertEquals(842, box.getWidth(), 1);
            assertEquals(595, box.getHeight(), 1);
        }
    }

    @Test
    void an_english_visitor_gets_the_certificate_in_english() throws IOException {
        String text = pages(pdf.render(List.of(siti("Siti")), Lang.EN)).get(0);
        assertTrue(text.contains("Certificate of Participation"), text);
        assertTrue(text.contains("2 March 2026"), text);
        assertFalse(text.contains("Sertifikat Keikutsertaan"), text);
    }

    @Test
    void accented_and_arabic_names_print_with_the_embedded_font() throws IOException {
        String text = pages(pdf.render(List.of(siti("José Núñez Ærø"), siti("محمد")), Lang.ID)).toString();
        assertTrue(text.contains("José Núñez Ærø"), text);
        // PDFBox sets the letters without joining them; they must all be there, in either direction
        assertTrue(text.contains("محمد") || text.contains("دمحم"), text);
    }

    @Test
    void characters_the_font_lacks_are_left_out_instead_of_failing() throws IOException {
        String text = pages(pdf.render(List.of(siti("Siti 🌸 Rahma"), siti("𝄞🙂")), Lang.ID)).toString();
        assertTrue(text.contains("Siti Rahma"), text);
        assertFalse(text.contains("🌸"), text);
    }

    @Test
    void a_name_that_looks_like_html_is_printed_as_typed() throws IOException {
        String text = pages(pdf.render(List.of(siti("<b>Siti</b> & \"Budi\"")), Lang.ID)).get(0);
        assertTrue(text.contains("<b>Siti</b> & \"Budi\""), text);
    }

    @Test
    void a_kelurahan_typed_with_its_word_kelurahan_does_not_say_it_twice() throws IOException {
        Certificate c = new Certificate("Siti", "Pelatihan", "Kelurahan Madatte", "Aula", LocalDate.of(2026, 3, 2), "bu.rina", "ACDE-FGHJ",
                "http://192.168.43.1:7070/sertifikat/ACDE-FGHJ");
        String text = pages(pdf.render(List.of(c), Lang.ID)).get(0);
        assertTrue(text.contains("Kelurahan Madatte · Aula"), text);
        assertFalse(text.contains("Kelurahan Kelurahan"), text);
    }

    @Test
    void a_very_long_title_is_wrapped_and_keeps_every_word() throws IOException {
        String title = "Pelatihan " + "pelayanan publik melalui WhatsApp dan Instagram ".repeat(4).strip();
        Certificate c = new Certificate("Siti", title, "Madatte", "Aula", LocalDate.of(2026, 3, 2), "bu.rina", "ACDE-FGHJ",
                "http://192.168.43.1:7070/sertifikat/ACDE-FGHJ");
        String text = pages(pdf.render(List.of(c), Lang.ID)).get(0).replaceAll("\\s+", " ");
        assertTrue(text.contains(title), text);
    }

    @Test
    void several_certificates_make_one_page_each_in_the_order_given() throws IOException {
        List<String> pages = pages(pdf.render(List.of(siti("Ani"), siti("Budi"), siti("Citra")), Lang.ID));
        assertEquals(3, pages.size());
        assertTrue(pages.get(0).contains("Ani") && pages.get(1).contains("Budi") && pages.get(2).contains("Citra"));
    }

    @Test
    void nothing_to_print_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> pdf.render(List.of(), Lang.ID));
    }

    @Test
    void download_names_are_ascii_slugs_of_what_was_typed() {
        assertEquals("sertifikat-jose-nunez.pdf", FileNames.certificate("José Núñez"));
        assertEquals("sertifikat-b-siti-b-x-y.pdf", FileNames.certificate("<b>Siti</b>\"; x=\r\ny"));
        assertEquals("sertifikat.pdf", FileNames.certificate("محمد"));
        assertTrue(FileNames.slug("a".repeat(200)).length() <= 60);
    }
}
