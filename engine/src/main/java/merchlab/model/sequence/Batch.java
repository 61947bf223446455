package merchlab.model.sequence;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * One training batch as flat arrays: left-padded input histories with their mask, the positions whose encoder output
 * predicts, and the products each of those outputs must predict with the weight of each prediction in the loss.
 *
 * @param history   [size x length] product rows, 0 for padding
 * @param mask      [size x length] 1 for an input, 0 for padding
 * @param positions flat indices into [size x length] of the predicting positions (for the masked objective, the
 *                  last position of each example)
 * @param owners    for each target, the index into {@code positions} of the output that predicts it
 * @param targets   the product row of each target
 * @param weights   each target's weight; they add up to 1
 * @param known     for each predicting position, the product rows it must not predict (the example's visible
 *                  products, or with new-only next-product targets the products before it), or null when every
 *                  product may be predicted
 */
record Batch(int size, int length, long[] history, float[] mask, long[] positions, long[] owners, long[] targets,
             float[] weights, int[][] known) {

    /**
     * Next-product batch from windows of products: position t reads the products up to t and predicts the product at
     * t + 1; every target weighs the same. The batch is as long as its longest window less one.
     */
    static Batch next(List<int[]> windows) {
        return next(windows, false);
    }

    /**
     * Next-product batch; with {@code newOnly} a position predicts only a product not yet in its window (a repeat is
     * no target) and the window's earlier products are ruled out of its softmax, as a recommendation leaves out what
     * the shopper already has.
     */
    static Batch next(List<int[]> windows, boolean newOnly) {
        int size = windows.size();
        int length = windows.stream().mapToInt(w -> w.length - 1).max().orElse(1);
        long[] history = new long[size * length];
        float[] mask = new float[size * length];
        List<Long> positions = new java.util.ArrayList<>();
        List<Long> targets = new java.util.ArrayList<>();
        List<int[]> known = new java.util.ArrayList<>();
        for (int b = 0; b < size; b++) {
            int[] w = windows.get(b);
            int inputs = w.length - 1;
            int offset = b * length + length - inputs;
            java.util.LinkedHashSet<Integer> seen = new java.util.LinkedHashSet<>();
            for (int i = 0; i < inputs; i++) {
                history[offset + i] = w[i];
                mask[offset + i] = 1;
                seen.add(w[i]);
                if (newOnly && seen.contains(w[i + 1])) {
                    continue;
                }
                positions.add((long) (offset + i));
                targets.add((long) w[i + 1]);
                if (newOnly) {
                    known.add(seen.stream().mapToInt(Integer::intValue).toArray());
                }
            }
        }
        int count = targets.size();
        long[] owners = new long[count];
        for (int t = 0; t < count; t++) {
            owners[t] = t;
        }
        float[] weights = new float[count];
        Arrays.fill(weights, count == 0 ? 0 : 1f / count);
        return new Batch(size, length, history, mask, positions.stream().mapToLong(Long::longValue).toArray(), owners,
                targets.stream().mapToLong(Long::longValue).toArray(), weights,
                newOnly ? known.toArray(new int[0][]) : null);
    }

    /**
     * Masked-product batch: each product of an example is hidden with probability {@code rate} (at least one, and at
     * least one stays visible), the visible products in time order are followed by a query slot ({@code queryRow}),
     * and the query slot's output predicts every hidden product among the products that are not visible, as a
     * recommendation leaves out what the shopper already has. Each example weighs the same, shared by its hidden
     * products.
     */
    static Batch masked(List<int[]> examples, double rate, int queryRow, Random random) {
        int size = examples.size();
        boolean[][] hidden = new boolean[size][];
        int length = 1;
        int count = 0;
        for (int b = 0; b < size; b++) {
            int[] e = examples.get(b);
            hidden[b] = hide(e, rate, random);
            int n = 0;
            for (boolean h : hidden[b]) {
                n += h ? 1 : 0;
            }
            count += n;
            length = Math.max(length, e.length - n + 1);
        }
        long[] history = new long[size * length];
        float[] mask = new float[size * length];
        long[] positions = new long[size];
        long[] owners = new long[count];
        long[] targets = new long[count];
        float[] weights = new float[count];
        int[][] known = new int[size][];
        int t = 0;
        for (int b = 0; b < size; b++) {
            int[] e = examples.get(b);
            boolean[] h = hidden[b];
            known[b] = new int[e.length - (int) IntStream.range(0, e.length).filter(i -> h[i]).count()];
            int k = 0;
            int end = (b + 1) * length - 1;
            history[end] = queryRow;
            mask[end] = 1;
            positions[b] = end;
            int slot = end - 1;
            int first = t;
            for (int i = e.length - 1; i >= 0; i--) {
                if (hidden[b][i]) {
                    owners[t] = b;
                    targets[t++] = e[i];
                } else {
                    history[slot] = e[i];
                    mask[slot--] = 1;
                    known[b][k++] = e[i];
                }
            }
            Arrays.fill(weights, first, t, 1f / ((t - first) * size));
        }
        return new Batch(size, length, history, mask, positions, owners, targets, weights, known);
    }

    /**
     * Which products of an example to hide. A product the shopper had more than once is hidden with all its copies or
     * not at all: a copy left visible would rule the hidden one out of its own softmax (a known product), and nothing
     * could be learned from it but an enormous loss.
     */
    private static boolean[] hide(int[] e, double rate, Random random) {
        int n = e.length;
        boolean[] hidden = new boolean[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            hidden[i] = random.nextDouble() < rate;
            count += hidden[i] ? 1 : 0;
        }
        if (count == 0) {
            hidden[random.nextInt(n)] = true;
        } else if (count == n) {
            hidden[random.nextInt(n)] = false;
        }
        java.util.Set<Integer> products = new java.util.HashSet<>();
        for (int v : e) {
            products.add(v);
        }
        if (products.size() == n) {
            return hidden;
        }
        java.util.Set<Integer> hiddenProducts = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            if (hidden[i]) {
                hiddenProducts.add(e[i]);
            }
        }
        if (hiddenProducts.size() == products.size()) {
            hiddenProducts.remove(e[random.nextInt(n)]);
        }
        for (int i = 0; i < n; i++) {
            hidden[i] = hiddenProducts.contains(e[i]);
        }
        return hidden;
    }
}
