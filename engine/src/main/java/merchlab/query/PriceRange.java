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
        Double lo = min == null ? other.min : other.min == null ? min : Math.max(min, other.min);
        Double hi = max == null ? other.max : other.max == null ? max : Math.min(max, other.max);
        return new PriceRange(lo, hi);
    }
}
