package io.postings.normalize;

import java.util.List;

/**
 * A role name that neither a canonical name, an alias nor the title normalizer knows. The
 * message names the closest roles; the command line turns it into a usage error (exit 2).
 */
public final class UnknownRoleException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<RoleSuggestions.Candidate> candidates;

    UnknownRoleException(String typed, List<RoleSuggestions.Candidate> candidates) {
        super(message(typed, candidates));
        this.candidates = List.copyOf(candidates);
    }

    /** The closest roles, closest first. */
    public List<RoleSuggestions.Candidate> candidates() {
        return candidates;
    }

    private static String message(String typed, List<RoleSuggestions.Candidate> candidates) {
        StringBuilder out = new StringBuilder("unknown role \"").append(typed).append('"');
        if (!candidates.isEmpty()) {
            out.append("; closest: ");
            for (int i = 0; i < candidates.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(candidates.get(i).label());
            }
        }
        return out.append(". 'postings roles --aliases' lists every role with the names it goes by.").toString();
    }
}
