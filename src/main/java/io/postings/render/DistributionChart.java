package io.postings.render;

import io.postings.report.Distribution;
import io.postings.report.RoleProfile;
import java.util.List;

/**
 * The pay-distribution chart of a report: per role, a box from p25 to p75 (the typical range),
 * whiskers to p10 and p90 and a mark at the median, on one dollar scale (METRICS.md section 10).
 */
final class DistributionChart {
    private static final List<String> COLOURS = List.of(Charts.COLOUR_A, Charts.COLOUR_B, "#009E73", "#CC79A7",
            "#E69F00", "#56B4E9");

    private DistributionChart() {
    }

    static String draw(List<RoleProfile> roles) {
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (RoleProfile role : roles) {
            Distribution d = role.salary().distribution();
            if (d != null) {
                lo = Math.min(lo, d.p10());
                hi = Math.max(hi, d.p90());
            }
        }
        List<String> labels = roles.stream().map(r -> r.role() + " (n=" + Numbers.count(r.salary().n()) + ")").toList();
        int labelRight = Charts.labelRight(labels);
        double plotWidth = Charts.WIDTH - labelRight - 40;
        int pitch = 44;
        int plotTop = 100;
        double plotBottom = plotTop + roles.size() * pitch;
        String title = "Pay distribution: " + String.join(" vs ", roles.stream().map(RoleProfile::role).toList());
        Svg svg = new Svg(Charts.WIDTH, (int) plotBottom + 44, title);
        Charts.heading(svg, title, "US base salary: box p25 to p75 (typical range), whiskers p10 to p90, bar the median");

        boolean anyValue = lo <= hi;
        double[] axis = anyValue ? Charts.axis(lo, hi) : new double[] {0, 1, 1};
        double scale = plotWidth / (axis[1] - axis[0]);
        for (double t = axis[0]; anyValue && t <= axis[1] + 1e-6; t += axis[2]) {
            double x = labelRight + (t - axis[0]) * scale;
            svg.line(x, plotTop - 6, x, plotBottom + 2, Charts.GRID, 1, null);
            svg.text(x, plotBottom + 18, "middle", Charts.thousands(t), "font-size=\"10\" " + Charts.fill(Charts.MUTED));
        }
        for (int i = 0; i < roles.size(); i++) {
            Distribution d = roles.get(i).salary().distribution();
            String colour = COLOURS.get(i % COLOURS.size());
            double cy = plotTop + i * pitch + pitch / 2.0;
            svg.text(labelRight - 8, cy + 4, "end", labels.get(i), Charts.fill(Charts.INK));
            if (d == null) {
                svg.text(labelRight + 8, cy + 4, "start", "No valid US salaries.", Charts.fill(Charts.MUTED));
                continue;
            }
            double x10 = labelRight + (d.p10() - axis[0]) * scale;
            double x25 = labelRight + (d.p25() - axis[0]) * scale;
            double x50 = labelRight + (d.median() - axis[0]) * scale;
            double x75 = labelRight + (d.p75() - axis[0]) * scale;
            double x90 = labelRight + (d.p90() - axis[0]) * scale;
            svg.line(x10, cy, x25, cy, colour, 2, null);
            svg.line(x75, cy, x90, cy, colour, 2, null);
            svg.line(x10, cy - 6, x10, cy + 6, colour, 2, null);
            svg.line(x90, cy - 6, x90, cy + 6, colour, 2, null);
            svg.rect(x25, cy - 11, Math.max(1, x75 - x25), 22, colour, "fill-opacity=\"0.25\" stroke=\"" + colour + "\"");
            svg.line(x50, cy - 11, x50, cy + 11, colour, 3, null);
            svg.text(x50, cy - 15, "middle", Numbers.money(d.median()), "font-size=\"10\" " + Charts.fill(Charts.INK));
        }
        return svg.end();
    }
}
