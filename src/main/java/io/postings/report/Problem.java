package io.postings.report;

import java.util.List;

/** One kind of input problem, how often it happened and the first few places. */
public record Problem(String kind, long count, List<Example> examples) {
}
