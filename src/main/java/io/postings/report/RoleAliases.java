package io.postings.report;

import java.util.List;

/**
 * A role of the taxonomy and the names it goes by: what {@code roles --aliases} lists.
 *
 * @param postings   the role's postings in the input
 * @param aliases    the title phrases that mean the role, as roles.txt writes them ("a + b": both words anywhere)
 * @param exclusions phrases that keep a title off the role ("asic" for Backend Developer)
 */
public record RoleAliases(String role, long postings, List<String> aliases, List<String> exclusions) {
}
