package id.serambi.chat.export;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.util.Map;

/**
 * A QR code as SVG, drawn from ZXing's module grid without AWT. Error correction M survives a
 * creased or slightly dirty poster; the quiet zone of four modules is part of the drawing, so the
 * code scans even when printed on a coloured background. The dark modules are one path of
 * horizontal runs, which keeps the markup small enough to inline in a page.
 */
public final class QrSvg {
    /** The quiet zone the QR standard asks for, in modules. */
    public static final int QUIET_ZONE = 4;

    private final String text;
    private final BitMatrix modules;

    private QrSvg(String text, BitMatrix modules) {
        this.text = text;
        this.modules = modules;
    }

    /** Encodes {@code text} (a wa.me link is plain ASCII, so no character set is declared). */
    public static QrSvg of(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, QUIET_ZONE));
            return new QrSvg(text, matrix);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as a QR code: " + text, e);
        }
    }

    public String text() {
        return text;
    }

    /** Modules per side, quiet zone included. */
    public int size() {
        return modules.getWidth();
    }

    public boolean isDark(int x, int y) {
        return modules.get(x, y);
    }

    /** The dark modules as path data: one {@code M x y h w v1 H x z} rectangle per horizontal run. */
    public String pathData() {
        StringBuilder d = new StringBuilder();
        int n = size();
        for (int y = 0; y < n; y++) {
            int x = 0;
            while (x < n) {
                if (!modules.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < n && modules.get(x, y)) {
                    x++;
                }
                d.append('M').append(start).append(' ').append(y).append('h').append(x - start)
                        .append("v1H").append(start).append('z');
            }
        }
        return d.toString();
    }

    /**
     * The code as an {@code <svg>} element to put inside an HTML page: it scales to its box, and
     * screen readers announce it as an image named {@code label}.
     */
    public String inlineSvg(String label, String cssClass) {
        return svg(" class=\"" + escape(cssClass) + "\" role=\"img\" aria-label=\"" + escape(label) + "\"", "");
    }

    /** The code as a file of its own, {@code pixelsPerModule} pixels per module when shown at natural size. */
    public String file(String title, int pixelsPerModule) {
        int side = size() * pixelsPerModule;
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + svg(" width=\"" + side + "\" height=\"" + side + "\" role=\"img\"",
                "<title>" + escape(title) + "</title>") + "\n";
    }

    private String svg(String attributes, String inside) {
        int n = size();
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + n + " " + n + "\"" + attributes
                + " shape-rendering=\"crispEdges\">" + inside
                + "<rect width=\"" + n + "\" height=\"" + n + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + pathData() + "\"/></svg>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
