package io.postings.input;

/** Input formats the readers understand. */
public enum Format {
    CSV, JSON, JSONL
}
