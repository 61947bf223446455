package merchlab.ui.chart;

import java.util.Objects;

/**
 * One curve of a chart as plain arrays: x and y values, and optionally the lower and upper edge of a confidence band.
 *
 * @param low  lower band edge per point, or null for no band
 * @param high upper band edge per point, or null for no band
 */
public record Series(String name, double[] x, double[] y, double[] low, double[] high) {
    public Series {
        Objects.requireNonNull(name, "name");
        if (x.length != y.length || (low != null && low.length != x.length) || (high != null && high.length != x.length)) {
            throw new IllegalArgumentException("series " + name + ": every array needs " + x.length + " values");
        }
        if ((low == null) != (high == null)) {
            throw new IllegalArgumentException("series " + name + ": a band needs both edges");
        }
    }

    /** A curve without a band. */
    public static Series of(String name, double[] x, double[] y) {
        return new Series(name, x, y, null, null);
    }

    public int size() {
        return x.length;
    }

    public boolean hasBand() {
        return low != null;
    }
}
