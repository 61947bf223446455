package merchlab.sample.random;

import java.nio.charset.StandardCharsets;

/**
 * A small, fast, seeded random source (SplitMix64) with the distributions the shop generator draws from.
 *
 * <p>Every algorithm is implemented here rather than borrowed from {@code java.util}, so the same seed gives the same
 * shop on every Java version. Not thread-safe: one instance per generation stream.
 */
public final class Rng {
    private static final double DOUBLE_UNIT = 0x1.0p-53;
    private long state;

    public Rng(long seed) {
        this.state = seed;
    }

    /** An independent stream for one named purpose, for example {@code Rng.stream(seed, "catalog", 0)}. */
    public static Rng stream(long seed, String purpose, long index) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        for (byte b : purpose.getBytes(StandardCharsets.UTF_8)) {
            h = mix(h ^ b);
        }
        return new Rng(mix(h ^ mix(index + 0x632BE59BD9B4E019L)));
    }

    /** A stable 64-bit hash of a string, for per-word decisions that must not depend on call order. */
    public static long hash(String text) {
        long h = 0x84222325CBF29CE4L;
        for (int i = 0; i < text.length(); i++) {
            h = mix(h ^ text.charAt(i));
        }
        return h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        return mix(state);
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * DOUBLE_UNIT;
    }

    /** Uniform in [0, bound). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        return (int) (((nextLong() >>> 33) * bound) >>> 31);
    }

    /** Uniform in [from, to] inclusive. */
    public int between(int from, int to) {
        return from + nextInt(to - from + 1);
    }

    public boolean chance(double p) {
        return nextDouble() < p;
    }

    /** Standard normal (Box-Muller; one of the pair is discarded to keep the stream stateless). */
    public double gaussian() {
        double u1 = nextDouble();
        double u2 = nextDouble();
        if (u1 < 1e-300) {
            u1 = 1e-300;
        }
        return Math.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * Math.PI * u2);
    }

    public double normal(double mean, double sd) {
        return mean + sd * gaussian();
    }

    /** Log-normal with the given median and log-scale spread. */
    public double logNormal(double median, double sigma) {
        return median * StrictMath.exp(sigma * gaussian());
    }

    public double exponential(double mean) {
        return -mean * StrictMath.log(1 - nextDouble());
    }

    /** Poisson count (Knuth for small means, a rounded normal above 30). */
    public int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return Math.max(0, (int) Math.round(normal(mean, Math.sqrt(mean))));
        }
        double limit = StrictMath.exp(-mean);
        double product = nextDouble();
        int count = 0;
        while (product > limit) {
            product *= nextDouble();
            count++;
        }
        return count;
    }

    /** Gamma(shape, 1) by Marsaglia and Tsang, boosted for shapes below one. */
    public double gamma(double shape) {
        if (shape < 1) {
            return gamma(shape + 1) * StrictMath.pow(Math.max(nextDouble(), 1e-300), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = gaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = nextDouble();
            if (StrictMath.log(Math.max(u, 1e-300)) < 0.5 * x * x + d - d * v + d * StrictMath.log(v)) {
                return d * v;
            }
        }
    }

    /** A Dirichlet draw with a symmetric concentration. */
    public double[] dirichlet(int size, double alpha) {
        double[] draw = new double[size];
        double sum = 0;
        for (int i = 0; i < size; i++) {
            draw[i] = gamma(alpha) + 1e-12;
            sum += draw[i];
        }
        for (int i = 0; i < size; i++) {
            draw[i] /= sum;
        }
        return draw;
    }

    /** An index drawn with probability proportional to its weight. */
    public int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double target = nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            target -= weights[i];
            if (target < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    public <T> T pick(java.util.List<T> items) {
        return items.get(nextInt(items.size()));
    }

    public int pick(int[] items) {
        return items[nextInt(items.length)];
    }
}
