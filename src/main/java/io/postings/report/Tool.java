package io.postings.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The tool that made a report, so that a drift can be told apart from a new release: the
 * version comes from the build (the filtered resource {@code io/postings/build.properties}),
 * so a packaged jar always knows it; "dev" only where the classes were compiled without it.
 */
public record Tool(String name, String version) {
    private static final Tool CURRENT = new Tool("postings", load());

    public static Tool current() {
        return CURRENT;
    }

    private static String load() {
        try (InputStream in = Tool.class.getResourceAsStream("/io/postings/build.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").strip();
            return v.isEmpty() || v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }
}
