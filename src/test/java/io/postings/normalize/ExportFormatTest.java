package io.postings.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.postings.input.RawRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExportFormatTest {

    private static String detect(String... names) {
        ExportFormat f = ExportFormat.detect(List.of(names));
        return f == null ? null : f.key();
    }

    @Test
    void recognisesEachFormatFromItsColumnNames() {
        assertThat(detect("id", "site", "job_url", "job_url_direct", "title", "company", "min_amount")).isEqualTo("jobspy");
        assertThat(detect("job_id", "company_name", "title", "max_salary", "pay_period", "location",
                "formatted_work_type", "original_listed_time", "remote_allowed")).isEqualTo("linkedin-kaggle");
        assertThat(detect("absolute_url", "internal_job_id", "location.name", "id", "title")).isEqualTo("greenhouse");
        assertThat(detect("id", "text", "hostedurl", "applyurl", "categories.location")).isEqualTo("lever");
        assertThat(detect("id", "adref", "title", "redirect_url", "salary_is_predicted")).isEqualTo("adzuna");
        assertThat(detect("company", "platform", "jobid", "title", "applyurl", "scrapedat")).isEqualTo("open-jobs-data");
        assertThat(detect("position", "company", "type_workplace", "required_skills", "link_linkedin"))
                .isEqualTo("linkedin-brazil");
        assertThat(detect("slug", "id", "epoch", "position", "tags")).isEqualTo("remoteok");
        assertThat(detect("id", "title", "company_name", "candidate_required_location", "publication_date"))
                .isEqualTo("remotive");
        assertThat(detect("job_id", "title", "company", "publication_date", "job_type", "url")).isEqualTo("remotive-jobpulse");
    }

    @Test
    void genericColumnsAreNoKnownFormat() {
        assertThat(detect("id", "title", "company", "location", "salary")).isNull();
        assertThat(detect()).isNull();
    }

    @Test
    void everyFormatHasALabelAndDetectNames() {
        assertThat(ExportFormat.all()).hasSizeGreaterThanOrEqualTo(10).allSatisfy(f -> {
            assertThat(f.label()).isNotBlank();
            assertThat(f.detect()).isNotEmpty();
        });
    }

    @Test
    void remoteOksLegalElementIsANotice() {
        Map<String, String> legal = new LinkedHashMap<>();
        legal.put("last_updated", "1773720015");
        legal.put("legal", "API Terms of Service");
        Map<String, String> job = Map.of("slug", "x", "epoch", "1", "position", "DevOps Engineer", "legal", "?");

        assertThat(ExportFormat.noticeOf(new RawRecord("remoteok.json", 1, legal))).isNotNull()
                .extracting(ExportFormat::key).isEqualTo("remoteok");
        assertThat(ExportFormat.noticeOf(new RawRecord("remoteok.json", 1, job))).isNull();
        assertThat(ExportFormat.noticeOf(new RawRecord("jobs.csv", 2, Map.of("title", "x")))).isNull();
    }
}
