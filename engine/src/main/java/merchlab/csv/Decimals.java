package merchlab.csv;

/** Formats numbers the way the generated files write them: fixed decimals, never an exponent. */
public final class Decimals {
    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
        1_000_000_000L};

    private Decimals() {
    }

    public static String fixed(double value, int decimals) {
        long scaled = Math.round(Math.abs(value) * POWERS[decimals]);
        char[] digits = new char[24];
        int at = digits.length;
        for (int i = 0; i < decimals; i++) {
            digits[--at] = (char) ('0' + scaled % 10);
            scaled /= 10;
        }
        if (decimals > 0) {
            digits[--at] = '.';
        }
        do {
            digits[--at] = (char) ('0' + scaled % 10);
            scaled /= 10;
        } while (scaled > 0);
        if (value < 0 && Math.round(Math.abs(value) * POWERS[decimals]) != 0) {
            digits[--at] = '-';
        }
        return new String(digits, at, digits.length - at);
    }

    /** A price in cents as {@code 12.99}. */
    public static String price(long cents) {
        return fixed(cents / 100.0, 2);
    }
}
