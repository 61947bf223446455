package merchlab.model.sequence;

import java.util.Random;

/**
 * Draws the sampled softmax's negatives in proportion to the training count to the power 3/4 (the frequent products a
 * shopper is likely to be shown, so the ones the ranking must learn to put below the right one), and gives each drawn
 * product's log sampling probability, which the softmax subtracts from its logit (the log-Q correction of Yi et al.,
 * RecSys 2019) so that the sampled loss still estimates the full softmax's.
 */
final class NegativeSampler {
    static final double POWER = 0.75;
    private final double[] cumulative;
    private final float[] logQ;

    /** @param counts training count per id-table row; row 0 (no product) is never drawn */
    NegativeSampler(int[] counts) {
        cumulative = new double[counts.length];
        logQ = new float[counts.length];
        double total = 0;
        for (int r = 1; r < counts.length; r++) {
            total += Math.pow(counts[r] + 1, POWER);
            cumulative[r] = total;
        }
        for (int r = 1; r < counts.length; r++) {
            logQ[r] = (float) Math.log(Math.pow(counts[r] + 1, POWER) / total);
        }
    }

    /** {@code n} rows drawn with replacement. */
    long[] sample(Random random, int n) {
        long[] rows = new long[n];
        double total = cumulative[cumulative.length - 1];
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble() * total;
            int lo = 1;
            int hi = cumulative.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid] > u) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            rows[i] = lo;
        }
        return rows;
    }

    /** The log probability that one draw gives each of {@code rows}. */
    float[] logProbabilities(long[] rows) {
        float[] out = new float[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = logQ[(int) rows[i]];
        }
        return out;
    }
}
