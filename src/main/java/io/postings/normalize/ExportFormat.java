package io.postings.normalize;

import io.postings.input.RawRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A known export layout (resource {@code formats.txt}): how to recognise it from a record's
 * column names, and which columns feed which field in it, ahead of the generic aliases of
 * {@code columns.txt}. JobSpy, the Kaggle LinkedIn 2023-24 dump, Greenhouse, Lever, Adzuna,
 * RemoteOK, Remotive and others: their columns often carry a field under a name that means
 * something else elsewhere (Lever's {@code text} is the title), and their quirks (Greenhouse
 * pays in cents, RemoteOK's first element is a legal notice) need a word of their own.
 *
 * @param key     short name ("jobspy")
 * @param label   what the format is, for people
 * @param detect  column names that must all be present for a record to be in this format
 * @param notice  column names that mark a record as a notice of the source, not a posting
 * @param columns field to column specs (see {@link ColumnSpec}), tried before the generic aliases
 */
public record ExportFormat(String key, String label, List<String> detect, List<String> notice,
        Map<Field, List<String>> columns) {

    private static final List<ExportFormat> ALL = load();

    /** Every known format, in file order. */
    public static List<ExportFormat> all() {
        return ALL;
    }

    /** The format a record's column names say it is in: all detect names present, the most of them wins; or null. */
    public static ExportFormat detect(Collection<String> names) {
        ExportFormat best = null;
        for (ExportFormat f : ALL) {
            if (!f.detect.isEmpty() && names.containsAll(f.detect)
                    && (best == null || f.detect.size() > best.detect.size())) {
                best = f;
            }
        }
        return best;
    }

    /** A notice of some known format (RemoteOK's "legal" element): its notice names and none of its detect names. */
    public static ExportFormat noticeOf(RawRecord record) {
        for (ExportFormat f : ALL) {
            if (f.isNotice(record)) {
                return f;
            }
        }
        return null;
    }

    public boolean isNotice(RawRecord record) {
        if (notice.isEmpty() || !record.values().keySet().containsAll(notice)) {
            return false;
        }
        for (String name : detect) {
            if (record.values().containsKey(name)) {
                return false;
            }
        }
        return true;
    }

    private static List<ExportFormat> load() {
        List<ExportFormat> formats = new ArrayList<>();
        String key = null;
        String label = null;
        List<String> detect = new ArrayList<>();
        List<String> notice = new ArrayList<>();
        Map<Field, List<String>> columns = new EnumMap<>(Field.class);
        for (List<String> line : TaxonomyFile.resource("formats.txt")) {
            String head = line.get(0);
            List<String> cells = line.subList(1, line.size());
            if (head.startsWith("@")) {
                if (key != null) {
                    formats.add(new ExportFormat(key, label, List.copyOf(detect), List.copyOf(notice), Map.copyOf(columns)));
                }
                key = head.substring(1).strip();
                label = cells.isEmpty() ? key : cells.get(0);
                detect = new ArrayList<>();
                notice = new ArrayList<>();
                columns = new EnumMap<>(Field.class);
            } else if (key == null) {
                throw new IllegalStateException("formats.txt: '" + head + "' before the first @format line");
            } else if (head.equals("detect")) {
                for (String c : cells) {
                    detect.add(c.toLowerCase(Locale.ROOT));
                }
            } else if (head.equals("notice")) {
                for (String c : cells) {
                    notice.add(c.toLowerCase(Locale.ROOT));
                }
            } else {
                Field field = Field.of(head);
                if (field == null) {
                    throw new IllegalStateException("formats.txt: unknown field '" + head + "' in @" + key);
                }
                // A cell of just "=" means the format has no column for the field; TaxonomyFile keeps it.
                columns.put(field, List.copyOf(cells.isEmpty() ? List.of("=") : cells));
            }
        }
        if (key != null) {
            formats.add(new ExportFormat(key, label, List.copyOf(detect), List.copyOf(notice), Map.copyOf(columns)));
        }
        return List.copyOf(formats);
    }
}
