package merchlab.model.ranking;

import java.util.Arrays;

/**
 * Picks the indices of the k highest scores, highest first, equal scores by lower index, NaN as lowest, passing over
 * indices to skip (a shopper's history). Thread-safe: it keeps no state.
 */
final class TopScores {
    private TopScores() {
    }

    static int[] indices(double[] scores, int k) {
        return indices(scores, k, new int[0]);
    }

    /** @param skip indices never picked, in ascending order */
    static int[] indices(double[] scores, int k, int[] skip) {
        int n = Math.min(k, scores.length);
        int[] heap = new int[n]; // min-heap of the best n so far: root is the worst kept
        int size = 0;
        for (int i = 0; i < scores.length; i++) {
            if (skip.length > 0 && (size < n || n > 0 && better(i, heap[0], scores))
                    && Arrays.binarySearch(skip, i) >= 0) {
                continue;
            }
            if (size < n) {
                heap[size] = i;
                siftUp(heap, size++, scores);
            } else if (n > 0 && better(i, heap[0], scores)) {
                heap[0] = i;
                siftDown(heap, n, scores);
            }
        }
        Integer[] boxed = new Integer[size];
        for (int i = 0; i < size; i++) {
            boxed[i] = heap[i];
        }
        Arrays.sort(boxed, (a, b) -> better(a, b, scores) ? -1 : better(b, a, scores) ? 1 : 0);
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    /** Whether index a ranks above index b. */
    private static boolean better(int a, int b, double[] s) {
        double x = Double.isNaN(s[a]) ? Double.NEGATIVE_INFINITY : s[a];
        double y = Double.isNaN(s[b]) ? Double.NEGATIVE_INFINITY : s[b];
        return x > y || (x == y && a < b);
    }

    private static void siftUp(int[] heap, int i, double[] s) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (better(heap[parent], heap[i], s)) {
                swap(heap, parent, i);
                i = parent;
            } else {
                return;
            }
        }
    }

    private static void siftDown(int[] heap, int size, double[] s) {
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            int r = l + 1;
            int worst = i;
            if (l < size && better(heap[worst], heap[l], s)) {
                worst = l;
            }
            if (r < size && better(heap[worst], heap[r], s)) {
                worst = r;
            }
            if (worst == i) {
                return;
            }
            swap(heap, i, worst);
            i = worst;
        }
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
