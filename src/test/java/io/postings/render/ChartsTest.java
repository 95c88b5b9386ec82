package io.postings.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class ChartsTest {

    @Test
    void coordinatesHaveOneDecimalAtMostAndNoLocale() {
        assertThat(Svg.num(12.0)).isEqualTo("12");
        assertThat(Svg.num(3.25)).isEqualTo("3.3");
        assertThat(Svg.num(3.24)).isEqualTo("3.2");
        assertThat(Svg.num(-0.04)).isEqualTo("0");
        assertThat(Svg.num(-2.5)).isEqualTo("-2.5");
        assertThat(Svg.num(1234567.89)).isEqualTo("1234567.9");
    }

    @Test
    void textFromInputIsEscaped() {
        assertThat(Svg.escape("R&D <script> \"x\" 'y'\u001b[31m")).isEqualTo("R&amp;D &lt;script&gt; &quot;x&quot; &#39;y&#39;[31m");
    }

    @Test
    void everyChartOfEveryFixtureIsWellFormedSvg() throws Exception {
        for (var report : new io.postings.report.CompareReport[] {Fixtures.compare(), Fixtures.sparse()}) {
            Map<String, String> charts = Charts.all(report);
            assertThat(charts.keySet()).containsExactly("skills.svg", "pay.svg", "splits.svg", "distribution.svg", "shared-pay.svg");
            for (String svg : charts.values()) {
                var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
                assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
                assertThat(svg).doesNotContain("NaN").doesNotContain("Infinity").endsWith("</svg>\n").doesNotContain("\r");
            }
        }
    }

    @Test
    void payChartShowsNIntervalsAndTheSmallSampleMarker() {
        String pay = PayChart.draw(Fixtures.compare());
        assertThat(pay).contains(">Rust (n=38)<").contains(">$179,500 *<").contains(">PHP (n=41)<")
                .contains("Baseline: $150,000 (n=545, 7.5% of postings), 95% interval $146,000–$155,000");
        // PHP is below the baseline and its interval excludes it (significant); OpenAI's includes it.
        assertThat(pay).contains(">$136,000 *<").contains(">$172,500<");
        String sparse = PayChart.draw(Fixtures.sparse());
        assertThat(sparse).contains("No valid US salaries.").contains("No skill has at least 25 valid US salaries");
    }

    @Test
    void skillChartOrdersTheUnionByCombinedShare() {
        String skills = Charts.skills(Fixtures.compare());
        // CI/CD 2758/7257 + 4352/6908 is the largest combined share; Automation (DevOps only) comes before APIs.
        assertThat(skills.indexOf(">CI/CD<")).isLessThan(skills.indexOf(">AWS<"));
        assertThat(skills.indexOf(">Automation<")).isLessThan(skills.indexOf(">APIs<"));
        assertThat(Charts.skills(Fixtures.sparse())).contains("Neither role&#39;s postings ask for any skill.");
    }
}
