package merchlab.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import merchlab.MerchLabException;
import merchlab.store.EmbeddingStore;

/**
 * The embeddings of a workspace's products for one encoder, held in memory as one row-major float matrix.
 */
public final class ProductVectors {
    private final String encoder;
    private final int dimension;
    private final List<String> productIds;
    private final float[] matrix;
    private final Map<String, Integer> rows = new HashMap<>();

    public ProductVectors(String encoder, int dimension, List<String> productIds, float[] matrix) {
        if (matrix.length != productIds.size() * dimension) {
            throw new IllegalArgumentException("matrix has " + matrix.length + " values, expected "
                    + productIds.size() + " x " + dimension);
        }
        this.encoder = encoder;
        this.dimension = dimension;
        this.productIds = List.copyOf(productIds);
        this.matrix = matrix;
        for (int i = 0; i < this.productIds.size(); i++) {
            rows.put(this.productIds.get(i), i);
        }
    }

    public String encoder() {
        return encoder;
    }

    public int dimension() {
        return dimension;
    }

    public int size() {
        return productIds.size();
    }

    public String productId(int row) {
        return productIds.get(row);
    }

    public List<String> productIds() {
        return productIds;
    }

    /** The row of a product, empty when the product has no vector. */
    public Optional<Integer> row(String productId) {
        return Optional.ofNullable(rows.get(productId));
    }

    /** A copy of one product's vector. */
    public float[] vector(int row) {
        float[] v = new float[dimension];
        System.arraycopy(matrix, row * dimension, v, 0, dimension);
        return v;
    }

    /** Dot product of a row with {@code query} (cosine similarity, vectors being normalised). */
    public float dot(int row, float[] query) {
        return Vectors.dot(matrix, row * dimension, query, 0, dimension);
    }

    /** The backing matrix, row-major; not to be modified. */
    public float[] matrix() {
        return matrix;
    }

    /** All product vectors of {@code encoder} in {@code store}, ordered by product id, read straight into one matrix. */
    public static ProductVectors read(EmbeddingStore store, String encoder) {
        int count = store.count(encoder, "product");
        List<String> ids = new ArrayList<>(count);
        float[][] matrix = {new float[0]};
        int[] dim = {0};
        store.forEachProduct(encoder, (key, vector) -> {
            if (ids.isEmpty()) {
                dim[0] = vector.length;
                matrix[0] = new float[Math.max(count, 1) * dim[0]];
            }
            if (vector.length != dim[0]) {
                throw new MerchLabException("embedding of " + key + " has " + vector.length + " values, expected " + dim[0]);
            }
            int row = ids.size();
            if ((row + 1) * dim[0] > matrix[0].length) {
                matrix[0] = Arrays.copyOf(matrix[0], Math.max(matrix[0].length * 2, (row + 1) * dim[0]));
            }
            System.arraycopy(vector, 0, matrix[0], row * dim[0], dim[0]);
            ids.add(key);
        });
        float[] exact = matrix[0].length == ids.size() * dim[0] ? matrix[0]
                : Arrays.copyOf(matrix[0], ids.size() * dim[0]);
        return new ProductVectors(encoder, dim[0], ids, exact);
    }
}
