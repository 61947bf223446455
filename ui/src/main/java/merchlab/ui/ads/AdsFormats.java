package merchlab.ui.ads;

import java.util.Locale;

/** How the Ads section writes money, rates and ratios: as the command line prints them. */
final class AdsFormats {
    private AdsFormats() {
    }

    /** An amount in the shop's currency, "1,234.50"; "–" for NaN. */
    static String amount(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%,.2f", value);
    }

    /** A probability as a percentage, "1.23%"; "–" for NaN. */
    static String percent(double p) {
        return Double.isNaN(p) ? "–" : String.format(Locale.ROOT, "%.2f%%", 100 * p);
    }

    /** A ratio or error with four decimals; "–" for NaN. */
    static String ratio(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "–" : String.format(Locale.ROOT, "%.4f", v);
    }

    /** A ratio with two decimals; "–" for NaN. */
    static String twoDecimals(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "–" : String.format(Locale.ROOT, "%.2f", v);
    }

    /**
     * Parses an amount in the shop's currency ("0.45", "1,5" is not accepted) into cents, at least one cent; throws
     * {@link IllegalArgumentException} with a sentence the user reads.
     */
    static long cents(String text, String what) {
        String t = text == null ? "" : text.strip();
        double value;
        try {
            value = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + t + "' is not an amount: type one like 0.45");
        }
        if (!(value >= 0.01) || value > 1_000_000) {
            throw new IllegalArgumentException(what + " must lie between 0.01 and 1,000,000, got " + t);
        }
        return Math.round(value * 100);
    }
}
