package id.serambi.report.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes SVG markup for the charts. Colours and sizes are presentation attributes ({@code fill},
 * {@code font-size}), never {@code style} attributes: the site's Content-Security-Policy has no
 * 'unsafe-inline' for styles, which blocks inline style attributes but not presentation attributes.
 * Every element also has a class so the site's stylesheet can restyle it (for print, for instance).
 * No script, no event handler, no font or image from elsewhere.
 */
final class Svg {
    private final StringBuilder out = new StringBuilder();

    /**
     * Opens the drawing: a {@code role="img"} image named by its title, with {@code <title>} and
     * {@code <desc>} for assistive technology and for the tooltip.
     */
    Svg(String cssClass, int width, int height, String title, String description) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart ").append(escape(cssClass))
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(escape(title))
                .append("\" font-family=\"sans-serif\" font-size=\"12\">")
                .append("<title>").append(escape(title)).append("</title>")
                .append("<desc>").append(escape(description)).append("</desc>");
    }

    Svg rect(String cssClass, double x, double y, double w, double h, String fill, String tooltip) {
        out.append("<rect class=\"").append(cssClass).append("\" x=\"").append(num(x)).append("\" y=\"")
                .append(num(y)).append("\" width=\"").append(num(Math.max(0, w))).append("\" height=\"")
                .append(num(Math.max(0, h))).append("\" fill=\"").append(fill).append('"');
        if (tooltip == null) {
            out.append("/>");
        } else {
            out.append("><title>").append(escape(tooltip)).append("</title></rect>");
        }
        return this;
    }

    Svg line(String cssClass, double x1, double y1, double x2, double y2, String stroke, boolean dashed) {
        out.append("<line class=\"").append(cssClass).append("\" x1=\"").append(num(x1)).append("\" y1=\"")
                .append(num(y1)).append("\" x2=\"").append(num(x2)).append("\" y2=\"").append(num(y2))
                .append("\" stroke=\"").append(stroke).append('"');
        if (dashed) {
            out.append(" stroke-dasharray=\"6 4\"");
        }
        out.append("/>");
        return this;
    }

    /** A text; {@code anchor} is start, middle or end. */
    Svg text(String cssClass, double x, double y, String anchor, String text) {
        out.append("<text class=\"").append(cssClass).append("\" x=\"").append(num(x)).append("\" y=\"")
                .append(num(y)).append("\" text-anchor=\"").append(anchor).append("\" fill=\"#222\">")
                .append(escape(text)).append("</text>");
        return this;
    }

    String end() {
        return out.append("</svg>").toString();
    }

    /** A label cut to {@code max} characters with an ellipsis, so long option texts stay in their margin. */
    static String cut(String label, int max) {
        return label.codePointCount(0, label.length()) <= max ? label
                : label.substring(0, label.offsetByCodePoints(0, max - 1)).strip() + "\u2026";
    }

    /**
     * A label broken between words into at most {@code lines} lines of at most {@code max}
     * characters, the last cut with an ellipsis when the label is longer: an SVG text does not
     * wrap by itself, and a phone has no room for a label beside its bar.
     */
    static java.util.List<String> wrap(String label, int max, int lines) {
        java.util.List<String> out = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = label.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (line.length() > 0 && line.length() + 1 + w.length() > max) {
                if (out.size() == lines - 1) {
                    String rest = line + " " + String.join(" ", java.util.Arrays.asList(words).subList(i, words.length));
                    out.add(cut(rest, max));
                    return out;
                }
                out.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(w);
        }
        if (line.length() > 0 || out.isEmpty()) {
            out.add(cut(line.toString(), max));
        }
        return out;
    }

    /** Coordinates to 2 decimals with a point, whatever the server's locale. */
    static String num(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /**
     * Escapes text for XML content and attribute values, and drops characters XML 1.0 does not allow
     * (control characters other than tab and line breaks), which would make the whole page fail to
     * parse as SVG.
     */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }
}
