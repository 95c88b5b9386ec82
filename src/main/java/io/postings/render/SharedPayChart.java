package io.postings.render;

import io.postings.report.CompareReport;
import io.postings.report.PairSkill;
import io.postings.report.RoleProfile;
import io.postings.report.SkillSalary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Pay for the shared skills side by side: for each skill in both top lists with a skill salary
 * (n &gt;= min n) in both roles, the two medians on one dollar scale, joined by a line, with
 * each role's baseline dashed. Skills in shared order (combined share).
 */
final class SharedPayChart {
    private SharedPayChart() {
    }

    static String draw(CompareReport report) {
        RoleProfile a = report.a();
        RoleProfile b = report.b();
        record Row(String skill, SkillSalary a, SkillSalary b) {
        }
        List<Row> rows = new ArrayList<>();
        for (PairSkill s : report.pair().shared()) {
            Optional<SkillSalary> sa = line(a, s.skill());
            Optional<SkillSalary> sb = line(b, s.skill());
            if (sa.isPresent() && sb.isPresent()) {
                rows.add(new Row(s.skill(), sa.get(), sb.get()));
            }
        }
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (Row r : rows) {
            lo = Math.min(lo, Math.min(r.a().median(), r.b().median()));
            hi = Math.max(hi, Math.max(r.a().median(), r.b().median()));
        }
        for (RoleProfile role : List.of(a, b)) {
            if (role.salary().median() != null && !rows.isEmpty()) {
                lo = Math.min(lo, role.salary().median());
                hi = Math.max(hi, role.salary().median());
            }
        }
        int labelRight = Charts.labelRight(rows.stream().map(Row::skill).toList());
        double plotWidth = Charts.WIDTH - labelRight - 40;
        int pitch = 22;
        int plotTop = 104;
        double plotBottom = plotTop + Math.max(1, rows.size()) * pitch;
        String title = "Pay for shared skills: " + Phrases.title(a, b);
        Svg svg = new Svg(Charts.WIDTH, (int) plotBottom + 44, title);
        Charts.heading(svg, title, "Median US base salary of the postings asking for each shared skill (n ≥ "
                + Numbers.count(report.parameters().minN()) + " in both roles); dashed: each role's baseline");
        double x = 16;
        for (int i = 0; i < 2; i++) {
            RoleProfile role = i == 0 ? a : b;
            String colour = i == 0 ? Charts.COLOUR_A : Charts.COLOUR_B;
            svg.circle(x + 5, 76, 4.5, colour, colour);
            svg.text(x + 15, 80, "start", role.role(), "font-size=\"11\" " + Charts.fill(Charts.INK));
            x += 15 + Svg.textWidth(role.role(), 11) + 22;
        }
        if (rows.isEmpty()) {
            svg.text(labelRight + 8, plotTop + 15, "start", "No shared skill has a skill salary in both roles.",
                    Charts.fill(Charts.MUTED));
            return svg.end();
        }
        double[] axis = Charts.axis(lo, hi);
        double scale = plotWidth / (axis[1] - axis[0]);
        for (double t = axis[0]; t <= axis[1] + 1e-6; t += axis[2]) {
            double tx = labelRight + (t - axis[0]) * scale;
            svg.line(tx, plotTop - 4, tx, plotBottom + 2, Charts.GRID, 1, null);
            svg.text(tx, plotBottom + 16, "middle", Charts.thousands(t), "font-size=\"10\" " + Charts.fill(Charts.MUTED));
        }
        for (int i = 0; i < 2; i++) {
            RoleProfile role = i == 0 ? a : b;
            if (role.salary().median() != null) {
                double bx = labelRight + (role.salary().median() - axis[0]) * scale;
                svg.line(bx, plotTop - 4, bx, plotBottom + 2, i == 0 ? Charts.COLOUR_A : Charts.COLOUR_B, 1.5,
                        "stroke-dasharray=\"4 3\"");
            }
        }
        double y = plotTop;
        for (Row r : rows) {
            double cy = y + pitch / 2.0;
            double xa = labelRight + (r.a().median() - axis[0]) * scale;
            double xb = labelRight + (r.b().median() - axis[0]) * scale;
            svg.text(labelRight - 8, cy + 4, "end", r.skill(), Charts.fill(Charts.INK));
            svg.line(Math.min(xa, xb), cy, Math.max(xa, xb), cy, Charts.MUTED, 1.5, null);
            svg.circle(xa, cy, 4.5, r.a().smallSample() ? "#ffffff" : Charts.COLOUR_A, Charts.COLOUR_A);
            svg.circle(xb, cy, 4.5, r.b().smallSample() ? "#ffffff" : Charts.COLOUR_B, Charts.COLOUR_B);
            y += pitch;
        }
        return svg.end();
    }

    private static Optional<SkillSalary> line(RoleProfile role, String skill) {
        return role.skillSalaries().stream().filter(s -> s.skill().equals(skill)).findFirst();
    }
}
