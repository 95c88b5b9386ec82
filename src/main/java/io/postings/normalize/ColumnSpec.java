package io.postings.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postings.input.RawRecord;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One way to take a field from a row, as written in {@code formats.txt} or {@code --map}:
 * <ul>
 * <li>{@code name}: the column (nested JSON names joined with dots: {@code location.name});</li>
 * <li>{@code name[0]} or {@code name[0].key}: an element of a JSON array column
 *     ({@code pay_input_ranges[0].min_cents});</li>
 * <li>{@code name ~ regex}: the first group the regex finds in the value (or the whole
 *     match), else nothing ({@code hostedurl ~ jobs\.lever\.co/([^/]+)});</li>
 * <li>{@code name / 100}: the number divided (cents to dollars);</li>
 * <li>{@code =text}: always {@code text}; a bare {@code =} means the field has no column.</li>
 * </ul>
 */
public record ColumnSpec(String text, String column, Integer index, String key, Pattern regex, BigDecimal divisor,
        String constant) {

    /** Made on the first {@code COL[i]} read: a data binder is a tenth of a second of start-up most runs never use. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private static final Pattern SHAPE = Pattern.compile(
            "([^\\[]+?)(?:\\[(\\d+)\\](?:\\.(.+?))?)?(?:\\s+~\\s+(.+?))?(?:\\s+/\\s+([0-9.]+))?");

    /** A "~" with nothing after it: compiled once, not per spec (columns.txt and the formats hold hundreds). */
    private static final Pattern DANGLING_TILDE = Pattern.compile(".*\\s~(\\s.*)?");

    public static ColumnSpec parse(String text) {
        String t = text.strip();
        if (t.startsWith("=")) {
            String constant = t.substring(1).strip();
            return new ColumnSpec(t, null, null, null, null, null, constant.isEmpty() ? null : constant);
        }
        Matcher m = SHAPE.matcher(t);
        if (!m.matches()) {
            return new ColumnSpec(t, t.toLowerCase(Locale.ROOT), null, null, null, null, null);
        }
        Pattern regex = null;
        if (m.group(4) != null) {
            try {
                regex = Pattern.compile(m.group(4).strip());
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new IllegalArgumentException("not a regular expression: " + e.getDescription() + " in '"
                        + m.group(4).strip() + "'", e);
            }
        }
        BigDecimal divisor = null;
        if (m.group(5) != null) {
            try {
                divisor = new BigDecimal(m.group(5));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number to divide by: '" + m.group(5) + "'", e);
            }
            if (divisor.signum() == 0) {
                throw new IllegalArgumentException("division by zero");
            }
        }
        if (m.group(4) == null && DANGLING_TILDE.matcher(t).matches() || t.endsWith(" /")) {
            throw new IllegalArgumentException("an operator without its operand");
        }
        return new ColumnSpec(t, m.group(1).strip().toLowerCase(Locale.ROOT),
                m.group(2) == null ? null : Integer.valueOf(m.group(2)),
                m.group(3) == null ? null : m.group(3).strip(),
                regex, divisor, null);
    }

    boolean isConstant() {
        return column == null;
    }

    /** The same spec over another column (the layout's own spelling of its name). */
    ColumnSpec withColumn(String actual) {
        String t = text.strip();
        String rest = t.length() >= column.length() ? t.substring(column.length()) : "";
        return new ColumnSpec(actual + rest, actual, index, key, regex, divisor, constant);
    }

    /** The value this spec takes from the row: null when absent, blank or a sentinel. */
    String valueIn(RawRecord record) {
        return isConstant() ? constant : valueOf(record.get(column));
    }

    /** The value this spec takes from its column's cell {@code v} (null: the row has no such column). */
    String valueOf(String v) {
        return valueOf(v, false);
    }

    /** As above; {@code ascii}: the cell is known to be plain ASCII, so there is no mojibake to look for. */
    String valueOf(String v, boolean ascii) {
        if (isConstant()) {
            return constant;
        }
        if (Text.isMissing(v)) {
            return null;
        }
        if (index != null) {
            v = element(v, index, key);
            if (Text.isMissing(v)) {
                return null;
            }
        }
        if (regex != null) {
            Matcher m = regex.matcher(v);
            if (!m.find()) {
                return null;
            }
            v = m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : m.group();
        }
        if (divisor != null) {
            v = divided(v, divisor);
            if (v == null) {
                return null;
            }
        }
        if (index == null && regex == null && divisor == null) {
            // The cell itself, already known not to be missing, strip included.
            return ascii ? v.strip() : Mojibake.repair(v.strip());
        }
        String stripped = v.strip();
        return Text.isMissing(stripped) ? null : Mojibake.repair(stripped);
    }

    private static String element(String json, int index, String key) {
        try {
            JsonNode node = Json.MAPPER.readTree(json);
            if (node == null || !node.isArray() || node.size() <= index) {
                return null;
            }
            JsonNode item = node.get(index);
            if (key != null) {
                for (String part : key.split("\\.")) {
                    item = item == null ? null : item.get(part);
                }
            }
            return item == null || item.isNull() || item.isContainerNode() ? null : item.asText();
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static String divided(String number, BigDecimal divisor) {
        try {
            return new BigDecimal(number.strip()).divide(divisor, java.math.MathContext.DECIMAL64)
                    .stripTrailingZeros().toPlainString();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
