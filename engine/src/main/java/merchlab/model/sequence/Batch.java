package merchlab.model.sequence;

import java.util.List;

/**
 * One training batch as flat arrays: left-padded input histories, their mask, and the positions whose next product is
 * a target.
 *
 * @param history   [size x length] product rows, 0 for padding
 * @param mask      [size x length] 1 for a product, 0 for padding
 * @param positions flat indices into [size x length] of the positions with a target
 * @param targets   the product row to predict at each of {@code positions}
 */
record Batch(int size, int length, long[] history, float[] mask, long[] positions, long[] targets) {

    /** Builds a batch from windows of at most {@code length + 1} products. */
    static Batch of(List<int[]> windows, int length) {
        int size = windows.size();
        long[] history = new long[size * length];
        float[] mask = new float[size * length];
        int targets = 0;
        for (int[] w : windows) {
            targets += w.length - 1;
        }
        long[] positions = new long[targets];
        long[] next = new long[targets];
        int t = 0;
        for (int b = 0; b < size; b++) {
            int[] w = windows.get(b);
            int inputs = w.length - 1;
            int offset = b * length + length - inputs;
            for (int i = 0; i < inputs; i++) {
                history[offset + i] = w[i];
                mask[offset + i] = 1;
                positions[t] = offset + i;
                next[t++] = w[i + 1];
            }
        }
        return new Batch(size, length, history, mask, positions, next);
    }
}
