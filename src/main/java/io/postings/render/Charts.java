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
        charts.put(PAY, PayChart.draw(report));
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
