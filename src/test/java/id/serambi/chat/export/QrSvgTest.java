package id.serambi.chat.export;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The poster's QR code: what the SVG draws must scan back to the wa.me link. */
class QrSvgTest {
    private static final String LINK = "https://wa.me/6282393498882?text=Menu";
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1H(\\d+)z");
    private static final Pattern PATH = Pattern.compile("<path fill=\"#000\" d=\"([^\"]*)\"/>");

    @Test
    void the_svg_scans_back_to_the_link_with_error_correction_m() throws Exception {
        QrSvg qr = QrSvg.of(LINK);
        boolean[][] grid = modulesDrawnBy(qr.inlineSvg("Kode QR", "qr-code"), qr.size());

        Result result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new Pixels(grid, 6))),
                Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE));

        assertEquals(LINK, result.getText());
        assertEquals("M", result.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL));
    }

    @Test
    void the_svg_draws_exactly_the_encoded_modules() {
        QrSvg qr = QrSvg.of(LINK);
        boolean[][] grid = modulesDrawnBy(qr.file("Kelurahan Madatte", 8), qr.size());
        for (int y = 0; y < qr.size(); y++) {
            for (int x = 0; x < qr.size(); x++) {
                assertEquals(qr.isDark(x, y), grid[y][x], "module " + x + "," + y);
            }
        }
    }

    @Test
    void a_quiet_zone_of_four_light_modules_surrounds_the_code() {
        QrSvg qr = QrSvg.of(LINK);
        int n = qr.size();
        for (int i = 0; i < n; i++) {
            for (int q = 0; q < QrSvg.QUIET_ZONE; q++) {
                assertFalse(qr.isDark(i, q) || qr.isDark(i, n - 1 - q) || qr.isDark(q, i) || qr.isDark(n - 1 - q, i),
                        "quiet zone at " + i + "," + q);
            }
        }
        assertTrue(qr.isDark(QrSvg.QUIET_ZONE, QrSvg.QUIET_ZONE), "the finder pattern starts after the quiet zone");
    }

    @Test
    void the_inline_svg_is_one_compact_named_image() {
        String svg = QrSvg.of(LINK).inlineSvg("Kode QR: \"Menu\" & <link>", "qr-code");
        assertEquals(1, svg.split("<path", -1).length - 1, "one path for all dark modules");
        assertFalse(svg.contains("<rect x="), "no rectangle per module");
        assertTrue(svg.contains("role=\"img\" aria-label=\"Kode QR: &quot;Menu&quot; &amp; &lt;link&gt;\""), svg);
        assertTrue(svg.length() < 4000, "small enough to inline: " + svg.length() + " characters");
    }

    @Test
    void the_svg_file_is_a_standalone_document_with_a_title_and_a_size() {
        QrSvg qr = QrSvg.of(LINK);
        String file = qr.file("Kelurahan Madatte: " + LINK, 8);
        assertTrue(file.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertTrue(file.contains("width=\"" + qr.size() * 8 + "\""), file);
        assertTrue(file.contains("<title>Kelurahan Madatte: " + LINK + "</title>"), file);
    }

    /** Reads the path back into a module grid: the test trusts the drawing, not the encoder. */
    static boolean[][] modulesDrawnBy(String svg, int size) {
        Matcher path = PATH.matcher(svg);
        assertTrue(path.find(), svg);
        boolean[][] grid = new boolean[size][size];
        Matcher run = RUN.matcher(path.group(1));
        int end = 0;
        while (run.find()) {
            assertEquals(end, run.start(), "only runs in the path data");
            end = run.end();
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            assertEquals(x, Integer.parseInt(run.group(4)), "each run closes where it started");
            for (int i = 0; i < Integer.parseInt(run.group(3)); i++) {
                grid[y][x + i] = true;
            }
        }
        assertEquals(path.group(1).length(), end, "only runs in the path data");
        return grid;
    }

    /** A grey-scale picture of a module grid, {@code scale} pixels per module: black on white. */
    private static final class Pixels extends LuminanceSource {
        private final boolean[][] grid;
        private final int scale;

        Pixels(boolean[][] grid, int scale) {
            super(grid.length * scale, grid.length * scale);
            this.grid = grid;
            this.scale = scale;
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] out = row != null && row.length >= getWidth() ? row : new byte[getWidth()];
            for (int x = 0; x < getWidth(); x++) {
                out[x] = grid[y / scale][x / scale] ? 0 : (byte) 255;
            }
            return out;
        }

        @Override
        public byte[] getMatrix() {
            byte[] out = new byte[getWidth() * getHeight()];
            for (int y = 0; y < getHeight(); y++) {
                System.arraycopy(getRow(y, null), 0, out, y * getWidth(), getWidth());
            }
            return out;
        }
    }
}
