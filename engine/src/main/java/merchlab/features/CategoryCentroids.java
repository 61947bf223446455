package merchlab.features;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The mean text embedding of every category's products, normalised, so a query can be compared with whole
 * categories: how close it is to a product's category, and how that category ranks among all of them.
 */
public final class CategoryCentroids {
    /** Query vectors whose match is kept: a shop's searches repeat, and each match compares with every category. */
    private static final int REMEMBERED = 2_048;

    private final Map<QueryKey, Match> recent = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<QueryKey, Match> eldest) {
                    return size() > REMEMBERED;
                }
            });
    private final int categories;
    private final int dimension;
    private final float[] centroids;
    private final int[] parent;
    private final int parents;

    public CategoryCentroids(ShopCatalog catalog, CatalogVectors vectors) {
        this.categories = catalog.categories().size();
        this.dimension = vectors.dimension();
        this.centroids = new float[categories * dimension];
        this.parent = new int[categories];
        Dictionary parentNames = new Dictionary();
        for (int c = 0; c < categories; c++) {
            String path = catalog.categories().name(c);
            int cut = path == null ? -1 : path.lastIndexOf('>');
            parent[c] = parentNames.idOrAdd(cut < 0 ? path : path.substring(0, cut).strip());
        }
        this.parents = parentNames.size();
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

    /**
     * A query compared with every category: cosines, 1 / rank (1 for the closest category), and 1 / rank of the
     * category's parent (the path without its last level) among all parents by their closest child.
     */
    public record Match(float[] cosine, float[] inverseRank, float[] parentInverseRank) {
    }

    public Match match(float[] query) {
        QueryKey key = new QueryKey(query.clone());
        Match m = recent.get(key);
        if (m == null) {
            m = compare(query);
            recent.put(key, m);
        }
        return m;
    }

    private Match compare(float[] query) {
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
        Arrays.sort(order, (a, b) -> cos[a] != cos[b] ? Float.compare(cos[b], cos[a]) : Integer.compare(a, b));
        float[] inverseRank = new float[categories];
        for (int r = 0; r < categories; r++) {
            inverseRank[order[r]] = 1f / (r + 1);
        }
        float[] best = new float[parents];
        Arrays.fill(best, Float.NEGATIVE_INFINITY);
        for (int c = 0; c < categories; c++) {
            best[parent[c]] = Math.max(best[parent[c]], cos[c]);
        }
        float[] rankOfParent = new float[parents];
        for (int a = 0; a < parents; a++) {
            int above = 0;
            for (int b = 0; b < parents; b++) {
                if (best[b] > best[a] || (best[b] == best[a] && b < a)) {
                    above++;
                }
            }
            rankOfParent[a] = 1f / (above + 1);
        }
        float[] parentRank = new float[categories];
        for (int c = 0; c < categories; c++) {
            parentRank[c] = rankOfParent[parent[c]];
        }
        return new Match(cos, inverseRank, parentRank);
    }

    /** A query vector compared by its values. */
    private record QueryKey(float[] vector) {
        @Override
        public boolean equals(Object o) {
            return o instanceof QueryKey k && Arrays.equals(vector, k.vector);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(vector);
        }
    }
}
