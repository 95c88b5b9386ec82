package io.postings.render;

import io.postings.report.CheckReport;
import io.postings.report.CompareReport;
import io.postings.report.InspectReport;
import io.postings.report.MatrixReport;
import io.postings.report.ProfileReport;
import io.postings.report.ProfilesReport;
import io.postings.report.RolesCompareReport;
import io.postings.report.RolesReport;
import io.postings.report.SkillsReport;
import io.postings.report.TrendReport;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** Which document builder draws which report record: the one place a new output registers its text form. */
final class Documents {
    private static final Map<Class<?>, Function<Object, Document>> BUILDERS = new HashMap<>();

    static {
        add(CompareReport.class, CompareDocument::compare);
        add(RolesReport.class, CompareDocument::roles);
        add(RolesCompareReport.class, RolesCompareDocument::document);
        add(MatrixReport.class, MatrixDocument::document);
        add(SkillsReport.class, SkillsDocument::document);
        add(ProfilesReport.class, ProfilesDocument::document);
        add(ProfileReport.class, ProfileDocument::document);
        add(TrendReport.class, TrendDocument::document);
        add(InspectReport.class, InspectDocument::document);
        add(CheckReport.class, CheckDocument::document);
    }

    private Documents() {
    }

    private static <R> void add(Class<R> type, Function<R, Document> builder) {
        BUILDERS.put(type, report -> builder.apply(type.cast(report)));
    }

    /** The document of a report record; a record without one is a programming error. */
    static Document of(Object report) {
        Function<Object, Document> builder = BUILDERS.get(report.getClass());
        if (builder == null) {
            throw new IllegalArgumentException("no document for " + report.getClass().getName());
        }
        return builder.apply(report);
    }
}
