package io.postings.engine.aggregate;

import io.postings.normalize.Posting;
import io.postings.normalize.Seniority;
import io.postings.normalize.Text;
import io.postings.normalize.WorkMode;
import io.postings.report.Selection;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a distinct posting is analysed, from a {@link Selection}: in the posted-date
 * window (whole days, both ends inclusive) and matching every filter that is set. A posting left
 * out is counted under the first reason that applies, in the order of {@link #REASONS}.
 * Immutable and serializable (a distributed run ships it to its workers).
 */
public final class PostingFilter implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Why a posting was left out, in the order they are checked. */
    public static final String[] REASONS = {"no_date", "outside_window", "country", "seniority", "work_mode", "company"};
    static final int NO_DATE = 0;
    static final int OUTSIDE_WINDOW = 1;
    static final int COUNTRY = 2;
    static final int SENIORITY = 3;
    static final int WORK_MODE = 4;
    static final int COMPANY = 5;
    /** {@link #reason} of a posting that is kept. */
    public static final int KEPT = -1;

    public static final PostingFilter NONE = new PostingFilter(Selection.NONE);

    private final Selection selection;
    private final boolean windowed;
    private final String since;
    private final String until;
    private final Set<String> countries;
    private final Set<Seniority> seniority;
    private final Set<WorkMode> workModes;
    private final Set<String> companies;
    private final boolean any;

    /** @param selection values already checked (ISO dates, country codes, level and work-mode keys) */
    public PostingFilter(Selection selection) {
        this.selection = selection;
        this.windowed = selection.window() != null;
        this.since = windowed ? selection.window().since() : null;
        this.until = windowed ? selection.window().until() : null;
        this.countries = Set.copyOf(selection.countries());
        this.seniority = EnumSet.noneOf(Seniority.class);
        selection.seniority().forEach(s -> seniority.add(Seniority.valueOf(s.toUpperCase(Locale.ROOT))));
        this.workModes = EnumSet.noneOf(WorkMode.class);
        selection.workModes().forEach(w -> workModes.add(WorkMode.valueOf(w.toUpperCase(Locale.ROOT))));
        Set<String> folded = new HashSet<>();
        selection.companies().forEach(c -> folded.add(Text.fold(c)));
        this.companies = Set.copyOf(folded);
        this.any = selection.selects();
    }

    public Selection selection() {
        return selection;
    }

    /** {@link #KEPT}, or the index in {@link #REASONS} of the first reason the posting is left out. */
    public int reason(Posting p) {
        if (!any) {
            return KEPT;
        }
        if (windowed) {
            String date = p.postedAt();
            if (date == null) {
                return NO_DATE;
            }
            // ISO dates order as text.
            if ((since != null && date.compareTo(since) < 0) || (until != null && date.compareTo(until) > 0)) {
                return OUTSIDE_WINDOW;
            }
        }
        if (!countries.isEmpty() && (p.country() == null || !countries.contains(p.country()))) {
            return COUNTRY;
        }
        if (!seniority.isEmpty() && (p.seniority() == null || !seniority.contains(p.seniority()))) {
            return SENIORITY;
        }
        if (!workModes.isEmpty() && (p.workMode() == null || !workModes.contains(p.workMode()))) {
            return WORK_MODE;
        }
        if (!companies.isEmpty() && (p.company() == null || !companies.contains(Text.fold(p.company())))) {
            return COMPANY;
        }
        return KEPT;
    }
}
