/**
 * Deterministic synthetic posting dumps calibrated to {@code docs/published-figures.md}: the
 * {@code generate} command and the bundled {@code samples/postings.csv.gz}. The calibration
 * (role volumes, US medians, splits, employers, skill shares and premiums) is data, in the
 * resource {@code io/postings/market.txt}; this package only turns it into rows. A seed and
 * a row count always give the same bytes, on every JDK from 17 on, and memory does not grow
 * with the row count.
 */
package io.postings.generate;
