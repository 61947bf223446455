package merchlab.bench.language;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import merchlab.search.Hit;
import merchlab.search.SemanticIndex;
import merchlab.search.semantic.Int8Kernel;
import merchlab.search.semantic.ScalarInt8Kernel;
import merchlab.text.Vectors;

/**
 * Top-10 latency of semantic search over random normalised vectors, its recall against exact float search, and the
 * memory the index takes per product.
 */
public final class SemanticBenchmark {
    /** Measurements at one catalog size. */
    public record Result(int products, int dimension, int threads, String kernel, boolean mappedFloats,
                         double medianMillis, double p90Millis, double recallAt10, long heapBytesPerProduct,
                         double measuredHeapBytesPerProduct, double buildSeconds) {
    }

    private final Consumer<String> log;

    public SemanticBenchmark(Consumer<String> log) {
        this.log = log;
    }

    /**
     * Builds an index of {@code products} random unit vectors and times {@code queries} top-10 searches.
     *
     * @param mapped       keep the float vectors for rescoring in a memory-mapped file instead of the heap
     * @param recallChecks queries also answered by exact brute force to measure recall@10
     */
    public Result run(int products, int dimension, int threads, boolean mapped, boolean scalar, int queries,
                      int recallChecks, long seed) {
        Random random = new Random(seed);
        long before = usedHeap();
        long start = System.nanoTime();
        SemanticIndex.Builder builder = SemanticIndex.builder(dimension, products).optThreads(threads);
        if (mapped) {
            builder.optMappedFloats();
        }
        if (scalar) {
            builder.optKernel(new ScalarInt8Kernel());
        }
        for (int i = 0; i < products; i++) {
            builder.add("P" + i, unit(random, dimension));
        }
        try (SemanticIndex index = builder.build()) {
            double buildSeconds = (System.nanoTime() - start) / 1e9;
            double heapPerProduct = (double) (usedHeap() - before) / products;
            List<float[]> qs = new ArrayList<>();
            for (int q = 0; q < queries; q++) {
                qs.add(unit(random, dimension));
            }
            for (int q = 0; q < Math.min(20, queries); q++) {
                index.search(qs.get(q), 10, null);
            }
            double[] millis = new double[queries];
            for (int q = 0; q < queries; q++) {
                long t = System.nanoTime();
                index.search(qs.get(q), 10, null);
                millis[q] = (System.nanoTime() - t) / 1e6;
            }
            java.util.Arrays.sort(millis);
            double recall = 0;
            int checks = Math.min(recallChecks, queries);
            for (int q = 0; q < checks; q++) {
                Set<String> exact = new HashSet<>();
                for (Hit h : index.searchExact(qs.get(q), 10, null)) {
                    exact.add(h.productId());
                }
                recall += index.search(qs.get(q), 10, null).stream().filter(h -> exact.contains(h.productId())).count() / 10.0;
            }
            Result r = new Result(products, dimension, threads, index.kernelName(), mapped, millis[queries / 2],
                    millis[(int) (queries * 0.9)], checks == 0 ? Double.NaN : recall / checks,
                    index.heapBytesPerProduct(), heapPerProduct, buildSeconds);
            log.accept(r.toString());
            return r;
        }
    }

    /** The kernel {@link SemanticIndex} would use in this JVM. */
    public static String bestKernel() {
        return Int8Kernel.best().name();
    }

    private static float[] unit(Random r, int dim) {
        float[] v = new float[dim];
        for (int j = 0; j < dim; j++) {
            v[j] = (float) r.nextGaussian();
        }
        return Vectors.normalise(v);
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
