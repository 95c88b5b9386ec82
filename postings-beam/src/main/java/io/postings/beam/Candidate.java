package io.postings.beam;

import io.postings.engine.pass.NormalizeEvents;
import io.postings.normalize.Posting;
import java.util.Set;

/**
 * A normalized row on its way to the de-dup: where it was read (its position orders rows as
 * the CLI reads them: file index, then the row's turn in the file), its input id (null when it
 * has none), the posting and what the normalizer said about it.
 *
 * @param posting only what the aggregates read (see {@link #of}): rows wait here in numbers
 */
record Candidate(long position, String source, long line, String id, Posting posting, NormalizeEvents log, long content) {

    static Candidate of(long position, String source, long line, String id, Posting posting, NormalizeEvents log) {
        return of(position, source, line, id, posting, log, 0);
    }

    /** @param content the row's content key under {@code --dedupe content} ({@code Deduplicator.contentKey}), else 0 */
    static Candidate of(long position, String source, long line, String id, Posting posting, NormalizeEvents log,
            long content) {
        Posting slim = new Posting(null, null, posting.role(), posting.company(), posting.country(), posting.workMode(),
                posting.seniority(), posting.salaryStatus(), posting.salary(), Set.copyOf(posting.skills()), null,
                posting.postedAt(), null, posting.localCurrency(), posting.localSalary());
        return new Candidate(position, source, line, id, slim, log, content);
    }

    /** {@code file:line}, as the CLI names a row. */
    String where() {
        return source + ":" + line;
    }
}
