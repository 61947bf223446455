package merchlab.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/** The indexes of the largest values of an array, best first (ties by the lower index). */
final class TopValues {
    private TopValues() {
    }

    /** Indexes of the {@code k} largest values strictly above {@code floor}, best first. */
    static List<Integer> above(float[] values, int k, float floor) {
        PriorityQueue<Integer> heap = new PriorityQueue<>(k + 1, (a, b) -> values[a] != values[b]
                ? Float.compare(values[a], values[b]) : Integer.compare(b, a));
        for (int i = 0; i < values.length; i++) {
            float v = values[i];
            if (!(v > floor)) {
                continue;
            }
            if (heap.size() < k) {
                heap.add(i);
            } else if (v > values[heap.peek()]) {
                heap.poll();
                heap.add(i);
            }
        }
        List<Integer> out = new ArrayList<>(heap);
        out.sort((a, b) -> values[a] != values[b] ? Float.compare(values[b], values[a]) : Integer.compare(a, b));
        return out;
    }
}
