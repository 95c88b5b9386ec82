package io.postings.normalize;

import java.util.List;
import java.util.Locale;

/**
 * Work mode (METRICS.md section 9): an explicit column wins, then a remote flag (true:
 * remote; false: onsite unless the text says hybrid; empty: unknown), then the location and
 * title text. Column values in English and Portuguese ("Presencial", "Híbrido", "Remoto").
 */
public final class WorkModes {
    private WorkModes() {
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

    /** The work mode named in a text: hybrid before remote ("Remote/Hybrid" is hybrid), then onsite. */
    static WorkMode ofWords(String text) {
        if (text == null) {
            return null;
        }
        List<String> words = Words.of(text);
        if (words.contains("hybrid") || words.contains("hibrido")) {
            return WorkMode.HYBRID;
        }
        if (words.contains("remote") || words.contains("remoto") || words.contains("wfh")
                || words.contains("telecommute") || words.contains("anywhere")) {
            return WorkMode.REMOTE;
        }
        String joined = " " + String.join(" ", words) + " ";
        // A bare "office" only as the whole value ("Office"): in a title it is the job ("Office Manager").
        if (words.contains("onsite") || joined.contains(" on site ") || words.contains("presencial")
                || joined.contains(" in office ") || joined.contains(" in person ") || joined.contains(" office based ")
                || words.equals(List.of("office"))) {
            return WorkMode.ONSITE;
        }
        return null;
    }
}
