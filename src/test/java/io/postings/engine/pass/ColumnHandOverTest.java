package io.postings.engine.pass;

import static org.assertj.core.api.Assertions.assertThat;

import io.postings.input.InputOpener;
import io.postings.input.RawRecord;
import io.postings.input.Source;
import io.postings.normalize.ColumnUse;
import io.postings.normalize.Field;
import io.postings.normalize.Posting;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code inspect} needs of the column map is worked out on the thread that normalized the
 * record and handed over with it; an uncounted salary travels in the posting in the row's words.
 */
class ColumnHandOverTest {
    @TempDir
    Path dir;

    @Test
    void anObserverThatAsksGetsTheColumnsThatFedEachPostingAndTheUncountedSalaryInWords() throws IOException {
        Path csv = Files.writeString(dir.resolve("jobs.csv"),
                "id,title,location,salary_min,salary_max,salary_currency,salary_period\n"
                        + "1,Backend Developer,Berlin,50000,60000,EUR,year\n"
                        + "2,DevOps Engineer,\"Austin, TX\",abc,def,,\n"
                        + "3,DevOps Engineer,\"Austin, TX\",,,,\n");
        ReadSettings settings = ReadSettings.of(List.of(Source.of(csv.toString())));
        Reading reading = new Reading(settings);
        List<String> told = new ArrayList<>();

        reading.pipeline(new InputOpener(InputStream.nullInputStream()), reading.normalizer())
                .observe(new Pipeline.Observer() {
                    @Override
                    public boolean wantsColumns() {
                        return true;
                    }

                    @Override
                    public void posting(RawRecord record, Posting posting, ColumnUse columns) {
                        told.add(columns.feeder(Field.TITLE) + " " + columns.feeder(Field.SALARY_MIN) + " | "
                                + posting.salaryStatus().key() + " " + posting.salaryStated());
                    }
                })
                .run(settings.sources());

        assertThat(told).containsExactly(
                "title salary_min | not_us 50000-60000 EUR/year",
                "title salary_min | unparseable abc - def",
                "title null | none null");
    }
}
