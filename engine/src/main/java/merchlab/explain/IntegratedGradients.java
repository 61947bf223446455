package merchlab.explain;

import java.util.ArrayList;
import java.util.List;

/**
 * Integrated Gradients (Sundararajan, Taly and Yan, "Axiomatic Attribution for Deep Networks", ICML 2017): the
 * attribution of input {@code j} is {@code (x_j - x'_j)} times the mean gradient along the straight path from the
 * baseline {@code x'} to the input {@code x}, integrated with Gauss-Legendre quadrature.
 *
 * <p>All path points of all products go into one batched gradient call. Completeness (the attributions sum to
 * {@code f(x) - f(x')}) is checked for every product; products whose relative error exceeds the tolerance are
 * integrated again, with the next number of steps of the ladder, in one more batched call. A batch of one or two
 * rows starts further up the ladder (see {@link #SMALL_BATCH_ROWS}).
 */
public final class IntegratedGradients {
    /** The completeness error above which more steps are used. */
    public static final double TOLERANCE = 0.01;
    /** Steps tried in turn until completeness holds. */
    public static final int[] STEP_LADDER = {16, 32, 64, 128, 256};
    /**
     * Path rows a first batch may hold before the ladder's first rule is used: below it, one gradient call costs about
     * the same whatever its size (call overhead dominates), so a short list starts with more nodes and rarely needs a
     * second call.
     */
    public static final int SMALL_BATCH_ROWS = 48;

    private final Differentiable model;
    private final int[] sliceStart;
    private final int[] sliceWidth;
    private final int[] ladder;
    private final double tolerance;
    private final int smallBatchRows;

    /**
     * @param model      the function explained
     * @param sliceStart first row index of each named input (attributions are summed over each slice)
     * @param sliceWidth width of each named input
     */
    public IntegratedGradients(Differentiable model, int[] sliceStart, int[] sliceWidth, int[] ladder, double tolerance) {
        this(model, sliceStart, sliceWidth, ladder, tolerance, 0);
    }

    /**
     * @param smallBatchRows path rows a first batch may hold when starting further up the ladder (0: always start at
     *                       the first rule); see {@link #SMALL_BATCH_ROWS}
     */
    public IntegratedGradients(Differentiable model, int[] sliceStart, int[] sliceWidth, int[] ladder, double tolerance,
                               int smallBatchRows) {
        if (sliceStart.length != sliceWidth.length || ladder.length == 0) {
            throw new IllegalArgumentException("slices and ladder");
        }
        this.model = model;
        this.sliceStart = sliceStart.clone();
        this.sliceWidth = sliceWidth.clone();
        this.ladder = ladder.clone();
        this.tolerance = tolerance;
        this.smallBatchRows = smallBatchRows;
    }

    /**
     * The attributions of one row.
     *
     * @param score             f(x), the predicted CTR
     * @param baselineScore     f(x'), the CTR of the baseline row
     * @param inputs            attribution per named input (slice), in slice order
     * @param completenessError |sum of attributions - (f(x) - f(x'))| over |f(x) - f(x')| (or over 1% of the larger
     *                          score when the change is smaller than that)
     * @param steps             quadrature nodes used
     */
    public record Attribution(double score, double baselineScore, double[] inputs, double completenessError, int steps) {
        public double total() {
            double s = 0;
            for (double a : inputs) {
                s += a;
            }
            return s;
        }
    }

    /** Attributions of every row of {@code rows} (row-major) against {@code baseline}. */
    public List<Attribution> attribute(float[] rows, float[] baseline) {
        int width = model.width();
        if (rows.length % width != 0 || baseline.length != width) {
            throw new IllegalArgumentException("rows of " + width + " values expected");
        }
        int n = rows.length / width;
        Attribution[] out = new Attribution[n];
        double[] score = new double[n];
        double[] base = {Double.NaN};
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pending.add(i);
        }
        int start = firstLevel(n);
        for (int level = start; level < ladder.length && !pending.isEmpty(); level++) {
            boolean first = level == start;
            Quadrature q = Quadrature.gaussLegendre(ladder[level]);
            int per = q.size();
            int extra = first ? n + 1 : 0;
            float[] path = new float[(pending.size() * per + extra) * width];
            int at = 0;
            for (int i : pending) {
                for (int k = 0; k < per; k++, at++) {
                    float t = (float) q.nodes()[k];
                    for (int j = 0; j < width; j++) {
                        float b = baseline[j];
                        path[at * width + j] = b + t * (rows[i * width + j] - b);
                    }
                }
            }
            if (first) {
                System.arraycopy(rows, 0, path, at * width, n * width);
                System.arraycopy(baseline, 0, path, (at + n) * width, width);
            }
            Differentiable.Values v = model.gradients(path);
            if (first) {
                System.arraycopy(v.ctr(), at, score, 0, n);
                base[0] = v.ctr()[at + n];
            }
            List<Integer> again = new ArrayList<>();
            for (int p = 0; p < pending.size(); p++) {
                int i = pending.get(p);
                double[] inputs = integrate(v.gradient(), p * per, q, rows, i, baseline);
                Attribution a = attribution(score[i], base[0], inputs, per);
                out[i] = a;
                if (a.completenessError() > tolerance && level + 1 < ladder.length) {
                    again.add(i);
                }
            }
            pending = again;
        }
        return List.of(out);
    }

    /** The largest rule of the ladder whose first batch for {@code n} rows stays within the small-batch rows. */
    int firstLevel(int n) {
        int level = 0;
        while (level + 1 < ladder.length && (long) n * ladder[level + 1] <= smallBatchRows) {
            level++;
        }
        return level;
    }

    private double[] integrate(float[] gradient, int firstRow, Quadrature q, float[] rows, int row, float[] baseline) {
        int width = model.width();
        double[] inputs = new double[sliceStart.length];
        for (int s = 0; s < sliceStart.length; s++) {
            double sum = 0;
            for (int j = sliceStart[s]; j < sliceStart[s] + sliceWidth[s]; j++) {
                double delta = rows[row * width + j] - baseline[j];
                if (delta == 0) {
                    continue;
                }
                double mean = 0;
                for (int k = 0; k < q.size(); k++) {
                    mean += q.weights()[k] * gradient[(firstRow + k) * width + j];
                }
                sum += delta * mean;
            }
            inputs[s] = sum;
        }
        return inputs;
    }

    private static Attribution attribution(double score, double baseScore, double[] inputs, int steps) {
        double total = 0;
        for (double a : inputs) {
            total += a;
        }
        double change = score - baseScore;
        double scale = Math.max(Math.abs(change), 0.01 * Math.max(Math.abs(score), Math.abs(baseScore)));
        double error = scale == 0 ? 0 : Math.abs(total - change) / scale;
        return new Attribution(score, baseScore, inputs, error, steps);
    }
}
