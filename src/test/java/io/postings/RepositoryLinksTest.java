package io.postings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * No tracked file points outside the repository (issue 14): a clone must be complete. Every
 * text file that git tracks is searched for the shared folder beside the checkout, and every
 * relative link of a Markdown or SVG/HTML file must resolve inside the repository root.
 */
class RepositoryLinksTest {
    /** Spelled in two parts so that this file does not match itself. */
    private static final String SHARED = ".." + "/shared";
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(\\s*<?([^)\\s>]+)");
    private static final Pattern HTML_LINK = Pattern.compile("(?:href|src)\\s*=\\s*\"([^\"]+)\"");

    @Test
    void noTrackedFileLinksOutsideTheRepository() throws Exception {
        Path root = root();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String name : trackedFiles(root)) {
            Path file = root.resolve(name);
            String text = text(file);
            if (text == null) {
                continue;
            }
            checked++;
            if (text.contains(SHARED)) {
                problems.add(name + ": mentions " + SHARED);
            }
            if (name.endsWith(".md") || name.endsWith(".svg") || name.endsWith(".html")) {
                for (String link : links(text)) {
                    if (escapes(root, file, link)) {
                        problems.add(name + ": links " + link + ", outside the repository");
                    }
                }
            }
        }
        assertThat(checked).as("tracked text files checked").isGreaterThan(100);
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckFindsWhatItLooksFor() {
        Path root = Path.of("/repo");
        Path doc = root.resolve("docs/guide.md");
        String outside = "../" + SHARED + "/real/a.csv";
        assertThat(links("see [the contract](../METRICS.md#x) and [real](" + outside + ") "
                + "<img src=\"charts/pay.svg\"> [web](https://example.org)"))
                .containsExactlyInAnyOrder("../METRICS.md#x", outside, "charts/pay.svg", "https://example.org");
        assertThat(escapes(root, doc, "../METRICS.md#x")).isFalse();
        assertThat(escapes(root, doc, outside)).isTrue();
        assertThat(escapes(root, doc, "/etc/passwd")).isTrue();
        assertThat(escapes(root, doc, "https://example.org/../x")).isFalse();
        assertThat(escapes(root, doc, "#interpretation")).isFalse();
    }

    static List<String> links(String text) {
        List<String> links = new ArrayList<>();
        for (Pattern p : List.of(MARKDOWN_LINK, HTML_LINK)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                links.add(m.group(1));
            }
        }
        return links;
    }

    /** True for a link to a file outside the root: relative links that climb out of it, and absolute paths. */
    static boolean escapes(Path root, Path file, String link) {
        if (link.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || link.startsWith("#")) {
            return false; // a URL (https:, mailto:) or an anchor in the same file
        }
        String path = link.replaceAll("[#?].*$", "");
        if (path.isEmpty()) {
            return false;
        }
        if (path.startsWith("/")) {
            return true;
        }
        return !file.getParent().resolve(path).normalize().startsWith(root.normalize());
    }

    private static Path root() throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "rev-parse", "--show-toplevel").redirectErrorStream(true).start();
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        Assumptions.assumeTrue(git.waitFor() == 0, "not a git checkout: " + out);
        return Path.of(out).toAbsolutePath().normalize();
    }

    private static List<String> trackedFiles(Path root) throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "ls-files", "-z").directory(root.toFile()).start();
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(git.waitFor()).isZero();
        List<String> names = new ArrayList<>();
        for (String name : out.split("\0")) {
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    /** The file as UTF-8 text, or null for a binary one (gzip, images) or one missing from the work tree. */
    private static String text(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 0; i < Math.min(bytes.length, 8000); i++) {
            if (bytes[i] == 0) {
                return null;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
