package merchlab.features;

/**
 * The mean text embedding of every category's products, normalised, so a query can be compared with whole
 * categories: how close it is to a product's category, and how that category ranks among all of them.
 */
public final class CategoryCentroids {
    private final int categories;
    private final int dimension;
    private final float[] centroids;

    public CategoryCentroids(ShopCatalog catalog, CatalogVectors vectors) {
        this.categories = catalog.categories().size();
        this.dimension = vectors.dimension();
        this.centroids = new float[categories * dimension];
        float[] row = new float[dimension];
        for (int p = 0; p < catalog.size(); p++) {
            int c = catalog.category(p);
            if (c >= 0 && vectors.has(p)) {
                vectors.copy(p, row, 0);
                for (int j = 0; j < dimension; j++) {
                    centroids[c * dimension + j] += row[j];
                }
            }
        }
        for (int c = 0; c < categories; c++) {
            double n = 0;
            for (int j = 0; j < dimension; j++) {
                n += centroids[c * dimension + j] * centroids[c * dimension + j];
            }
            float scale = n == 0 ? 0f : (float) (1 / Math.sqrt(n));
            for (int j = 0; j < dimension; j++) {
                centroids[c * dimension + j] *= scale;
            }
        }
    }

    /** A query compared with every category: cosines and 1 / rank (1 for the closest category). */
    public record Match(float[] cosine, float[] inverseRank) {
    }

    public Match match(float[] query) {
        float[] cos = new float[categories];
        for (int c = 0; c < categories; c++) {
            float s = 0;
            for (int j = 0; j < dimension; j++) {
                s += centroids[c * dimension + j] * query[j];
            }
            cos[c] = s;
        }
        Integer[] order = new Integer[categories];
        for (int c = 0; c < categories; c++) {
            order[c] = c;
        }
        java.util.Arrays.sort(order, (a, b) -> cos[a] != cos[b] ? Float.compare(cos[b], cos[a]) : Integer.compare(a, b));
        float[] inverseRank = new float[categories];
        for (int r = 0; r < categories; r++) {
            inverseRank[order[r]] = 1f / (r + 1);
        }
        return new Match(cos, inverseRank);
    }
}
