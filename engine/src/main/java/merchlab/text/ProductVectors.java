package merchlab.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
}
