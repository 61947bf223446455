package merchlab.ui.chart;

import java.util.Objects;

/**
 * One bar of a {@link BarChartPanel}: it spans {@code from} to {@code to} (a waterfall step, or a plain bar from 0), and
 * may carry an interval drawn as a whisker.
 *
 * @param kind what the bar stands for: a step up, a step down, or a total (a baseline or a final score)
 * @param low  lower end of the whisker, NaN for none
 * @param high upper end of the whisker, NaN for none
 */
public record Bar(String label, double from, double to, Kind kind, double low, double high) {
    /** What a bar stands for; it sets the bar's colour. */
    public enum Kind {
        /** A part that raised the value (green). */
        UP,
        /** A part that lowered the value (red). */
        DOWN,
        /** A total such as the baseline or the final score (blue). */
        TOTAL
    }

    public Bar {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
    }

    /** A waterfall step from one running total to the next, coloured by its direction. */
    public static Bar step(String label, double from, double to) {
        return new Bar(label, from, to, to >= from ? Kind.UP : Kind.DOWN, Double.NaN, Double.NaN);
    }

    /** A total drawn from 0. */
    public static Bar total(String label, double value) {
        return new Bar(label, 0, value, Kind.TOTAL, Double.NaN, Double.NaN);
    }

    /** A bar from 0 to {@code value} with an interval, coloured by the value's sign. */
    public static Bar withInterval(String label, double value, double low, double high) {
        return new Bar(label, 0, value, value >= 0 ? Kind.UP : Kind.DOWN, low, high);
    }

    /** {@code to - from}. */
    public double change() {
        return to - from;
    }

    public boolean hasInterval() {
        return !Double.isNaN(low) && !Double.isNaN(high);
    }
}
