package io.postings.render;

import io.postings.report.InputSummary;
import io.postings.report.Selection;
import io.postings.report.Share;
import java.util.ArrayList;
import java.util.List;

/**
 * The line under every output's title that says which postings were analysed (the posted-date
 * window and the filters), and the input section's breakdown of the rows they left out. Nothing
 * when no window or filter is set, so such outputs read as before.
 */
final class SelectionLines {
    private SelectionLines() {
    }

    /** "Selection: posted 2026-05-01 to 2026-06-30 (61 days, both included); country US, DE", or null when none. */
    static String line(InputSummary input) {
        Selection s = input.selection();
        if (s == null || !s.selects()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (s.window() != null) {
            parts.add(window(s.window()));
        }
        if (!s.countries().isEmpty()) {
            parts.add("country " + String.join(", ", s.countries()));
        }
        if (!s.seniority().isEmpty()) {
            parts.add("seniority " + String.join(", ", s.seniority()));
        }
        if (!s.workModes().isEmpty()) {
            parts.add("work mode " + String.join(", ", s.workModes()));
        }
        if (!s.companies().isEmpty()) {
            parts.add("company " + String.join(", ", s.companies().stream().map(c -> "\"" + c + "\"").toList()));
        }
        return "Selection: " + String.join("; ", parts) + "; " + Numbers.count(input.filteredOut()) + " rows left out";
    }

    static String window(Selection.Window w) {
        if (w.since() != null && w.until() != null) {
            return "posted " + w.since() + " to " + w.until() + " (" + Numbers.count(w.days()) + " days, both included"
                    + (w.asOf() != null ? ", as of " + w.asOf() : "") + ")";
        }
        return w.since() != null ? "posted on or after " + w.since() : "posted on or before " + w.until();
    }

    /** "no date 3, outside the window 120, country 40": the rows left out by first reason, or null when none. */
    static String leftOut(InputSummary input) {
        if (input.filteredOut() == 0) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (Share reason : input.filtered()) {
            if (reason.count() > 0) {
                parts.add(reason.key().replace('_', ' ') + " " + Numbers.count(reason.count()));
            }
        }
        return "Left out by the selection (first reason): " + String.join(", ", parts);
    }

    /** A document that starts with its title and, when a window or filter is set, the selection line. */
    static Document titled(String title, InputSummary input) {
        return new Document().heading(1, title).paragraphIfAny(line(input));
    }
}
