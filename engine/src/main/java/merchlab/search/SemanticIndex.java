package merchlab.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import merchlab.MerchLabException;
import merchlab.search.semantic.FloatRows;
import merchlab.search.semantic.HeapFloatRows;
import merchlab.search.semantic.Int8Codes;
import merchlab.search.semantic.Int8Kernel;
import merchlab.search.semantic.MappedFloatRows;
import merchlab.search.semantic.TopK;
import merchlab.text.ProductVectors;

/**
 * Exact-by-construction semantic top-k over product embeddings: a parallel scan of int8-quantised vectors picks the
 * best {@code rescore} candidates, whose full-precision dot products then decide the order and the scores.
 *
 * <p>Memory per product: {@code dimension} bytes of codes plus a 4-byte scale on the heap, and the float vector
 * ({@code 4 * dimension} bytes) either on the heap or in a memory-mapped file.
 */
public final class SemanticIndex implements AutoCloseable {
    private static final int BLOCK = 2048;

    private final List<String> productIds;
    private final int dimension;
    private final byte[] codes;
    private final float[] scales;
    private final FloatRows floats;
    private final Int8Kernel kernel;
    private final int threads;
    private final ExecutorService pool;
    private Map<String, Integer> rows;

    private SemanticIndex(List<String> productIds, int dimension, byte[] codes, float[] scales, FloatRows floats,
                          Int8Kernel kernel, int threads) {
        this.productIds = productIds;
        this.dimension = dimension;
        this.codes = codes;
        this.scales = scales;
        this.floats = floats;
        this.kernel = kernel;
        this.threads = Math.max(1, threads);
        this.pool = this.threads == 1 ? null : Executors.newFixedThreadPool(this.threads, r -> {
            Thread t = new Thread(r, "merchlab-semantic-search");
            t.setDaemon(true);
            return t;
        });
    }

    /** An index over a workspace's product vectors (kept on the heap), scanning on {@code threads} cores. */
    public static SemanticIndex of(ProductVectors vectors, int threads) {
        Builder b = builder(vectors.dimension(), vectors.size()).optThreads(threads)
                .optFloats(new HeapFloatRows(vectors.matrix(), vectors.dimension()));
        for (int i = 0; i < vectors.size(); i++) {
            b.add(vectors.productId(i), vectors.vector(i));
        }
        return b.build();
    }

    /** Starts an index of {@code expectedSize} products of {@code dimension} values each. */
    public static Builder builder(int dimension, int expectedSize) {
        return new Builder(dimension, expectedSize);
    }

    /** Collects normalised product vectors one by one. */
    public static final class Builder {
        private final int dimension;
        private final List<String> ids;
        private byte[] codes;
        private float[] scales;
        private FloatRows floats;
        private MappedFloatRows mapped;
        private float[] heapMatrix;
        private int threads = 1;
        private Int8Kernel kernel = Int8Kernel.best();

        private Builder(int dimension, int expectedSize) {
            if ((long) dimension * Math.max(1, expectedSize) > Integer.MAX_VALUE - 16) {
                throw new MerchLabException("too many products for one semantic index: " + expectedSize);
            }
            this.dimension = dimension;
            this.ids = new ArrayList<>(expectedSize);
            this.codes = new byte[Math.max(1, expectedSize) * dimension];
            this.scales = new float[Math.max(1, expectedSize)];
        }

        /** Cores to scan on (default 1). */
        public Builder optThreads(int threads) {
            this.threads = threads;
            return this;
        }

        /** Use these full-precision rows for rescoring instead of storing the added vectors. */
        public Builder optFloats(FloatRows rows) {
            this.floats = rows;
            return this;
        }

        /** Keep the added full-precision vectors in a memory-mapped file instead of on the heap. */
        public Builder optMappedFloats() {
            this.mapped = new MappedFloatRows(dimension);
            return this;
        }

        /** Override the dot-product kernel (for benchmarks comparing kernels). */
        public Builder optKernel(Int8Kernel kernel) {
            this.kernel = kernel;
            return this;
        }

        /** Adds a product's normalised vector. */
        public Builder add(String productId, float[] vector) {
            if (vector.length != dimension) {
                throw new MerchLabException("vector of " + productId + " has " + vector.length + " values, expected " + dimension);
            }
            int row = ids.size();
            if ((row + 1) * dimension > codes.length) {
                codes = Arrays.copyOf(codes, Math.max(codes.length * 2, (row + 1) * dimension));
                scales = Arrays.copyOf(scales, Math.max(scales.length * 2, row + 1));
            }
            scales[row] = Int8Codes.quantise(vector, codes, row * dimension);
            ids.add(productId);
            if (mapped != null) {
                mapped.add(vector);
            } else if (floats == null) {
                if (heapMatrix == null) {
                    heapMatrix = new float[scales.length * dimension];
                } else if ((row + 1) * dimension > heapMatrix.length) {
                    heapMatrix = Arrays.copyOf(heapMatrix, scales.length * dimension);
                }
                System.arraycopy(vector, 0, heapMatrix, row * dimension, dimension);
            }
            return this;
        }

        public SemanticIndex build() {
            int n = ids.size();
            FloatRows rows = floats;
            if (mapped != null) {
                rows = mapped;
            } else if (rows == null) {
                float[] matrix = heapMatrix == null ? new float[0] : heapMatrix;
                rows = new HeapFloatRows(matrix.length == n * dimension ? matrix : Arrays.copyOf(matrix, n * dimension),
                        dimension);
            }
            byte[] exactCodes = codes.length == n * dimension ? codes : Arrays.copyOf(codes, n * dimension);
            float[] exactScales = scales.length == n ? scales : Arrays.copyOf(scales, n);
            return new SemanticIndex(List.copyOf(ids), dimension, exactCodes, exactScales, rows, kernel, threads);
        }
    }

    public int size() {
        return productIds.size();
    }

    public int dimension() {
        return dimension;
    }

    public String productId(int row) {
        return productIds.get(row);
    }

    /** The row of a product, empty when it has no vector. */
    public synchronized Optional<Integer> row(String productId) {
        if (rows == null) {
            rows = new HashMap<>(productIds.size() * 2);
            for (int i = 0; i < productIds.size(); i++) {
                rows.put(productIds.get(i), i);
            }
        }
        return Optional.ofNullable(rows.get(productId));
    }

    /** A copy of a product's full-precision vector. */
    public float[] vector(int row) {
        return floats.row(row);
    }

    /** Cosine similarity of a product with a normalised query vector. */
    public float similarity(int row, float[] query) {
        return floats.dot(row, query);
    }

    /** The kernel in use, for reports. */
    public String kernelName() {
        return kernel.name();
    }

    /** Java heap bytes per product: int8 codes, scale and id reference (the id strings themselves not counted). */
    public long heapBytesPerProduct() {
        return dimension + 4L + 8L + floats.heapBytesPerRow();
    }

    /** The best {@code k} products for a normalised query among rows in {@code allowed} (null: all), best first. */
    public List<Hit> search(float[] query, int k, BitSet allowed) {
        return search(query, k, allowed, Math.max(10 * k, 100));
    }

    /**
     * Like {@link #search(float[], int, BitSet)} with {@code rescore} int8 candidates passed to the float rescoring.
     */
    public List<Hit> search(float[] query, int k, BitSet allowed, int rescore) {
        int n = size();
        if (n == 0 || k <= 0) {
            return List.of();
        }
        byte[] q = new byte[dimension];
        Int8Codes.quantise(query, q, 0);
        int candidates = Math.max(k, rescore);
        TopK approx = new TopK(candidates);
        int chunks = pool == null ? 1 : threads * 2;
        if (chunks == 1) {
            approx.addAll(scan(q, 0, n, candidates, allowed));
        } else {
            List<Future<TopK>> parts = new ArrayList<>();
            int per = (n + chunks - 1) / chunks;
            for (int from = 0; from < n; from += per) {
                int start = from;
                int end = Math.min(n, from + per);
                parts.add(pool.submit(() -> scan(q, start, end, candidates, allowed)));
            }
            for (Future<TopK> f : parts) {
                approx.addAll(await(f));
            }
        }
        TopK exact = new TopK(k);
        for (int row : approx.rowsBestFirst()) {
            exact.offer(floats.dot(row, query), row);
        }
        return hits(exact, query);
    }

    /** Exact float top-k by brute force, for measuring the recall of {@link #search}. */
    public List<Hit> searchExact(float[] query, int k, BitSet allowed) {
        TopK exact = new TopK(k);
        for (int row = 0; row < size(); row++) {
            if (allowed == null || allowed.get(row)) {
                exact.offer(floats.dot(row, query), row);
            }
        }
        return hits(exact, query);
    }

    private List<Hit> hits(TopK top, float[] query) {
        List<Hit> hits = new ArrayList<>(top.size());
        for (int row : top.rowsBestFirst()) {
            hits.add(new Hit(productIds.get(row), floats.dot(row, query)));
        }
        return hits;
    }

    private TopK scan(byte[] q, int from, int to, int candidates, BitSet allowed) {
        TopK top = new TopK(candidates);
        int[] dots = new int[BLOCK];
        for (int start = from; start < to; start += BLOCK) {
            int end = Math.min(to, start + BLOCK);
            kernel.dots(codes, dimension, q, start, end, dots);
            for (int row = start; row < end; row++) {
                float score = dots[row - start] * scales[row];
                if (score > top.threshold() && (allowed == null || allowed.get(row))) {
                    top.offer(score, row);
                }
            }
        }
        return top;
    }

    private static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MerchLabException("semantic search was interrupted", e);
        } catch (ExecutionException e) {
            throw new MerchLabException("semantic search failed: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
        floats.close();
    }
}
