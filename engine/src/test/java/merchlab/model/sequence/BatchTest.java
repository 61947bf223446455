package merchlab.model.sequence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import merchlab.behaviour.Interaction;
import merchlab.behaviour.InteractionLog;
import org.junit.jupiter.api.Test;

class BatchTest {
    @Test
    void nextProductBatchesPredictEachFollowingProduct() {
        Batch b = Batch.next(List.of(new int[] {4, 5, 6}, new int[] {7, 8}));
        assertEquals(2, b.length());
        assertArrayEquals(new long[] {4, 5, 0, 7}, b.history());
        assertArrayEquals(new float[] {1, 1, 0, 1}, b.mask());
        assertArrayEquals(new long[] {0, 1, 3}, b.positions());
        assertArrayEquals(new long[] {5, 6, 8}, b.targets());
        assertEquals(1.0, sum(b.weights()), 1e-6);
    }

    @Test
    void newOnlyNextProductBatchesSkipRepeatsAndRuleOutEarlierProducts() {
        Batch b = Batch.next(List.of(new int[] {4, 5, 4, 6}), true);
        assertArrayEquals(new long[] {4, 5, 4}, b.history());
        assertArrayEquals(new long[] {0, 2}, b.positions(), "the repeat of 4 at position 1 is no target");
        assertArrayEquals(new long[] {5, 6}, b.targets());
        assertArrayEquals(new long[] {0, 1}, b.owners());
        assertArrayEquals(new int[] {4}, b.known()[0]);
        assertEquals(Set.of(4, 5), Set.of(Arrays.stream(b.known()[1]).boxed().toArray(Integer[]::new)));
        assertEquals(1.0, sum(b.weights()), 1e-6);
        assertEquals(1, Batch.next(List.of(new int[] {4, 5, 4, 5}), true).targets().length);
    }

    @Test
    void maskedBatchesHideSomeProductsAndAskForThemAtTheQuerySlot() {
        Random random = new Random(3);
        List<int[]> examples = List.of(new int[] {1, 2, 3, 4, 5, 6, 7, 8}, new int[] {9, 10});
        for (int round = 0; round < 20; round++) {
            Batch b = Batch.masked(examples, 0.5, 99, random);
            assertEquals(2, b.positions().length);
            for (int e = 0; e < 2; e++) {
                int last = (e + 1) * b.length() - 1;
                assertEquals(last, b.positions()[e]);
                assertEquals(99, b.history()[last]);
                Set<Integer> visible = new HashSet<>();
                for (int i = e * b.length(); i < last; i++) {
                    if (b.mask()[i] == 1) {
                        visible.add((int) b.history()[i]);
                    }
                }
                Set<Integer> hidden = new HashSet<>();
                for (int t = 0; t < b.targets().length; t++) {
                    if (b.owners()[t] == e) {
                        hidden.add((int) b.targets()[t]);
                    }
                }
                assertTrue(!visible.isEmpty() && !hidden.isEmpty(), "one product stays and one is hidden");
                Set<Integer> all = new HashSet<>(visible);
                all.addAll(hidden);
                assertEquals(Arrays.stream(examples.get(e)).boxed().collect(java.util.stream.Collectors.toSet()), all);
                assertEquals(visible, Arrays.stream(b.known()[e]).boxed().collect(java.util.stream.Collectors.toSet()));
            }
            assertEquals(1.0, sum(b.weights()), 1e-6);
        }
    }

    @Test
    void aRepeatedProductIsHiddenWithAllItsCopiesSoNoTargetIsAlsoKnown() {
        Random random = new Random(5);
        List<int[]> examples = List.of(new int[] {1, 2, 1, 3, 1, 2}, new int[] {4, 5, 4});
        for (int round = 0; round < 50; round++) {
            Batch b = Batch.masked(examples, 0.5, 99, random);
            for (int t = 0; t < b.targets().length; t++) {
                int target = (int) b.targets()[t];
                int owner = (int) b.owners()[t];
                assertTrue(Arrays.stream(b.known()[owner]).noneMatch(k -> k == target),
                        "target " + target + " is also a visible product of example " + owner);
            }
            for (int e = 0; e < 2; e++) {
                assertTrue(b.known()[e].length > 0, "one product stays visible");
            }
        }
    }

    @Test
    void trainingDataCutsHistoriesSoEveryProductIsUsedOnce() {
        List<Interaction> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rows.add(new Interaction("a", TinyShop.product(i), i));
        }
        rows.add(new Interaction("b", TinyShop.product(1), 1));
        rows.add(new Interaction("b", TinyShop.product(2), 2));
        rows.add(new Interaction("b", "no-vector", 3));
        TrainingData data = TrainingData.of(InteractionLog.of(rows), TinyShop.randomText(30, 8, 1));
        assertEquals(1, data.dropped);
        assertEquals(12, data.size());
        List<int[]> windows = data.windows(4);
        assertEquals(11 + 1, windows.stream().mapToInt(w -> w.length - 1).sum(), "each product after the first once");
        assertTrue(windows.stream().allMatch(w -> w.length <= 5));
        List<int[]> examples = data.maskedExamples(5, new Random(1));
        assertEquals(14, examples.stream().mapToInt(e -> e.length).sum());
        assertTrue(examples.stream().allMatch(e -> e.length <= 5));
        for (int[] e : examples) {
            for (int i = 1; i < e.length; i++) {
                assertTrue(e[i - 1] < e[i], "time order kept within an example");
            }
        }
    }

    private static double sum(float[] v) {
        double s = 0;
        for (float x : v) {
            s += x;
        }
        return s;
    }
}
