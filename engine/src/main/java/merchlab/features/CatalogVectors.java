package merchlab.features;

import merchlab.text.ProductVectors;
import merchlab.text.Vectors;

/** The text embeddings of a catalog's products, looked up by catalog index; products without a vector read as zero. */
public final class CatalogVectors {
    private final ProductVectors vectors;
    private final int[] rowOf;
    private final int dimension;
    private final int covered;

    public CatalogVectors(ShopCatalog catalog, ProductVectors vectors) {
        this.vectors = vectors;
        this.dimension = vectors.dimension();
        this.rowOf = new int[catalog.size()];
        int n = 0;
        for (int p = 0; p < rowOf.length; p++) {
            rowOf[p] = vectors.row(catalog.id(p)).orElse(-1);
            if (rowOf[p] >= 0) {
                n++;
            }
        }
        this.covered = n;
    }

    public int dimension() {
        return dimension;
    }

    /** Number of catalog products that have a vector. */
    public int covered() {
        return covered;
    }

    /** The row of a product's vector in {@link #matrix()}, or -1 when it has none. */
    public int row(int product) {
        return product < 0 ? -1 : rowOf[product];
    }

    /** Every vector, row after row ({@link #rows()} x {@link #dimension()}); shared, not copied. */
    public float[] matrix() {
        return vectors.matrix();
    }

    /** Number of vectors in {@link #matrix()}. */
    public int rows() {
        return vectors.size();
    }

    public boolean has(int product) {
        return product >= 0 && rowOf[product] >= 0;
    }

    /** Name of the encoder the vectors came from. */
    public String encoder() {
        return vectors.encoder();
    }

    /** Copies a product's vector into {@code out} at {@code offset}, or zeros when it has none. */
    public void copy(int product, float[] out, int offset) {
        int row = product < 0 ? -1 : rowOf[product];
        if (row < 0) {
            java.util.Arrays.fill(out, offset, offset + dimension, 0f);
        } else {
            System.arraycopy(vectors.matrix(), row * dimension, out, offset, dimension);
        }
    }

    /** Adds a product's vector to {@code sum}; returns false when the product has none. */
    public boolean addTo(float[] sum, int product) {
        int row = product < 0 ? -1 : rowOf[product];
        if (row < 0) {
            return false;
        }
        float[] m = vectors.matrix();
        int base = row * dimension;
        for (int j = 0; j < dimension; j++) {
            sum[j] += m[base + j];
        }
        return true;
    }

    /** Dot product of a product's vector with {@code v} (0 when it has none). */
    public float dot(int product, float[] v) {
        int row = product < 0 ? -1 : rowOf[product];
        return row < 0 ? 0f : vectors.dot(row, v);
    }

    /**
     * Dot product of every catalog product's vector with {@code v}, indexed like the catalog; products without a
     * vector get negative infinity.
     */
    public float[] scores(float[] v) {
        float[] out = new float[rowOf.length];
        float[] m = vectors.matrix();
        for (int p = 0; p < rowOf.length; p++) {
            int row = rowOf[p];
            out[p] = row < 0 ? Float.NEGATIVE_INFINITY : Vectors.dot(m, row * dimension, v, 0, dimension);
        }
        return out;
    }
}
