package io.postings.render;

import io.postings.report.RoleTrend;
import io.postings.report.TrendPoint;
import io.postings.report.TrendReport;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The trend as a line chart (SVG): postings per period above, the median US base salary per
 * period below, one line per role in the report's colours. A partial period's point is hollow;
 * a period without a median breaks the pay line. Drawn from the report's records only.
 */
public final class TrendChart {
    public static final String FILE = "trend.svg";

    private static final int WIDTH = 760;
    private static final int LEFT = 84;
    private static final int RIGHT = 24;
    private static final int PANEL = 180;
    private static final String[] COLOURS = {Charts.COLOUR_A, Charts.COLOUR_B, "#009E73", "#CC79A7", "#E69F00"};

    private TrendChart() {
    }

    public static String svg(TrendReport trend) {
        String title = "Trend: " + String.join(" vs ", trend.roles().stream().map(RoleTrend::role).toList());
        int periods = trend.roles().get(0).periods().size();
        int height = 96 + 2 * (PANEL + 56) + 24;
        Svg svg = new Svg(WIDTH, height, title);
        svg.text(16, 26, "start", title, "font-size=\"16\" font-weight=\"bold\" fill=\"" + Charts.INK + "\"");
        double x = 16;
        for (int r = 0; r < trend.roles().size(); r++) {
            String colour = COLOURS[r % COLOURS.length];
            svg.rect(x, 42, 12, 12, colour, null);
            String name = trend.roles().get(r).role();
            svg.text(x + 18, 52, "start", name, "fill=\"" + Charts.INK + "\"");
            x += 18 + Svg.textWidth(name, 12) + 24;
        }
        if (periods == 0) {
            svg.text(16, 90, "start", "No posting has a posted date.", "fill=\"" + Charts.MUTED + "\"");
            return svg.end();
        }
        svg.text(16, 72, "start", "Hollow points: a " + trend.by() + " the dates cover only in part.",
                "fill=\"" + Charts.MUTED + "\"");
        panel(svg, trend, 96, "Postings per " + trend.by(), p -> (double) p.postings(), true);
        panel(svg, trend, 96 + PANEL + 56, "Median US base salary per " + trend.by(), p -> p.salary().median(), false);
        return svg.end();
    }

    private static void panel(Svg svg, TrendReport trend, double top, String heading, Function<TrendPoint, Double> value,
            boolean counts) {
        svg.text(16, top + 4, "start", heading, "font-weight=\"bold\" fill=\"" + Charts.INK + "\"");
        double plotTop = top + 16;
        double plotBottom = plotTop + PANEL - 24;
        double low = Double.MAX_VALUE;
        double high = -Double.MAX_VALUE;
        for (RoleTrend role : trend.roles()) {
            for (TrendPoint p : role.periods()) {
                Double v = value.apply(p);
                if (v != null) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
            }
        }
        if (high < low) {
            svg.text(LEFT, plotTop + 40, "start", "no values", "fill=\"" + Charts.MUTED + "\"");
            return;
        }
        // Counts start at zero; pay is drawn around its range, with a tenth of it as margin.
        double margin = Math.max((high - low) / 10, counts ? 1 : 1000);
        double min = counts ? 0 : Math.max(0, low - margin);
        double max = high + margin;
        for (int t = 0; t <= 4; t++) {
            double v = min + (max - min) * t / 4;
            double y = plotBottom - (plotBottom - plotTop) * t / 4;
            svg.line(LEFT, y, WIDTH - RIGHT, y, Charts.GRID, 1, null);
            svg.text(LEFT - 6, y + 4, "end", counts ? Numbers.count(Math.round(v)) : Numbers.money(v),
                    "font-size=\"11\" fill=\"" + Charts.MUTED + "\"");
        }
        List<TrendPoint> first = trend.roles().get(0).periods();
        int n = first.size();
        int every = Math.max(1, (int) Math.ceil(n / 12.0));
        for (int i = 0; i < n; i += every) {
            svg.text(xOf(i, n), plotBottom + 16, "middle", first.get(i).period(),
                    "font-size=\"11\" fill=\"" + Charts.MUTED + "\"");
        }
        for (int r = 0; r < trend.roles().size(); r++) {
            String colour = COLOURS[r % COLOURS.length];
            List<TrendPoint> points = trend.roles().get(r).periods();
            List<double[]> drawn = new ArrayList<>();
            double[] previous = null;
            for (int i = 0; i < n; i++) {
                Double v = value.apply(points.get(i));
                if (v == null) {
                    previous = null;
                    continue;
                }
                double[] at = {xOf(i, n), plotBottom - (plotBottom - plotTop) * (v - min) / (max - min),
                        points.get(i).whole() ? 1 : 0};
                if (previous != null) {
                    svg.line(previous[0], previous[1], at[0], at[1], colour, 2, null);
                }
                drawn.add(at);
                previous = at;
            }
            for (double[] at : drawn) {
                svg.circle(at[0], at[1], 3.5, at[2] == 1 ? colour : "#ffffff", colour);
            }
        }
    }

    private static double xOf(int i, int n) {
        double width = WIDTH - LEFT - RIGHT - 24;
        return LEFT + 12 + (n == 1 ? width / 2 : width * i / (n - 1));
    }
}
