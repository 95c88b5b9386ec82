package io.postings.report;

import java.util.List;

/**
 * Which postings a run analysed: the posted-date window and the filters, as given (METRICS.md
 * section 10, "Window and filters"). Every output shows it; an empty selection keeps every posting.
 *
 * @param window     the posted-date window, or null when none was set
 * @param countries  ISO codes a posting's country must be one of (empty: any)
 * @param seniority  levels a posting's seniority must be one of (empty: any)
 * @param workModes  work modes a posting's must be one of (empty: any)
 * @param companies  company names as given; a posting's company must equal one, case and spacing aside (empty: any)
 */
public record Selection(Window window, List<String> countries, List<String> seniority, List<String> workModes,
        List<String> companies) implements java.io.Serializable {

    public static final Selection NONE = new Selection(null, List.of(), List.of(), List.of(), List.of());

    public Selection {
        countries = List.copyOf(countries);
        seniority = List.copyOf(seniority);
        workModes = List.copyOf(workModes);
        companies = List.copyOf(companies);
    }

    /** True when a window or any filter is set (not a getter, so it is no JSON field). */
    public boolean selects() {
        return window != null || !countries.isEmpty() || !seniority.isEmpty() || !workModes.isEmpty()
                || !companies.isEmpty();
    }

    /**
     * A posted-date window: whole days (the calendar dates postings carry), both ends inclusive.
     *
     * @param since  first day in the window (yyyy-mm-dd), or null for no lower bound
     * @param until  last day in the window, or null for no upper bound
     * @param asOf   the day --as-of named (then {@code until} is that day), or null
     * @param days   days the window spans, both ends counted, or null when it is open at one end
     */
    public record Window(String since, String until, String asOf, Integer days) implements java.io.Serializable {
    }
}
