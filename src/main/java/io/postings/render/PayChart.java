package io.postings.render;

import static io.postings.render.Charts.COLOUR_A;
import static io.postings.render.Charts.COLOUR_B;
import static io.postings.render.Charts.GRID;
import static io.postings.render.Charts.INK;
import static io.postings.render.Charts.MARGIN;
import static io.postings.render.Charts.MUTED;
import static io.postings.render.Charts.WIDTH;
import static io.postings.render.Charts.axis;
import static io.postings.render.Charts.fill;
import static io.postings.render.Charts.heading;
import static io.postings.render.Charts.labelRight;
import static io.postings.render.Charts.thousands;

import io.postings.report.CompareReport;
import io.postings.report.Interval;
import io.postings.report.RoleProfile;
import io.postings.report.SkillSalary;
import java.util.ArrayList;
import java.util.List;

/** The report's pay chart ({@value Charts#PAY}): each role's skill salaries against its baseline. */
final class PayChart {
    /** Skill salary rows drawn per role; {@code postings skills --sort pay} lists all. */
    static final int MAX_PAY_ROWS = 15;

    private PayChart() {
    }


    /**
     * For each role, the median US base salary of the postings asking for each skill (the
     * highest {@value #MAX_PAY_ROWS}), with n and the 95% interval, against the role's baseline
     * and its interval. One dollar scale for both roles so they compare at a glance.
     */
    static String draw(CompareReport report) {
        List<RoleProfile> roles = List.of(report.a(), report.b());
        List<String> colours = List.of(COLOUR_A, COLOUR_B);
        int minN = report.parameters().minN();
        List<String> labels = new ArrayList<>();
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (RoleProfile role : roles) {
            for (SkillSalary s : shown(role)) {
                labels.add(payLabel(s));
                lo = Math.min(lo, s.interval() == null ? s.median() : Math.min(s.median(), s.interval().low()));
                hi = Math.max(hi, s.interval() == null ? s.median() : Math.max(s.median(), s.interval().high()));
            }
            if (role.salary().median() != null) {
                lo = Math.min(lo, role.salary().median());
                hi = Math.max(hi, role.salary().median());
                Interval band = role.salary().interval();
                if (band != null) {
                    lo = Math.min(lo, band.low());
                    hi = Math.max(hi, band.high());
                }
            }
        }
        int labelRight = labelRight(labels);
        double plotWidth = WIDTH - labelRight - 96;
        int pitch = 22;
        int[] panelHeights = new int[2];
        for (int i = 0; i < 2; i++) {
            RoleProfile role = roles.get(i);
            int rows = shown(role).size();
            boolean more = role.skillSalaries().size() > rows;
            panelHeights[i] = 46 + Math.max(1, rows) * pitch + 30 + (more ? 16 : 0);
        }
        int top = 112;
        int height = top + panelHeights[0] + 16 + panelHeights[1] + 12;
        String title = "Pay by skill: " + Phrases.title(report.a(), report.b());
        Svg svg = new Svg(WIDTH, height, title);
        heading(svg, title, "Median US base salary of the postings asking for each skill (n ≥ "
                + Numbers.count(minN) + "), against the role's baseline");
        payLegend(svg, 80);

        boolean anyValue = lo <= hi;
        double[] axis = anyValue ? axis(lo, hi) : new double[] {0, 1, 1};
        double scale = plotWidth / (axis[1] - axis[0]);
        double y = top;
        for (int i = 0; i < 2; i++) {
            RoleProfile role = roles.get(i);
            String colour = colours.get(i);
            List<SkillSalary> rows = shown(role);
            svg.text(MARGIN, y + 14, "start", role.role(), "font-size=\"13\" font-weight=\"bold\" " + fill(colour));
            svg.text(MARGIN, y + 31, "start", Phrases.baseline(role, "–"), "font-size=\"11\" " + fill(MUTED));
            double plotTop = y + 46;
            double plotBottom = plotTop + Math.max(1, rows.size()) * pitch;
            for (double t = axis[0]; anyValue && t <= axis[1] + 1e-6; t += axis[2]) {
                double x = labelRight + (t - axis[0]) * scale;
                svg.line(x, plotTop - 4, x, plotBottom + 2, GRID, 1, null);
                svg.text(x, plotBottom + 16, "middle", thousands(t), "font-size=\"10\" " + fill(MUTED));
            }
            Double baseline = role.salary().median();
            if (baseline != null) {
                Interval band = role.salary().interval();
                if (band != null) {
                    svg.rect(labelRight + (band.low() - axis[0]) * scale, plotTop - 4,
                            (band.high() - band.low()) * scale, plotBottom - plotTop + 6, colour, "fill-opacity=\"0.12\"");
                }
                double bx = labelRight + (baseline - axis[0]) * scale;
                svg.line(bx, plotTop - 4, bx, plotBottom + 2, colour, 1.5, "stroke-dasharray=\"4 3\"");
            }
            if (rows.isEmpty()) {
                String why = baseline == null ? "No valid US salaries." : Phrases.noSkillSalaries(minN);
                svg.text(labelRight + 8, plotTop + 15, "start", why, fill(MUTED));
            }
            double rowY = plotTop;
            for (SkillSalary s : rows) {
                double cy = rowY + pitch / 2.0;
                svg.text(labelRight - 8, cy + 4, "end", payLabel(s), fill(INK));
                // The value label starts after the whisker or, without one, after the dot.
                double right = labelRight + (s.median() - axis[0]) * scale + 5;
                if (s.interval() != null) {
                    double x1 = labelRight + (s.interval().low() - axis[0]) * scale;
                    double x2 = labelRight + (s.interval().high() - axis[0]) * scale;
                    svg.line(x1, cy, x2, cy, colour, 2, null);
                    svg.line(x1, cy - 4, x1, cy + 4, colour, 2, null);
                    svg.line(x2, cy - 4, x2, cy + 4, colour, 2, null);
                    right = Math.max(right, x2);
                }
                svg.circle(labelRight + (s.median() - axis[0]) * scale, cy, 4.5,
                        s.smallSample() ? "#ffffff" : colour, colour);
                svg.text(right + 7, cy + 4, "start", Numbers.money(s.median()) + (s.significant() ? " *" : ""),
                        "font-size=\"11\" " + fill(INK));
                rowY += pitch;
            }
            if (role.skillSalaries().size() > rows.size()) {
                svg.text(MARGIN, plotBottom + 34, "start", "The " + rows.size() + " highest of "
                        + Numbers.count(role.skillSalaries().size()) + " skills with n ≥ " + Numbers.count(minN)
                        + "; postings skills --role \"" + role.role() + "\" --sort pay lists them all.",
                        "font-size=\"11\" " + fill(MUTED));
            }
            y += panelHeights[i] + 16;
        }
        return svg.end();
    }

    private static List<SkillSalary> shown(RoleProfile role) {
        List<SkillSalary> all = role.skillSalaries();
        return all.subList(0, Math.min(MAX_PAY_ROWS, all.size()));
    }

    private static String payLabel(SkillSalary s) {
        return s.skill() + " (n=" + Numbers.count(s.n()) + ")";
    }

    private static void payLegend(Svg svg, double y) {
        double x = MARGIN;
        svg.circle(x + 5, y - 4, 4.5, INK, INK);
        svg.text(x + 15, y, "start", "median, n ≥ 50", "font-size=\"11\" " + fill(INK));
        x += 15 + Svg.textWidth("median, n ≥ 50", 11) + 18;
        svg.circle(x + 5, y - 4, 4.5, "#ffffff", INK);
        svg.text(x + 15, y, "start", "n < 50: small sample, directional", "font-size=\"11\" " + fill(INK));
        x += 15 + Svg.textWidth("n < 50: small sample, directional", 11) + 18;
        svg.line(x, y - 4, x + 22, y - 4, INK, 2, null);
        svg.line(x, y - 8, x, y, INK, 2, null);
        svg.line(x + 22, y - 8, x + 22, y, INK, 2, null);
        svg.text(x + 28, y, "start", "95% interval", "font-size=\"11\" " + fill(INK));
        double y2 = y + 18;
        svg.line(MARGIN, y2 - 4, MARGIN + 22, y2 - 4, INK, 1.5, "stroke-dasharray=\"4 3\"");
        svg.text(MARGIN + 28, y2, "start", "role's baseline (shaded: its 95% interval)", "font-size=\"11\" " + fill(INK));
        double x2 = MARGIN + 28 + Svg.textWidth("role's baseline (shaded: its 95% interval)", 11) + 18;
        svg.text(x2, y2, "start", "* significant: the baseline lies outside the interval", "font-size=\"11\" " + fill(INK));
    }
}
