package merchlab.eval.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * How much better model A is than model B on the same units (queries, shoppers or result lists), and how sure that is.
 *
 * <p>The p-value is a two-sided paired randomisation test (Fisher, "The Design of Experiments", 1935; for ranking
 * evaluation see Smucker, Allan and Carterette, "A comparison of statistical significance tests for information
 * retrieval evaluation", CIKM 2007): under the null hypothesis each unit's two scores are exchangeable, so the sign of
 * each paired difference is flipped at random and the share of flips whose mean difference is at least as far from 0
 * as the observed one is the p-value. Up to {@link #EXACT_UNITS} units every flip is enumerated; beyond, {@code
 * resamples} random flips are drawn and {@code p = (1 + hits) / (1 + resamples)}.
 *
 * <p>The interval is the bootstrap percentile 95% interval of the mean difference (Efron and Tibshirani, "An
 * Introduction to the Bootstrap", 1993, ch. 13): units are drawn with replacement {@code resamples} times.
 *
 * @param units   paired units compared
 * @param delta   mean of A minus B
 * @param pValue  two-sided randomisation-test p-value
 * @param ciLow   lower end of the 95% interval of {@code delta}
 * @param ciHigh  upper end of the 95% interval of {@code delta}
 */
public record PairedComparison(int units, double delta, double pValue, double ciLow, double ciHigh) {
    /** Up to this many units the randomisation test enumerates every sign flip. */
    public static final int EXACT_UNITS = 16;
    /** Random sign flips and bootstrap draws by default. */
    public static final int RESAMPLES = 10_000;
    /** Seed of the resampling by default, so a comparison repeats exactly. */
    public static final long SEED = 20_240_601L;
    private static final double TIE = 1e-12;

    /** Compares A with B with the default resamples and seed. */
    public static PairedComparison of(double[] a, double[] b) {
        return of(a, b, RESAMPLES, SEED);
    }

    /** Compares A with B: {@code a[i]} and {@code b[i]} are the two models' scores on unit {@code i}. */
    public static PairedComparison of(double[] a, double[] b, int resamples, long seed) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("paired scores differ in length: " + a.length + " vs " + b.length);
        }
        int n = a.length;
        if (n == 0) {
            return new PairedComparison(0, 0, 1, 0, 0);
        }
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = a[i] - b[i];
        }
        double mean = mean(d);
        double p = n <= EXACT_UNITS ? exactP(d, mean) : sampledP(d, mean, resamples, new SplittableRandom(seed));
        double[] ci = bootstrap(d, resamples, new SplittableRandom(seed + 1));
        return new PairedComparison(n, mean, p, ci[0], ci[1]);
    }

    /** Prefix of the figures {@link #stored} keeps beside a model's metrics. */
    public static final String STORED_PREFIX = "versus_";

    /**
     * A model's metrics as they are stored: with {@code versus} (when not null) as {@code versus_delta},
     * {@code versus_ci_low}, {@code versus_ci_high}, {@code versus_p} and {@code versus_units}.
     */
    public static java.util.Map<String, Double> stored(java.util.Map<String, Double> metrics, PairedComparison versus) {
        java.util.Map<String, Double> m = new java.util.LinkedHashMap<>(metrics);
        if (versus == null) {
            return m;
        }
        m.put(STORED_PREFIX + "delta", versus.delta);
        m.put(STORED_PREFIX + "ci_low", versus.ciLow);
        m.put(STORED_PREFIX + "ci_high", versus.ciHigh);
        m.put(STORED_PREFIX + "p", versus.pValue);
        m.put(STORED_PREFIX + "units", (double) versus.units);
        return m;
    }

    /** The difference, its interval and p-value in one line: {@code +0.0188 [+0.0027, +0.0349] p=0.0209}. */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "%+.4f [%+.4f, %+.4f] p=%.4f", delta, ciLow, ciHigh, pValue);
    }

    /** The comparison {@link #stored} kept, or null when {@code metrics} holds none. */
    public static PairedComparison fromMetrics(java.util.Map<String, Double> metrics) {
        Double delta = metrics.get(STORED_PREFIX + "delta");
        if (delta == null) {
            return null;
        }
        return new PairedComparison(metrics.getOrDefault(STORED_PREFIX + "units", 0.0).intValue(), delta,
                metrics.getOrDefault(STORED_PREFIX + "p", 1.0), metrics.getOrDefault(STORED_PREFIX + "ci_low", delta),
                metrics.getOrDefault(STORED_PREFIX + "ci_high", delta));
    }

    /** Whether the difference is significant at level {@code alpha}. */
    public boolean significant(double alpha) {
        return pValue < alpha;
    }

    private static double exactP(double[] d, double observed) {
        int n = d.length;
        long flips = 1L << n;
        long hits = 0;
        for (long mask = 0; mask < flips; mask++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += (mask >> i & 1) == 0 ? d[i] : -d[i];
            }
            if (Math.abs(sum / n) >= Math.abs(observed) - TIE) {
                hits++;
            }
        }
        return (double) hits / flips;
    }

    private static double sampledP(double[] d, double observed, int resamples, SplittableRandom random) {
        int n = d.length;
        long hits = 0;
        for (int r = 0; r < resamples; r++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += random.nextBoolean() ? d[i] : -d[i];
            }
            if (Math.abs(sum / n) >= Math.abs(observed) - TIE) {
                hits++;
            }
        }
        return (1.0 + hits) / (1.0 + resamples);
    }

    private static double[] bootstrap(double[] d, int resamples, SplittableRandom random) {
        int n = d.length;
        double[] means = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += d[random.nextInt(n)];
            }
            means[r] = sum / n;
        }
        Arrays.sort(means);
        return new double[] {quantile(means, 0.025), quantile(means, 0.975)};
    }

    /** The {@code q} quantile of sorted values, interpolating linearly between order statistics. */
    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }
}
