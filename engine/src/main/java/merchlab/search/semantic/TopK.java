package merchlab.search.semantic;

/**
 * Keeps the {@code capacity} highest-scoring rows seen, in a primitive min-heap (no boxing on the hot path).
 */
public final class TopK {
    private final float[] scores;
    private final int[] rows;
    private int size;

    public TopK(int capacity) {
        scores = new float[Math.max(1, capacity)];
        rows = new int[Math.max(1, capacity)];
    }

    /** The lowest score kept once full; any score below it cannot enter. */
    public float threshold() {
        return size < scores.length ? Float.NEGATIVE_INFINITY : scores[0];
    }

    public int size() {
        return size;
    }

    /** Offers a row; kept when the heap is not full or it beats the lowest kept score. */
    public void offer(float score, int row) {
        if (size < scores.length) {
            scores[size] = score;
            rows[size] = row;
            up(size++);
        } else if (score > scores[0]) {
            scores[0] = score;
            rows[0] = row;
            down(0);
        }
    }

    /** Adds everything another heap kept. */
    public void addAll(TopK other) {
        for (int i = 0; i < other.size; i++) {
            offer(other.scores[i], other.rows[i]);
        }
    }

    /** The kept rows, best first (ties by lower row first). */
    public int[] rowsBestFirst() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> scores[a] != scores[b] ? Float.compare(scores[b], scores[a])
                : Integer.compare(rows[a], rows[b]));
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = rows[order[i]];
        }
        return out;
    }

    private void up(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (scores[i] >= scores[parent]) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void down(int i) {
        while (true) {
            int l = 2 * i + 1;
            if (l >= size) {
                return;
            }
            int smallest = l + 1 < size && scores[l + 1] < scores[l] ? l + 1 : l;
            if (scores[i] <= scores[smallest]) {
                return;
            }
            swap(i, smallest);
            i = smallest;
        }
    }

    private void swap(int a, int b) {
        float s = scores[a];
        scores[a] = scores[b];
        scores[b] = s;
        int r = rows[a];
        rows[a] = rows[b];
        rows[b] = r;
    }
}
