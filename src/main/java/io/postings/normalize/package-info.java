/**
 * Turns raw records into {@link io.postings.normalize.Posting}s: title to role, skills to
 * canonical names, salary to annual USD base, location to country, work mode and seniority.
 * The vocabularies are data files under {@code src/main/resources/io/postings}; users can
 * replace or extend the role and skill taxonomies.
 */
package io.postings.normalize;
