package id.serambi.workshop.certificate;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.awt.Color;
import java.io.IOException;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * Centred lines of text on a PDF page: a long string is first set smaller, down to a floor, and
 * only then wrapped at spaces (or, for one very long word, anywhere), so it never runs off the page.
 */
final class PdfText {
    private static final float LEADING = 1.2f;
    private final PDPageContentStream cs;
    private final float centre;
    private final float width;

    PdfText(PDPageContentStream cs, float centre, float width) {
        this.cs = cs;
        this.centre = centre;
        this.width = width;
    }

    /**
     * Draws {@code raw} centred below {@code top}, at {@code size} or smaller down to {@code minSize},
     * and returns the y just under the last line.
     */
    float centred(PDFont font, String raw, float size, float minSize, float top, Color color) throws IOException {
        String text = printable(font, raw);
        float s = size;
        while (s > minSize && width(font, text, s) > width) {
            s = Math.max(minSize, s - 1);
        }
        List<String> lines = wrap(font, text, s);
        float baseline = top - s;
        cs.setNonStrokingColor(color);
        for (String line : lines) {
            cs.beginText();
            cs.setFont(font, s);
            cs.newLineAtOffset(centre - width(font, line, s) / 2, baseline);
            cs.showText(visual(line));
            cs.endText();
            baseline -= s * LEADING;
        }
        return baseline + s * LEADING - s * 0.25f;
    }

    /**
     * {@code raw} with every character the font cannot draw left out and white space made single
     * spaces; a string left with nothing becomes "?", so a line is never silently missing.
     */
    static String printable(PDFont font, String raw) {
        StringBuilder out = new StringBuilder();
        raw.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
            } else if (!Character.isISOControl(cp) && drawable(font, cp)) {
                out.appendCodePoint(cp);
            }
        });
        String text = out.toString().strip().replaceAll(" +", " ");
        return text.isEmpty() ? "?" : text;
    }

    /**
     * The line in the order its letters stand on the page: PDF draws left to right, so runs of
     * Arabic or Hebrew are turned around (their letters are not joined, but they read in order).
     */
    static String visual(String line) {
        if (!Bidi.requiresBidi(line.toCharArray(), 0, line.length())) {
            return line;
        }
        Bidi bidi = new Bidi(line, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        String[] runs = new String[count];
        for (int i = 0; i < count; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            String run = line.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            runs[i] = levels[i] % 2 == 1 ? new StringBuilder(run).reverse().toString() : run;
        }
        Bidi.reorderVisually(levels, 0, runs, 0, count);
        return String.join("", runs);
    }

    private static boolean drawable(PDFont font, int cp) {
        try {
            font.encode(new String(Character.toChars(cp)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private List<String> wrap(PDFont font, String text, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String joined = line.isEmpty() ? word : line + " " + word;
            if (width(font, joined, size) <= width) {
                line.setLength(0);
                line.append(joined);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            // a single word wider than the page is cut where it reaches the edge
            int[] cps = word.codePoints().toArray();
            for (int cp : cps) {
                String longer = line + new String(Character.toChars(cp));
                if (!line.isEmpty() && width(font, longer, size) > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.appendCodePoint(cp);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(PDFont font, String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }
}
