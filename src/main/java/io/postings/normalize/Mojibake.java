package io.postings.normalize;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Undoes UTF-8 text that was once decoded as Latin-1 and saved again ("Youâ\u0080\u0099ll" is
 * "You’ll", "GdaÅ\u0084sk" is "Gdańsk"), as in the RemoteOK API dump. Only runs of characters
 * U+0080 to U+00FF that form valid UTF-8 are replaced, so real accents ("São", "Zürich") and
 * text outside Latin-1 stay as they are.
 */
public final class Mojibake {
    private Mojibake() {
    }

    public static String repair(String s) {
        if (s == null || !suspicious(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c < 0x80 || c > 0xFF) {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < s.length() && s.charAt(end) >= 0x80 && s.charAt(end) <= 0xFF) {
                end++;
            }
            out.append(decoded(s, i, end));
            i = end;
        }
        return out.toString();
    }

    /** A lead byte of a multi-byte UTF-8 sequence followed by a continuation byte. */
    private static boolean suspicious(String s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0xC2 && c <= 0xF4) {
                char next = s.charAt(i + 1);
                if (next >= 0x80 && next <= 0xBF) {
                    return true;
                }
            }
        }
        return false;
    }

    private static CharSequence decoded(String s, int from, int to) {
        byte[] bytes = new byte[to - from];
        for (int k = from; k < to; k++) {
            bytes[k - from] = (byte) s.charAt(k);
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer text = utf8.decode(ByteBuffer.wrap(bytes));
            return text.toString();
        } catch (CharacterCodingException e) {
            return s.substring(from, to);
        }
    }
}
