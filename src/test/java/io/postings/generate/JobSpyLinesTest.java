package io.postings.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class JobSpyLinesTest {

    private static List<CSVRecord> rows(PostingGenerator.OutputFormat format, int n) throws IOException {
        StringWriter out = new StringWriter();
        new PostingGenerator(5).write(n, format, out);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
    }

    @Test
    void samePostingsAsTheCanonicalFormatWithSkillsOnlyInTheDescription() throws IOException {
        List<CSVRecord> canonical = rows(PostingGenerator.OutputFormat.CSV, 300);
        List<CSVRecord> jobspy = rows(PostingGenerator.OutputFormat.JOBSPY, 300);

        assertThat(jobspy).hasSameSizeAs(canonical);
        assertThat(jobspy.get(0).getParser().getHeaderNames()).isEqualTo(JobSpyLines.COLUMNS).doesNotContain("skills");
        for (int i = 0; i < canonical.size(); i++) {
            CSVRecord c = canonical.get(i);
            CSVRecord j = jobspy.get(i);
            assertThat(j.get("id")).isEqualTo(c.get("id"));
            assertThat(j.get("title")).isEqualTo(c.get("title"));
            assertThat(j.get("min_amount")).isEqualTo(c.get("salary_min"));
            assertThat(j.get("is_remote")).isEqualTo(switch (c.get("work_mode")) {
                case "remote" -> "True";
                case "" -> "";
                default -> "False";
            });
            for (String skill : c.get("skills").split(";")) {
                if (!skill.isEmpty()) {
                    assertThat(j.get("description")).contains(skill);
                }
            }
            assertThat(j.get("description").length()).isGreaterThan(800);
        }
    }

    @Test
    void deterministic() throws IOException {
        assertThat(rows(PostingGenerator.OutputFormat.JOBSPY, 50)).hasToString(rows(PostingGenerator.OutputFormat.JOBSPY, 50).toString());
    }
}
