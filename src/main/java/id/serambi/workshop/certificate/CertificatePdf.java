package id.serambi.workshop.certificate;

import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Certificates of participation as one A4 landscape PDF, a page each. Every string is drawn as
 * plain text in DejaVu Sans, embedded from our own resources so a server with no internet and no
 * system fonts prints any name; characters the font lacks are left out rather than failing.
 */
public final class CertificatePdf {
    private static final float WIDTH = 842;   // A4 landscape, in points
    private static final float HEIGHT = 595;
    private static final float TEXT_WIDTH = WIDTH - 2 * 90;
    private static final Color BRAND = new Color(0x0b, 0x5d, 0x44);
    private static final Color INK = new Color(0x1c, 0x24, 0x21);
    private static final Color MUTED = new Color(0x4f, 0x5b, 0x57);
    private static final Color ACCENT = new Color(0xf6, 0xc4, 0x53);

    private final Messages messages;
    private final byte[] regular;
    private final byte[] bold;

    public CertificatePdf(Messages messages) {
        this.messages = messages;
        this.regular = resource("fonts/DejaVuSans.ttf");
        this.bold = resource("fonts/DejaVuSans-Bold.ttf");
    }

    /** One page per certificate, in the order given; {@code certificates} must not be empty. */
    public byte[] render(List<Certificate> certificates, Lang lang) {
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("no certificate to print");
        }
        try (PDDocument doc = new PDDocument()) {
            // subsets keep a page of a few names to tens of kilobytes instead of the whole font
            PDType0Font body = PDType0Font.load(doc, new ByteArrayInputStream(regular), true);
            PDType0Font strong = PDType0Font.load(doc, new ByteArrayInputStream(bold), true);
            for (Certificate c : certificates) {
                page(doc, body, strong, c, lang);
            }
            doc.getDocumentCatalog().setLanguage(lang.code());
            Certificate first = certificates.get(0);
            doc.getDocumentInformation().setTitle(text(lang, "certificate.pdf.heading") + " · "
                    + (certificates.size() == 1 ? first.name() : first.workshopTitle()));
            doc.getDocumentInformation().setCreator("Serambi");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void page(PDDocument doc, PDFont body, PDFont strong, Certificate c, Lang lang) throws IOException {
        PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            frame(cs);
            PdfText lines = new PdfText(cs, WIDTH / 2, TEXT_WIDTH);
            float y = 500;
            y = lines.centred(strong, text(lang, "certificate.pdf.heading"), 34, 24, y, BRAND);
            y = lines.centred(body, text(lang, "certificate.pdf.to"), 15, 15, y - 30, MUTED);
            y = lines.centred(strong, c.name(), 32, 18, y - 22, INK);
            y = lines.centred(body, text(lang, "certificate.pdf.for"), 15, 15, y - 26, MUTED);
            y = lines.centred(strong, c.workshopTitle(), 22, 14, y - 14, INK);
            String where = messages.get(lang, "certificate.pdf.where", c.kelurahanName(), c.place().strip());
            y = lines.centred(body, where, 15, 11, y - 20, INK);
            lines.centred(body, lang.date(c.date()), 15, 15, y - 6, INK);
            signature(cs, body, strong, lines, c, lang);
            lines.centred(body, messages.get(lang, "certificate.pdf.number", c.number(), c.checkAt()), 10, 8, 64, MUTED);
            lines.centred(body, text(lang, "certificate.pdf.footer"), 9, 9, 48, MUTED);
        }
    }

    /** The trainer's signature line, with the trainer's name under it. */
    private void signature(PDPageContentStream cs, PDFont body, PDFont strong, PdfText lines, Certificate c, Lang lang)
            throws IOException {
        float y = 135;
        cs.setStrokingColor(INK);
        cs.setLineWidth(.8f);
        cs.moveTo(WIDTH / 2 - 110, y);
        cs.lineTo(WIDTH / 2 + 110, y);
        cs.stroke();
        float below = lines.centred(strong, c.trainer(), 13, 10, y - 16, INK);
        lines.centred(body, text(lang, "certificate.pdf.trainer"), 11, 11, below - 4, MUTED);
    }

    /** A double border in the product's colours, with a yellow rule under the heading. */
    private static void frame(PDPageContentStream cs) throws IOException {
        cs.setStrokingColor(BRAND);
        cs.setLineWidth(4);
        cs.addRect(24, 24, WIDTH - 48, HEIGHT - 48);
        cs.stroke();
        cs.setLineWidth(1);
        cs.addRect(34, 34, WIDTH - 68, HEIGHT - 68);
        cs.stroke();
        cs.setStrokingColor(ACCENT);
        cs.setLineWidth(3);
        cs.moveTo(WIDTH / 2 - 80, 445);
        cs.lineTo(WIDTH / 2 + 80, 445);
        cs.stroke();
    }

    private String text(Lang lang, String key) {
        return messages.get(lang, key);
    }

    private static byte[] resource(String path) {
        try (InputStream in = CertificatePdf.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
