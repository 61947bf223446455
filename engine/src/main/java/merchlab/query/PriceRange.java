package merchlab.query;

/**
 * A price constraint read from a query; either bound may be missing.
 *
 * @param min lowest acceptable price, inclusive, or null
 * @param max highest acceptable price, inclusive, or null
 */
public record PriceRange(Double min, Double max) {
    public PriceRange {
        if (min != null && max != null && min > max) {
            double t = min;
            min = max;
            max = t;
        }
    }

    /** The range allowing what both allow; a bound missing on one side is taken from the other. */
    public PriceRange intersect(PriceRange other) {
        return new PriceRange(tighter(min, other.min, true), tighter(max, other.max, false));
    }

    private static Double tighter(Double a, Double b, boolean lower) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return Double.valueOf(lower ? Math.max(a, b) : Math.min(a, b));
    }
}
