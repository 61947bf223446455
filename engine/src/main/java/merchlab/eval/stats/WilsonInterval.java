package merchlab.eval.stats;

/**
 * The Wilson score 95% interval of a rate, {@code successes} of {@code trials} (Wilson, "Probable inference, the law of
 * succession, and statistical inference", JASA 1927): unlike the normal approximation it stays inside [0, 1] and is
 * honest about small samples (1 impression without a click reads 0 to 0.79, not 0).
 */
public final class WilsonInterval {
    private static final double Z = 1.96;

    private WilsonInterval() {
    }

    /** {low, high}; NaN for both without trials. */
    public static double[] of(long successes, long trials) {
        if (trials == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double n = trials;
        double p = successes / n;
        double denom = 1 + Z * Z / n;
        double centre = (p + Z * Z / (2 * n)) / denom;
        double half = Z * Math.sqrt(p * (1 - p) / n + Z * Z / (4.0 * n * n)) / denom;
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }
}
