/**
 * Plain, immutable records of what a command found: the comparison, role profiles and the
 * input summary. Engines build them, renderers print them; nothing here computes or prints.
 * Field order here is the order of the JSON schema ({@code postings.compare/1}).
 */
package io.postings.report;
