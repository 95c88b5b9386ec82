package io.postings.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Micro precision and recall of skill extraction on hand-labelled description snippets
 * ({@code src/test/resources/skills/}: {@code corpus.tsv}, the snippets the extractor was tuned
 * on, and {@code heldout.tsv}, written afterwards). Silent unless run with
 * {@code -Dskills.corpus.report=true}, which prints the numbers and every miss:
 * {@code mvn test -Dtest=SkillExtractionCorpusTest -Dskills.corpus.report=true}.
 */
class SkillExtractionCorpusTest {
    private static final Path DIR = Path.of("src", "test", "resources", "skills");
    private static final SkillTaxonomy TAXONOMY = SkillTaxonomy.defaults();

    record Snippet(int line, Set<String> expected, String text) {
    }

    record Score(String name, int snippets, int truePositives, int falsePositives, int falseNegatives, List<String> misses) {
        double precision() {
            return truePositives / (double) (truePositives + falsePositives);
        }

        double recall() {
            return truePositives / (double) (truePositives + falseNegatives);
        }

        Score plus(Score o) {
            List<String> all = new ArrayList<>(misses);
            all.addAll(o.misses);
            return new Score(name + "+" + o.name, snippets + o.snippets, truePositives + o.truePositives,
                    falsePositives + o.falsePositives, falseNegatives + o.falseNegatives, all);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-18s snippets %4d  tp %4d  fp %3d  fn %3d  precision %.4f  recall %.4f",
                    name, snippets, truePositives, falsePositives, falseNegatives, precision(), recall());
        }
    }

    @Test
    void precisionAndRecallAreAtLeast97Percent() throws IOException {
        Score tuned = score("corpus.tsv");
        Score heldOut = score("heldout.tsv");
        Score all = tuned.plus(heldOut);
        if (Boolean.getBoolean("skills.corpus.report")) {
            System.out.println(tuned);
            System.out.println(heldOut);
            System.out.println(all);
            all.misses().forEach(System.out::println);
        }
        assertThat(tuned.snippets()).isGreaterThanOrEqualTo(300);
        assertThat(all.precision()).as(all.toString()).isGreaterThanOrEqualTo(0.97);
        assertThat(all.recall()).as(all.toString()).isGreaterThanOrEqualTo(0.97);
        // The held-out set is small and trap-heavy: a looser floor that still catches a regression.
        assertThat(heldOut.precision()).as(heldOut.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(heldOut.recall()).as(heldOut.toString()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void labelsAreCanonicalNamesAndTextsAreDistinct() throws IOException {
        Set<String> texts = new TreeSet<>();
        for (String file : List.of("corpus.tsv", "heldout.tsv")) {
            for (Snippet s : read(file)) {
                assertThat(TAXONOMY.names()).as(file + ":" + s.line()).containsAll(s.expected());
                assertThat(texts.add(s.text())).as("repeated " + file + ":" + s.line()).isTrue();
            }
        }
    }

    private static Score score(String file) throws IOException {
        SkillExtractor extractor = TAXONOMY.extractor();
        List<Snippet> snippets = read(file);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<String> misses = new ArrayList<>();
        for (Snippet s : snippets) {
            Set<String> found = extractor.extract(s.text());
            Set<String> wrong = new TreeSet<>(found);
            wrong.removeAll(s.expected());
            Set<String> missed = new TreeSet<>(s.expected());
            missed.removeAll(found);
            fp += wrong.size();
            fn += missed.size();
            tp += found.size() - wrong.size();
            if (!wrong.isEmpty() || !missed.isEmpty()) {
                misses.add(file + ":" + s.line() + " extra " + wrong + " missed " + missed + "  " + s.text());
            }
        }
        return new Score(file, snippets.size(), tp, fp, fn, misses);
    }

    /** Lines "expected skills (; separated) TAB text", after '#' comments and a header line. */
    static List<Snippet> read(String file) throws IOException {
        List<String> lines = Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8);
        List<Snippet> out = new ArrayList<>();
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            int tab = line.indexOf('\t');
            Set<String> expected = new LinkedHashSet<>();
            for (String name : line.substring(0, tab).split(";")) {
                if (!name.isBlank()) {
                    expected.add(name.strip());
                }
            }
            out.add(new Snippet(i + 1, expected, unescape(line.substring(tab + 1))));
        }
        return out;
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && "nt\\".indexOf(s.charAt(i + 1)) >= 0) {
                char next = s.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 't' ? '\t' : '\\');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
