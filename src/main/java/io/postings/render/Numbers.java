package io.postings.render;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Display formatting of the report's numbers (docs/METRICS.md section 6). Everything is built
 * by hand from {@link BigDecimal} so that output never depends on the default locale, and
 * every rounding is HALF_UP from the exact value: a double's exact binary value, or the
 * exact quotient of two counts (so 1 of 200 is 0.5%, never 0.49999...%).
 */
public final class Numbers {

    /** Shown where a value does not exist (no median, no interval, share of nothing). */
    public static final String NONE = "–";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Numbers() {
    }

    /** Whole dollars: {@code $150,000}, {@code -$15,400}. */
    public static String money(double usd) {
        BigDecimal whole = exact(usd).setScale(0, RoundingMode.HALF_UP);
        String digits = group(whole.abs().toPlainString());
        return (whole.signum() < 0 ? "-$" : "$") + digits;
    }

    /** Whole dollars with an explicit sign for premiums: {@code +$29,500}, {@code -$4,000}, {@code $0}. */
    public static String signedMoney(double usd) {
        BigDecimal whole = exact(usd).setScale(0, RoundingMode.HALF_UP);
        String digits = group(whole.abs().toPlainString());
        return sign(whole) + "$" + digits;
    }

    /** A count with thousands separators: {@code 7,257}, {@code -349}. */
    public static String count(long n) {
        String plain = Long.toString(n);
        // Strip the sign from the text rather than Math.abs, which overflows on Long.MIN_VALUE.
        return n < 0 ? "-" + group(plain.substring(1)) : group(plain);
    }

    /** {@code count / of} as a whole percent ({@code 43%}); {@link #NONE} when {@code of} is 0. */
    public static String percent(long count, long of) {
        return percentOf(count, of, 0);
    }

    /** {@code count / of} to one decimal ({@code 2.0%}), as the entry-level share is shown. */
    public static String percent1(long count, long of) {
        return percentOf(count, of, 1);
    }

    /** A fraction that exists only as a double to whole percent: 0.7143 is {@code 71%}; {@link #NONE} for null. */
    public static String fraction0(Double fraction) {
        if (fraction == null) {
            return NONE;
        }
        return exact(fraction).movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** A fraction that exists only as a double (premium %, gap %) to one decimal: 0.1407 is {@code 14.1%}. */
    public static String fraction1(double fraction) {
        return exact(fraction).movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** As {@link #fraction1} with an explicit sign: {@code +19.7%}, {@code -3.0%}, {@code 0.0%}. */
    public static String signedFraction1(double fraction) {
        BigDecimal pct = exact(fraction).movePointRight(2).setScale(1, RoundingMode.HALF_UP);
        return sign(pct) + pct.abs().toPlainString() + "%";
    }

    /** A ratio to two decimals: {@code 2.79x}. */
    public static String ratio(double ratio) {
        return exact(ratio).setScale(2, RoundingMode.HALF_UP).toPlainString() + "x";
    }

    /** A p-value to four decimals ({@code p=0.0004}); below that, {@code p<0.0001}. */
    public static String pValue(double p) {
        BigDecimal rounded = exact(p).setScale(4, RoundingMode.HALF_UP);
        if (rounded.signum() == 0) {
            return "p<0.0001";
        }
        return "p=" + rounded.toPlainString();
    }

    private static String percentOf(long count, long of, int decimals) {
        if (of == 0) {
            return NONE;
        }
        BigDecimal pct = BigDecimal.valueOf(count).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(of), decimals, RoundingMode.HALF_UP);
        return pct.toPlainString() + "%";
    }

    private static BigDecimal exact(double value) {
        if (!Double.isFinite(value)) {
            // A report never holds these; printing "NaN" into an article would be worse than failing.
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        return new BigDecimal(value);
    }

    // Zero after rounding gets no sign, so a tiny negative never prints as "-$0".
    private static String sign(BigDecimal rounded) {
        return switch (rounded.signum()) {
            case 1 -> "+";
            case -1 -> "-";
            default -> "";
        };
    }

    /** Inserts a comma every three digits from the right of a plain run of digits. */
    private static String group(String digits) {
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
        out.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
        return out.toString();
    }
}
