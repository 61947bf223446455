package merchlab.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import merchlab.search.semantic.Int8Kernel;
import merchlab.search.semantic.ScalarInt8Kernel;
import merchlab.text.Vectors;
import org.junit.jupiter.api.Test;

/** Int8 scan plus float rescoring against exact brute force. */
class SemanticIndexTest {
    private static float[] randomUnit(Random r, int dim) {
        float[] v = new float[dim];
        for (int j = 0; j < dim; j++) {
            v[j] = (float) r.nextGaussian();
        }
        return Vectors.normalise(v);
    }

    private static SemanticIndex randomIndex(int n, int dim, int threads, boolean mapped, long seed) {
        Random r = new Random(seed);
        SemanticIndex.Builder b = SemanticIndex.builder(dim, n).optThreads(threads);
        if (mapped) {
            b.optMappedFloats();
        }
        for (int i = 0; i < n; i++) {
            b.add("p" + i, randomUnit(r, dim));
        }
        return b.build();
    }

    @Test
    void int8SearchRecallsTheExactTopTen() {
        try (SemanticIndex index = randomIndex(20_000, 384, 2, false, 1)) {
            Random r = new Random(7);
            double recall = 0;
            int queries = 30;
            for (int q = 0; q < queries; q++) {
                float[] query = randomUnit(r, 384);
                Set<String> exact = new HashSet<>(index.searchExact(query, 10, null).stream().map(Hit::productId).toList());
                long found = index.search(query, 10, null).stream().filter(h -> exact.contains(h.productId())).count();
                recall += found / 10.0;
            }
            assertTrue(recall / queries >= 0.99, "recall@10 " + recall / queries);
        }
    }

    @Test
    void scoresAreExactCosinesInDescendingOrder() {
        try (SemanticIndex index = randomIndex(2_000, 64, 1, false, 2)) {
            float[] query = randomUnit(new Random(3), 64);
            List<Hit> hits = index.search(query, 5, null);
            List<Hit> exact = index.searchExact(query, 5, null);
            assertEquals(exact, hits);
            for (int i = 1; i < hits.size(); i++) {
                assertTrue(hits.get(i - 1).score() >= hits.get(i).score());
            }
        }
    }

    @Test
    void allowedRowsRestrictTheResult() {
        try (SemanticIndex index = randomIndex(5_000, 32, 2, false, 4)) {
            BitSet allowed = new BitSet();
            for (int i = 0; i < 5_000; i += 7) {
                allowed.set(i);
            }
            float[] query = randomUnit(new Random(5), 32);
            List<Hit> hits = index.search(query, 10, allowed);
            assertEquals(10, hits.size());
            for (Hit h : hits) {
                assertEquals(0, Integer.parseInt(h.productId().substring(1)) % 7);
            }
            assertEquals(index.searchExact(query, 10, allowed), hits);
        }
    }

    @Test
    void mappedFloatsGiveTheSameResultAsHeapFloats() {
        try (SemanticIndex heap = randomIndex(3_000, 48, 1, false, 6);
             SemanticIndex mapped = randomIndex(3_000, 48, 2, true, 6)) {
            float[] query = randomUnit(new Random(8), 48);
            assertEquals(heap.search(query, 10, null), mapped.search(query, 10, null));
            assertArrayEquals(heap.vector(17), mapped.vector(17));
            assertEquals(0, mapped.heapBytesPerProduct() - 48 - 12);
        }
    }

    @Test
    void simdKernelAgreesWithThePlainLoop() {
        Random r = new Random(9);
        int dim = 37;
        byte[] codes = new byte[100 * dim];
        r.nextBytes(codes);
        byte[] q = new byte[dim];
        r.nextBytes(q);
        int[] expected = new int[100];
        int[] actual = new int[100];
        new ScalarInt8Kernel().dots(codes, dim, q, 0, 100, expected);
        Int8Kernel best = Int8Kernel.best();
        best.dots(codes, dim, q, 0, 100, actual);
        assertArrayEquals(expected, actual, best.name());
        assertTrue(best.name().startsWith("vector"), "surefire runs with jdk.incubator.vector: " + best.name());
    }
}
