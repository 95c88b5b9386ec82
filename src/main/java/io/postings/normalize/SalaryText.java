package io.postings.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads pay as scrapers write it: "$120K-$150K", "$60 - $75 an hour", "USD 120,000/yr",
 * "$150-190k", "$120,000+", "$17-$24 Per Hour(Glassdoor est.)", "Employer Provided
 * Salary:$150K-$160K", "3,043 - 4,565 eur gross monthly", "R$ 7.000/month", "₹10,00,000".
 * Finds the currency, the period, whether the source marks it as its own estimate, and the
 * one or two figures of the range: the first figure written as money (a currency sign or
 * code beside it, or a k/M suffix), else the first figure, together with the figure joined
 * to it by a dash, "to" or "~". Percentages are never pay ("20% bonus, $100k" is $100k);
 * a reversed range is put in order.
 */
public final class SalaryText {
    /** A figure: digits with , or . grouping and an optional decimal part, then k or m. */
    private static final Pattern FIGURE = Pattern.compile(
            "(\\d{1,2}(?:,\\d{2})+,\\d{3}(?:\\.\\d{1,2})?|\\d{1,3}(?:[.,\\u00a0 ]\\d{3})+(?:[.,]\\d{1,2})?"
                    + "|\\d+(?:[.,]\\d+)?)\\s*([km](?![a-z]))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE_GAP = Pattern.compile(
            "^\\s*(?:[a-z]{3}\\s*)?(?:-|–|—|~|to|a|até|bis|and|e|y)\\s*(?:[^\\d\\s]{0,3}\\s*)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HOUR = Pattern.compile("\\b(?:hour|hourly|hr|hrs)\\b|/\\s*h\\b|per\\s+h\\b");
    private static final Pattern DAY = Pattern.compile("\\b(?:day|daily|diária|dia)\\b|/\\s*d\\b");
    private static final Pattern BIWEEK = Pattern.compile("\\b(?:bi-?weekly|every\\s+(?:two|2)\\s+weeks|fortnight|fortnightly)\\b");
    private static final Pattern WEEK = Pattern.compile("\\b(?:week|weekly|wk)\\b");
    /** A cell holding one plain number, possibly negative or in exponent form ("-1", "1.2E5"). */
    private static final Pattern SIGNED_OR_EXPONENT = Pattern.compile("-\\d+(?:\\.\\d+)?|-?\\d+(?:\\.\\d+)?[eE][-+]?\\d+");
    private static final Pattern MONTH = Pattern.compile("\\b(?:month|monthly|mo|mes|mês|mensal|monat)\\b|/\\s*m\\b");
    private static final String CODES = "usd|eur|gbp|inr|cad|aud|pln|chf|ils|jpy|sgd|mxn|brl|nzd|sek|nok|dkk|czk|huf|ron|zar|ars|cop|clp";
    private static final Pattern MONEY_BEFORE = Pattern.compile("(?:[$€£₹¥₪]|zł|\\b(?:" + CODES + "))$");
    private static final Pattern MONEY_AFTER = Pattern.compile("(?:[$€£₹¥₪]|zł|(?:" + CODES + ")\\b)");
    private static final Pattern YEAR = Pattern.compile(
            "\\b(?:year|yearly|yr|annual|annually|annum|pa|p\\.a\\.|ano|anual|jahr)\\b|/\\s*y\\b");

    private SalaryText() {
    }

    /** A parse of pay text; figures are null when none could be read. */
    public record Parsed(Double low, Double high, String currency, PayPeriod period, boolean estimated) {
        public boolean hasFigure() {
            return low != null || high != null;
        }
    }

    public static Parsed parse(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        boolean estimated = t.contains("glassdoor est") || t.contains("indeed est") || t.contains("(est.)")
                || t.contains("(estimated)");
        String currency = currencyOf(t);
        PayPeriod period = periodOf(t);
        List<Figure> figures = figures(t);
        if (figures.isEmpty()) {
            return new Parsed(null, null, currency, period, estimated);
        }
        // The pay is the first figure marked as money ("$", "USD", "k"), else the first figure:
        // "20% bonus, $100k" is 100k, "2024 range: $90-110k" is 90k-110k.
        int anchor = 0;
        for (int i = 0; i < figures.size(); i++) {
            if (figures.get(i).marked) {
                anchor = i;
                break;
            }
        }
        Figure low = figures.get(anchor);
        Figure high = null;
        if (anchor > 0 && rangeGap(t, figures.get(anchor - 1), low)) {
            high = low;
            low = figures.get(anchor - 1);
        } else if (anchor + 1 < figures.size() && rangeGap(t, low, figures.get(anchor + 1))) {
            high = figures.get(anchor + 1);
        }
        if (high == null) {
            return new Parsed(low.value * low.multiplier, null, currency, period, estimated);
        }
        double lowMultiplier = low.multiplier;
        // "$150-190k": a suffix on the upper end only applies to the lower end too.
        if (!low.suffix && high.suffix && low.value <= high.value * 10) {
            lowMultiplier = high.multiplier;
        }
        double a = low.value * lowMultiplier;
        double b = high.value * high.multiplier;
        // A reversed range ("$150K - $120K") is the same range.
        return new Parsed(Math.min(a, b), Math.max(a, b), currency, period, estimated);
    }

    /** One figure in pay text, where it is, and whether it is written as money. */
    private record Figure(double value, double multiplier, boolean suffix, int start, int end, boolean marked) {
    }

    /** The figures of a text, leaving out percentages ("20% bonus") and at most the first eight. */
    private static List<Figure> figures(String t) {
        List<Figure> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(t);
        while (m.find() && out.size() < 8) {
            Double value = number(m.group(1));
            int end = m.end();
            if (value == null || percentAfter(t, end)) {
                continue;
            }
            boolean suffix = m.group(2) != null;
            double multiplier = !suffix ? 1 : m.group(2).equalsIgnoreCase("k") ? 1_000 : 1_000_000;
            boolean marked = suffix || moneyBefore(t, m.start()) || moneyAfter(t, end);
            int start = m.start();
            int sign = minusBefore(t, start);
            if (sign >= 0) {
                value = -value;
            }
            out.add(new Figure(value, multiplier, suffix, start, end, marked));
        }
        return out;
    }

    /**
     * Where the minus sign of the figure starting at {@code start} is ("-50000", "-$90,000",
     * "$-20K", "50K - -20K"), or -1: a dash right after another figure ("50000-60000", "50K -60K")
     * is a range, not a sign.
     */
    private static int minusBefore(String t, int start) {
        int i = start - 1;
        if (i >= 0 && "$€£₹¥₪".indexOf(t.charAt(i)) >= 0) {
            i--;
        }
        if (i < 0 || (t.charAt(i) != '-' && t.charAt(i) != '\u2212')) {
            return -1;
        }
        int minus = i;
        int j = minus - 1;
        while (j >= 0 && t.charAt(j) == ' ') {
            j--;
        }
        return j < 0 || !Character.isLetterOrDigit(t.charAt(j)) ? minus : -1;
    }

    private static boolean rangeGap(String t, Figure a, Figure b) {
        return RANGE_GAP.matcher(t.substring(a.end, b.start)).matches();
    }

    private static boolean percentAfter(String t, int end) {
        int i = end;
        while (i < t.length() && t.charAt(i) == ' ') {
            i++;
        }
        return i < t.length() && t.charAt(i) == '%';
    }

    /** A currency sign or code just before the figure ("$", "usd ", "R$ ", "eur"). */
    private static boolean moneyBefore(String t, int start) {
        String before = t.substring(Math.max(0, start - 5), start).stripTrailing();
        return MONEY_BEFORE.matcher(before).find();
    }

    /** A currency sign or code just after the figure ("4,565 eur", "60.000 €"). */
    private static boolean moneyAfter(String t, int end) {
        String after = t.substring(end, Math.min(t.length(), end + 5)).stripLeading();
        return MONEY_AFTER.matcher(after).lookingAt();
    }

    /**
     * A plain number cell ("120000", "120000.0", "$120,000", "120k", "1.2E5"), or null. A
     * negative number stays negative, so that the salary rules can discard it.
     */
    public static Double figure(String cell) {
        if (cell == null) {
            return null;
        }
        String plain = cell.strip();
        if (isDigits(plain)) {
            // Most cells: what the patterns below make of a run of digits, without them.
            long v = 0;
            for (int i = 0; i < plain.length(); i++) {
                v = v * 10 + (plain.charAt(i) - '0');
            }
            return (double) v;
        }
        if (SIGNED_OR_EXPONENT.matcher(plain).matches()) {
            return Double.parseDouble(plain);
        }
        Matcher m = FIGURE.matcher(cell.toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return null;
        }
        Double value = number(m.group(1));
        if (value == null) {
            return null;
        }
        if (minusBefore(cell.toLowerCase(Locale.ROOT), m.start()) >= 0) {
            value = -value;
        }
        return m.group(2) == null ? value : value * (m.group(2).equalsIgnoreCase("k") ? 1_000 : 1_000_000);
    }

    /** 1 to 15 ASCII digits (exact as a double). */
    private static boolean isDigits(String s) {
        int n = s.length();
        if (n == 0 || n > 15) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static Double number(String s) {
        String digits = s.replace("\u00a0", "").replace(" ", "");
        int lastComma = digits.lastIndexOf(',');
        int lastDot = digits.lastIndexOf('.');
        int decimal = -1;
        int last = Math.max(lastComma, lastDot);
        if (last >= 0) {
            int after = digits.length() - last - 1;
            boolean both = lastComma >= 0 && lastDot >= 0;
            // One kind of separator followed by exactly three digits groups thousands ("7.000", "120,000").
            if (both || after != 3) {
                decimal = last;
            }
        }
        StringBuilder plain = new StringBuilder(digits.length());
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (Character.isDigit(c)) {
                plain.append(c);
            } else if (i == decimal) {
                plain.append('.');
            }
        }
        try {
            return Double.parseDouble(plain.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String currencyOf(String t) {
        if (t.contains("r$") || t.contains("brl")) {
            return "BRL";
        }
        String[][] codes = {
            {"usd", "USD"}, {"us$", "USD"}, {"eur", "EUR"}, {"€", "EUR"}, {"gbp", "GBP"}, {"£", "GBP"},
            {"inr", "INR"}, {"₹", "INR"}, {"cad", "CAD"}, {"c$", "CAD"}, {"ca$", "CAD"}, {"aud", "AUD"},
            {"a$", "AUD"}, {"au$", "AUD"}, {"pln", "PLN"}, {"zł", "PLN"}, {"chf", "CHF"}, {"ils", "ILS"},
            {"₪", "ILS"}, {"jpy", "JPY"}, {"¥", "JPY"}, {"sgd", "SGD"}, {"mxn", "MXN"},
        };
        for (String[] code : codes) {
            if (t.contains(code[0])) {
                return code[1];
            }
        }
        return t.contains("$") ? "$" : null;
    }

    /** The periods a salary text may name, tried in this order (bi-weekly before weekly), and their patterns. */
    private static final PayPeriod[] PERIODS = {
        PayPeriod.HOUR, PayPeriod.DAY, PayPeriod.BIWEEK, PayPeriod.WEEK, PayPeriod.MONTH, PayPeriod.YEAR};
    private static final Pattern[] PERIOD_WORDS = {HOUR, DAY, BIWEEK, WEEK, MONTH, YEAR};

    private static PayPeriod periodOf(String t) {
        for (int i = 0; i < PERIODS.length; i++) {
            if (PERIOD_WORDS[i].matcher(t).find()) {
                return PERIODS[i];
            }
        }
        return null;
    }

    /** A salary as the row states it, for an example: "50000-60000 EUR/year", "$17-$24 Per Hour(Glassdoor est.)". */
    static String stated(String min, String max, String text, String currency, String period) {
        StringBuilder out = new StringBuilder();
        if (min != null || max != null) {
            out.append(min == null ? "?" : min).append('-').append(max == null ? "?" : max);
        }
        if (text != null) {
            out.append(out.length() > 0 ? "; " : "").append(text);
        }
        if (currency != null) {
            out.append(' ').append(currency);
        }
        if (period != null) {
            out.append('/').append(period);
        }
        return out.toString();
    }
}
