package io.postings.normalize;

import java.util.Locale;

/** The posting fields an input column can feed (resource {@code columns.txt} lists their aliases). */
public enum Field {
    ID, TITLE, ROLE, COMPANY, LOCATION, COUNTRY, WORK_MODE, REMOTE, SENIORITY,
    SALARY, SALARY_MIN, SALARY_MAX, SALARY_CURRENCY, SALARY_PERIOD, SALARY_ESTIMATED,
    SKILLS, DESCRIPTION, POSTED_AT;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Field of(String key) {
        for (Field f : values()) {
            if (f.key().equals(key.strip().toLowerCase(Locale.ROOT).replace('-', '_'))) {
                return f;
            }
        }
        return null;
    }
}
