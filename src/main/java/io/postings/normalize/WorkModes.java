package io.postings.normalize;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Work mode (docs/METRICS.md section 9): an explicit column wins, then a remote flag (true:
 * remote; false: onsite unless the text says hybrid; empty: unknown), then the location and
 * title text. Column values in English and Portuguese ("Presencial", "Híbrido", "Remoto").
 */
public final class WorkModes {
    /** Words after "remote" that make it a technology, not a work mode. */
    private static final Set<String> REMOTE_TECH = Set.of(
            "sensing", "sensor", "sensors", "monitoring", "pilot", "pilots", "access", "control", "controls",
            "surgery", "patient", "desktop", "diagnostics");
    private static final Set<String> NEGATIONS = Set.of("non", "not", "no");

    private WorkModes() {
    }

    /** Index of a "remote" that means a work mode, or -1. */
    private static int remoteAt(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equals("remote") && (i + 1 >= words.size() || !REMOTE_TECH.contains(words.get(i + 1)))) {
                return i;
            }
        }
        return -1;
    }

    public static WorkMode resolve(String column, String remoteFlag, String location, String title) {
        WorkMode fromColumn = ofWords(column);
        if (fromColumn != null) {
            return fromColumn;
        }
        Boolean flag = flag(remoteFlag);
        if (flag != null) {
            if (flag) {
                return WorkMode.REMOTE;
            }
            return ofWords(location) == WorkMode.HYBRID || ofWords(title) == WorkMode.HYBRID
                    ? WorkMode.HYBRID : WorkMode.ONSITE;
        }
        WorkMode fromLocation = ofWords(location);
        return fromLocation != null ? fromLocation : ofWords(title);
    }

    /** A boolean flag's value, or null when empty or not a boolean. */
    static Boolean flag(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "t", "yes", "y", "1", "1.0" -> Boolean.TRUE;
            case "false", "f", "no", "n", "0", "0.0" -> Boolean.FALSE;
            default -> null;
        };
    }

    /**
     * The work mode named in a text: hybrid before remote ("Remote/Hybrid" is hybrid), then
     * onsite. English, Portuguese, Spanish and French words ("Híbrido", "Remoto", "home
     * office", "Presencial", "télétravail"). "Remote" that names a technology is no work mode
     * ("Remote Sensing Scientist", "Remote Monitoring"); "non-remote" is onsite.
     */
    static WorkMode ofWords(String text) {
        return WORDS.apply(text);
    }

    private static final Memo<WorkMode> WORDS = new Memo<>(WorkModes::matchWords);

    private static WorkMode matchWords(String text) {
        if (text == null) {
            return null;
        }
        List<String> words = Words.of(text);
        if (words.contains("hybrid") || words.contains("hibrido") || words.contains("hibrida")
                || words.contains("hybride")) {
            return WorkMode.HYBRID;
        }
        String joined = " " + String.join(" ", words) + " ";
        int remote = remoteAt(words);
        if (remote > 0 && NEGATIONS.contains(words.get(remote - 1))) {
            return WorkMode.ONSITE;
        }
        if (remote >= 0 || words.contains("remoto") || words.contains("remota") || words.contains("wfh")
                || words.contains("telecommute") || words.contains("anywhere") || words.contains("teletrabajo")
                || words.contains("teletravail") || joined.contains(" work from home ")
                || joined.contains(" home office ") || joined.contains(" trabajo remoto ")) {
            return WorkMode.REMOTE;
        }
        // A bare "office" only as the whole value ("Office"): in a title it is the job ("Office Manager").
        if (words.contains("onsite") || joined.contains(" on site ") || words.contains("presencial")
                || joined.contains(" sur site ")
                || joined.contains(" in office ") || joined.contains(" in person ") || joined.contains(" office based ")
                || words.equals(List.of("office"))) {
            return WorkMode.ONSITE;
        }
        return null;
    }
}
