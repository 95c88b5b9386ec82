package io.postings.render;

/**
 * A small SVG writer whose bytes depend only on what is drawn: coordinates rounded to one
 * decimal with integer arithmetic (no locale, no {@code Double.toString} digits that differ
 * between JDKs), attributes in a fixed order, no ids, no timestamps, {@code \n} line ends.
 * Text content is XML-escaped, since role and skill names come from input.
 */
final class Svg {
    static final String FONT = "Helvetica, Arial, sans-serif";

    private final StringBuilder out = new StringBuilder();
    private final int width;
    private final int height;

    Svg(int width, int height, String title) {
        this.width = width;
        this.height = height;
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" font-family=\"").append(FONT).append("\" font-size=\"12\">\n");
        out.append("<title>").append(escape(title)).append("</title>\n");
        rect(0, 0, width, height, "#ffffff", null);
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    Svg rect(double x, double y, double w, double h, String fill, String extra) {
        out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(Math.max(0, w))).append("\" height=\"").append(num(Math.max(0, h))).append("\" fill=\"")
                .append(fill).append('"');
        if (extra != null) {
            out.append(' ').append(extra);
        }
        out.append("/>\n");
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth, String extra) {
        out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
                .append(num(x2)).append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"").append(num(strokeWidth)).append('"');
        if (extra != null) {
            out.append(' ').append(extra);
        }
        out.append("/>\n");
        return this;
    }

    Svg circle(double cx, double cy, double r, String fill, String stroke) {
        out.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"")
                .append(num(r)).append("\" fill=\"").append(fill).append("\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"1.5\"/>\n");
        return this;
    }

    /** Text at (x, y) on its baseline; {@code anchor} is start, middle or end; {@code extra} more attributes or null. */
    Svg text(double x, double y, String anchor, String text, String extra) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append('"');
        if (!"start".equals(anchor)) {
            out.append(" text-anchor=\"").append(anchor).append('"');
        }
        if (extra != null) {
            out.append(' ').append(extra);
        }
        out.append('>').append(escape(text)).append("</text>\n");
        return this;
    }

    String end() {
        return out + "</svg>\n";
    }

    /**
     * A coordinate to at most one decimal, from {@link Math#round}, which is exact IEEE arithmetic
     * and so the same on every JVM and locale: 12.0 is "12", 3.25 is "3.3", -0.04 is "0".
     */
    static String num(double value) {
        long tenths = Math.round(value * 10);
        String sign = tenths < 0 ? "-" : "";
        long abs = Math.abs(tenths);
        return sign + abs / 10 + (abs % 10 == 0 ? "" : "." + abs % 10);
    }

    /** A rough width of text in pixels at {@code size}: Helvetica averages a little over half an em. */
    static double textWidth(String text, double size) {
        return TextTable.width(text) * size * 0.58;
    }

    static String escape(String text) {
        String clean = TextTable.clean(text);
        StringBuilder out = new StringBuilder(clean.length());
        for (int i = 0; i < clean.length(); i++) {
            char ch = clean.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
