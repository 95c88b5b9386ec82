import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A flame graph as a static SVG, from collapsed stacks ("frame;frame;frame count" per line, as
 * async-profiler's {@code collapsed} output writes them, threads as the first frame): an SVG,
 * unlike async-profiler's own HTML, shows inside docs/performance.md on any Markdown viewer.
 * Frames are sorted by name at each level (as Brendan Gregg's flamegraph.pl does), so two
 * profiles of the same run line up; frames under {@code minPercent} of all samples are left out.
 * Also prints the samples per thread, the table the performance log quotes.
 *
 * <pre>java bench/src/FlameGraph.java profile.collapsed profile.svg "title" [minPercent]</pre>
 */
public final class FlameGraph {
    private static final int WIDTH = 1200;
    private static final int ROW = 16;
    private static final double CHAR = 6.6;

    /** A frame and the samples under it, children by name. */
    private static final class Node {
        final String name;
        long samples;
        final Map<String, Node> children = new LinkedHashMap<>();

        Node(String name) {
            this.name = name;
        }

        Node child(String name) {
            return children.computeIfAbsent(name, Node::new);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: FlameGraph PROFILE.collapsed OUT.svg TITLE [MIN-PERCENT]");
            System.exit(2);
        }
        double minPercent = 0.2;
        try {
            minPercent = args.length > 3 ? Double.parseDouble(args[3]) : minPercent;
        } catch (NumberFormatException e) {
            System.err.println("FlameGraph: MIN-PERCENT is a number, not " + args[3]);
            System.exit(2);
        }
        if (Path.of(args[1]).toAbsolutePath().normalize().equals(Path.of(args[0]).toAbsolutePath().normalize())) {
            System.err.println("FlameGraph: " + args[1] + " is the profile itself; the graph goes elsewhere");
            System.exit(2);
        }
        Node root = new Node("all");
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println(args[0] + ": cannot read (" + e.getClass().getSimpleName() + ")");
            System.exit(3);
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            long n;
            try {
                n = Long.parseLong(line.substring(space + 1).trim());
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (space <= 0 || n < 0) {
                System.err.println(args[0] + ":" + (i + 1) + ": not a collapsed stack (frame;frame;... count)");
                System.exit(3);
            }
            root.samples += n;
            Node at = root;
            for (String frame : line.substring(0, space).split(";")) {
                at = at.child(thread(frame));
                at.samples += n;
            }
        }
        if (root.samples == 0) {
            System.err.println(args[0] + ": no samples");
            System.exit(3);
        }
        System.out.printf(Locale.ROOT, "%d samples%n", root.samples);
        root.children.values().stream().sorted((a, b) -> Long.compare(b.samples, a.samples))
                .forEach(t -> System.out.printf(Locale.ROOT, "  %-52s %7d  %5.1f%%%n", t.name, t.samples,
                        100.0 * t.samples / root.samples));

        double min = minPercent / 100 * root.samples;
        int height = (depth(root, min) + 1) * ROW + 40;
        List<String> rects = new ArrayList<>();
        draw(root, 0, 0, root.samples, min, height, rects);
        try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            out.write(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                    + "viewBox=\"0 0 %d %d\" font-family=\"monospace\" font-size=\"11\">%n", WIDTH, height, WIDTH, height));
            out.write(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"#fdfdf6\"/>%n", WIDTH, height));
            out.write(String.format(Locale.ROOT, "<text x=\"%d\" y=\"20\" text-anchor=\"middle\" font-size=\"14\">%s</text>%n",
                    WIDTH / 2, escape(args[2])));
            for (String r : rects) {
                out.write(r);
            }
            out.write("</svg>\n");
        }
    }

    /** Thread frames carry a tid and, for the pass's threads, the file's path: kept to the thread's own name. */
    private static String thread(String frame) {
        if (!frame.startsWith("[")) {
            return frame;
        }
        String name = frame.replaceAll(" tid=\\d+", "").replaceAll("\\s+\\]$", "]");
        return name.startsWith("[postings-") && name.indexOf(' ') > 0 ? name.substring(0, name.indexOf(' ')) + "]" : name;
    }

    /** Levels below the root drawn: frames of at least {@code min} samples. */
    private static int depth(Node node, double min) {
        int deepest = 0;
        for (Node child : node.children.values()) {
            if (child.samples >= min) {
                deepest = Math.max(deepest, 1 + depth(child, min));
            }
        }
        return deepest;
    }

    /** The root at the bottom, as flame graphs are drawn; children left to right by name. */
    private static void draw(Node node, int level, long start, long total, double min, int height, List<String> rects) {
        double x = (double) start / total * WIDTH;
        double w = (double) node.samples / total * WIDTH;
        int y = height - (level + 1) * ROW - 6;
        String label = node.name + " (" + node.samples + " samples, "
                + String.format(Locale.ROOT, "%.1f%%", 100.0 * node.samples / total) + ")";
        int fits = (int) ((w - 4) / CHAR);
        String shown = fits >= node.name.length() ? node.name : fits > 3 ? node.name.substring(0, fits - 2) + ".." : "";
        rects.add(String.format(Locale.ROOT,
                "<g><title>%s</title><rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\" rx=\"2\"/>"
                        + "<text x=\"%.1f\" y=\"%d\">%s</text></g>%n",
                escape(label), x, y, Math.max(w - 0.5, 0.1), ROW - 1, color(node.name), x + 3, y + 11, escape(shown)));
        long at = start;
        for (Node child : node.children.values().stream().sorted((a, b) -> a.name.compareTo(b.name)).toList()) {
            if (child.samples >= min) {
                draw(child, level + 1, at, total, min, height, rects);
            }
            at += child.samples;
        }
    }

    /** Grey for threads, green for the project's code, warm colours for other Java, blue for the JVM's C++ and the kernel. */
    private static String color(String name) {
        int h = Math.floorMod(name.hashCode(), 40);
        if (name.startsWith("[") || name.equals("all")) {
            return "hsl(0,0%," + (72 + h / 4) + "%)";
        }
        if (name.startsWith("io/postings") || name.startsWith("io.postings")) {
            return "hsl(" + (100 + h) + ",55%,60%)";
        }
        if (name.contains("/") || name.contains(".")) {
            return "hsl(" + (10 + h) + ",80%,62%)";
        }
        return "hsl(" + (200 + h) + ",50%,70%)";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
