package io.postings.normalize;

import java.io.Serializable;

/**
 * A role as a user typed it and the canonical role it resolved to.
 *
 * @param typed     the text as given (--a, --role, a saved report's {@code requested})
 * @param role      the canonical role
 * @param via       how it was found
 * @param seniority true when seniority words were dropped from the text to find it ("Sr. Backend Developer")
 */
public record RoleRequest(String typed, String role, Via via, boolean seniority) implements Serializable {

    /** How a typed role was found, in the order the resolver tries them. */
    public enum Via {
        /** the canonical name, case and punctuation aside ("backend developer", "Full Stack Developer") */
        NAME,
        /** an alias of the role taxonomy ("Backend Engineer", "SRE") */
        ALIAS,
        /** the title normalizer: a title with these words is classified as the role */
        TITLE
    }

    /** A request for the canonical name itself, as a saved report or a program names it. */
    public static RoleRequest canonical(String role) {
        return new RoleRequest(role, role, Via.NAME, false);
    }

    /**
     * The typed text to record beside the canonical name, or null when the canonical name was
     * typed (in any case or punctuation): a report of a run that names its roles canonically
     * stays as it was.
     */
    public String requested() {
        return via == Via.NAME && !seniority ? null : typed;
    }

    /**
     * What to tell the user when the role was not named canonically, or null:
     * {@code Backend Developer (from "Sr. Backend Developer"; seniority is a column, not a role)}.
     */
    public String note() {
        if (requested() == null) {
            return null;
        }
        return role + " (from \"" + typed + "\"" + (seniority ? "; seniority is a column, not a role" : "") + ")";
    }
}
