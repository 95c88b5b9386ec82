package io.postings.normalize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits text into lower-case words for phrase matching: accents dropped ("Sênior" is
 * "senior"), every character but letters, digits, {@code #} and {@code +} a separator, so
 * "Back-end Engineer (Remote)" is [back, end, engineer, remote].
 */
public final class Words {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Words() {
    }

    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String plain = text;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
                break;
            }
        }
        plain = plain.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= plain.length(); i++) {
            boolean wordChar = i < plain.length() && isWordChar(plain.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                words.add(plain.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '#' || c == '+';
    }
}
