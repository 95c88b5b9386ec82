package io.postings.render;

import io.postings.report.CompareReport;
import io.postings.report.Interval;
import io.postings.report.PairSkill;
import io.postings.report.RoleProfile;
import io.postings.report.Share;
import io.postings.report.SkillSalary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The charts of a report as SVG, drawn from the report's records only: skill shares of both
 * roles, skill salaries against each role's baseline, and the seniority and work-mode splits.
 * Colours are the Okabe-Ito palette (readable with colour-blindness); every label that
 * carries a number is formatted by {@link Numbers}, as in the tables.
 */
public final class Charts {
    public static final String SKILLS = "skills.svg";
    public static final String PAY = "pay.svg";
    public static final String SPLITS = "splits.svg";
    public static final String DISTRIBUTION = "distribution.svg";
    public static final String SHARED_PAY = "shared-pay.svg";
    /** The chart files of a report, in the order {@link #all} writes them. */
    public static final List<String> FILES = List.of(SKILLS, PAY, SPLITS, DISTRIBUTION, SHARED_PAY);

    /** Skill salary rows drawn per role; {@code postings skills --sort pay} lists all. */
    static final int MAX_PAY_ROWS = 15;

    static final int WIDTH = 760;
    static final int MARGIN = 16;
    static final String COLOUR_A = "#0072B2";
    static final String COLOUR_B = "#D55E00";
    static final String INK = "#222222";
    static final String MUTED = "#555555";
    static final String GRID = "#e4e4e4";
    private static final Map<String, String> SENIORITY_COLOURS = colours(
            "entry", "#56B4E9", "mid", "#009E73", "senior", "#0072B2", "staff", "#CC79A7", "unknown", "#BBBBBB");
    private static final Map<String, String> WORK_MODE_COLOURS = colours(
            "remote", "#009E73", "hybrid", "#E69F00", "onsite", "#D55E00", "unknown", "#BBBBBB");
    private static final Set<String> DARK = Set.of("#0072B2", "#009E73", "#D55E00", "#CC79A7");

    private Charts() {
    }

    /** Every chart of the report, by file name, in a fixed order. */
    public static Map<String, String> all(CompareReport report) {
        Map<String, String> charts = new LinkedHashMap<>();
        charts.put(SKILLS, skills(report));
        charts.put(PAY, pay(report));
        charts.put(SPLITS, splits(report));
        charts.put(DISTRIBUTION, DistributionChart.draw(List.of(report.a(), report.b())));
        charts.put(SHARED_PAY, SharedPayChart.draw(report));
        return charts;
    }

    /**
     * Horizontal paired bars: each skill of the union of both top-N lists, its share of each
     * role's postings, by combined share. A lighter bar is a skill outside that role's top N.
     */
    public static String skills(CompareReport report) {
        RoleProfile a = report.a();
        RoleProfile b = report.b();
        int top = report.parameters().top();
        List<PairSkill> union = union(report);
        Set<String> topA = new LinkedHashSet<>();
        Set<String> topB = new LinkedHashSet<>();
        report.pair().shared().forEach(s -> {
            topA.add(s.skill());
            topB.add(s.skill());
        });
        report.pair().exclusiveA().forEach(s -> topA.add(s.skill()));
        report.pair().exclusiveB().forEach(s -> topB.add(s.skill()));

        int labelRight = labelRight(union.stream().map(PairSkill::skill).toList());
        int plotTop = 112;
        int pitch = 26;
        boolean lighter = union.stream().anyMatch(s -> (!topA.contains(s.skill()) && s.countA() > 0)
                || (!topB.contains(s.skill()) && s.countB() > 0));
        int height = plotTop + Math.max(1, union.size()) * pitch + (lighter ? 44 : 24);
        Svg svg = new Svg(WIDTH, height, "Skills asked for: " + Phrases.title(a, b));
        heading(svg, "Skills asked for: " + Phrases.title(a, b),
                "Share of each role's postings that ask for the skill: both top-" + top
                        + " lists, by combined share");
        legend(svg, labelRight, 78, List.of(a.role(), b.role()), List.of(COLOUR_A, COLOUR_B));
        if (union.isEmpty()) {
            svg.text(labelRight, plotTop + 16, "start", "Neither role's postings ask for any skill.", fill(MUTED));
            return svg.end();
        }
        double plotWidth = WIDTH - labelRight - 48;
        double max = 0;
        for (PairSkill s : union) {
            max = Math.max(max, Math.max(s.shareA(), s.shareB()));
        }
        int tenths = Math.max(1, (int) Math.ceil(max * 10 - 1e-9));
        double scale = plotWidth / (tenths / 10.0);
        double plotBottom = plotTop + union.size() * pitch;
        for (int t = 0; t <= tenths; t++) {
            double x = labelRight + t * plotWidth / tenths;
            svg.line(x, plotTop - 6, x, plotBottom, GRID, 1, null);
            svg.text(x, plotTop - 10, "middle", (t * 10) + "%", "font-size=\"10\" " + fill(MUTED));
        }
        double y = plotTop;
        for (PairSkill s : union) {
            svg.text(labelRight - 8, y + 17, "end", s.skill(), fill(INK));
            bar(svg, labelRight, y + 3, s.shareA() * scale, COLOUR_A, topA.contains(s.skill()),
                    Numbers.percent(s.countA(), a.postings()));
            bar(svg, labelRight, y + 13, s.shareB() * scale, COLOUR_B, topB.contains(s.skill()),
                    Numbers.percent(s.countB(), b.postings()));
            y += pitch;
        }
        if (lighter) {
            svg.text(MARGIN, height - 14, "start",
                    "Lighter bar: the skill is not in that role's top " + top + ".", "font-size=\"11\" " + fill(MUTED));
        }
        return svg.end();
    }

    /**
     * For each role, the median US base salary of the postings asking for each skill (the
     * highest {@value #MAX_PAY_ROWS}), with n and the 95% interval, against the role's baseline
     * and its interval. One dollar scale for both roles so they compare at a glance.
     */
    public static String pay(CompareReport report) {
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

    /** Two 100% stacked bars per split (seniority, work mode), one per role, labelled with shares. */
    public static String splits(CompareReport report) {
        RoleProfile a = report.a();
        RoleProfile b = report.b();
        int labelRight = labelRight(List.of(a.role(), b.role()));
        int groupHeight = 24 + 2 * 30 + 30;
        int top = 70;
        int height = top + 2 * groupHeight + 16;
        String title = "Seniority and work mode: " + Phrases.title(a, b);
        Svg svg = new Svg(WIDTH, height, title);
        heading(svg, title, "Share of each role's postings (unknown: not stated). "
                + "In brackets: too narrow to label, upper / lower bar.");
        double plotWidth = WIDTH - labelRight - MARGIN;
        split(svg, "Seniority", top, labelRight, plotWidth, a, b, SENIORITY_COLOURS, true);
        split(svg, "Work mode", top + groupHeight, labelRight, plotWidth, a, b, WORK_MODE_COLOURS, false);
        return svg.end();
    }

    private static void split(Svg svg, String name, double y, int labelRight, double plotWidth, RoleProfile a,
            RoleProfile b, Map<String, String> colours, boolean seniority) {
        svg.text(MARGIN, y + 14, "start", name, "font-size=\"13\" font-weight=\"bold\" " + fill(INK));
        double barY = y + 24;
        // Shares too narrow to label in their segment, by key: they are written out under the legend.
        Set<String> unlabelled = new LinkedHashSet<>();
        for (RoleProfile role : List.of(a, b)) {
            svg.text(labelRight - 8, barY + 15, "end", role.role(), fill(INK));
            if (role.postings() == 0) {
                svg.rect(labelRight, barY, plotWidth, 22, "#ffffff", "stroke=\"" + GRID + "\"");
                svg.text(labelRight + 8, barY + 15, "start", "no postings", fill(MUTED));
            } else {
                long before = 0;
                for (Map.Entry<String, String> key : colours.entrySet()) {
                    Share share = seniority ? role.seniorityBucket(key.getKey()) : role.workModeBucket(key.getKey());
                    // Edges from cumulative counts, so the segments always end exactly at 100%.
                    double x1 = labelRight + plotWidth * before / role.postings();
                    before += share.count();
                    double x2 = labelRight + plotWidth * before / role.postings();
                    if (share.count() == 0) {
                        continue;
                    }
                    svg.rect(x1, barY, x2 - x1, 22, key.getValue(), "stroke=\"#ffffff\" stroke-width=\"1\"");
                    String label = splitLabel(role, key.getKey(), seniority);
                    if (x2 - x1 >= Svg.textWidth(label, 11) + 6) {
                        svg.text((x1 + x2) / 2, barY + 15, "middle", label,
                                "font-size=\"11\" " + fill(DARK.contains(key.getValue()) ? "#ffffff" : INK));
                    } else {
                        unlabelled.add(key.getKey());
                    }
                }
            }
            barY += 30;
        }
        List<String> names = new ArrayList<>();
        for (String key : colours.keySet()) {
            names.add(unlabelled.contains(key)
                    ? key + " (" + splitLabel(a, key, seniority) + " / " + splitLabel(b, key, seniority) + ")" : key);
        }
        legend(svg, MARGIN, barY + 10, names, new ArrayList<>(colours.values()));
    }

    /** Seniority shares to one decimal (the entry-level share is one), work modes to whole percent, as in the tables. */
    private static String splitLabel(RoleProfile role, String key, boolean seniority) {
        Share share = seniority ? role.seniorityBucket(key) : role.workModeBucket(key);
        return seniority ? Numbers.percent1(share.count(), share.of()) : Phrases.share(share);
    }

    /** The union of both top-N lists by share(A) + share(B) descending (exactly), then name, as {@code shared} is ordered. */
    private static List<PairSkill> union(CompareReport report) {
        List<PairSkill> union = new ArrayList<>(report.pair().shared());
        union.addAll(report.pair().exclusiveA());
        union.addAll(report.pair().exclusiveB());
        long pa = report.a().postings();
        long pb = report.b().postings();
        union.sort(Comparator.comparingLong((PairSkill s) -> s.countA() * pb + s.countB() * pa).reversed()
                .thenComparing(s -> s.skill().toLowerCase(Locale.ROOT))
                .thenComparing(PairSkill::skill));
        return union;
    }

    private static List<SkillSalary> shown(RoleProfile role) {
        List<SkillSalary> all = role.skillSalaries();
        return all.subList(0, Math.min(MAX_PAY_ROWS, all.size()));
    }

    private static String payLabel(SkillSalary s) {
        return s.skill() + " (n=" + Numbers.count(s.n()) + ")";
    }

    /** Where the left labels end: wide enough for the longest, within bounds. */
    static int labelRight(List<String> labels) {
        double widest = 0;
        for (String label : labels) {
            widest = Math.max(widest, Svg.textWidth(label, 12));
        }
        return (int) Math.min(300, Math.max(110, MARGIN + widest + 14));
    }

    static void heading(Svg svg, String title, String subtitle) {
        svg.text(MARGIN, 28, "start", title, "font-size=\"16\" font-weight=\"bold\" " + fill(INK));
        svg.text(MARGIN, 48, "start", subtitle, fill(MUTED));
    }

    private static void legend(Svg svg, double x, double y, List<String> names, List<String> colours) {
        double at = x;
        for (int i = 0; i < names.size(); i++) {
            svg.rect(at, y - 10, 12, 12, colours.get(i), null);
            svg.text(at + 17, y, "start", names.get(i), fill(INK));
            at += 17 + Svg.textWidth(names.get(i), 12) + 22;
        }
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

    /** {low, high, step} of a dollar axis with round ticks, about five to eight of them. */
    static double[] axis(double lo, double hi) {
        double[] steps = {1_000, 2_000, 2_500, 5_000, 10_000, 20_000, 25_000, 50_000, 100_000, 200_000, 250_000};
        double step = steps[steps.length - 1];
        for (double s : steps) {
            if ((Math.ceil(hi / s) - Math.floor(lo / s)) <= 8) {
                step = s;
                break;
            }
        }
        double low = Math.floor(lo / step) * step;
        double high = Math.ceil(hi / step) * step;
        if (high <= low) {
            high = low + step;
        }
        return new double[] {low, high, step};
    }

    /** A tick label: {@code $150k}, {@code $152.5k}. */
    static String thousands(double dollars) {
        long hundreds = Math.round(dollars / 100);
        return "$" + hundreds / 10 + (hundreds % 10 == 0 ? "" : "." + hundreds % 10) + "k";
    }

    static String fill(String colour) {
        return "fill=\"" + colour + "\"";
    }

    private static Map<String, String> colours(String... keyColours) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keyColours.length; i += 2) {
            map.put(keyColours[i], keyColours[i + 1]);
        }
        return map;
    }

    private static void bar(Svg svg, double x, double y, double width, String colour, boolean inTop, String label) {
        svg.rect(x, y, width, 9, colour, inTop ? null : "fill-opacity=\"0.4\"");
        svg.text(x + width + 4, y + 8, "start", label, "font-size=\"9.5\" " + fill(MUTED));
    }
}
