package merchlab.scoring;

import java.util.ArrayList;
import java.util.List;
import merchlab.features.CatalogVectors;
import merchlab.features.ShopCatalog;
import merchlab.search.semantic.Int8Codes;
import merchlab.search.semantic.Int8Kernel;

/**
 * Nearest products to a vector by cosine (dot product of normalised embeddings), fast over large catalogs: a first
 * pass scores every product on 8-bit copies of the embeddings (one scale per product, integer dot products through
 * {@link Int8Kernel#best()}, SIMD where the JVM offers the Vector API), then the best few times {@code k} are
 * re-scored exactly on the float vectors.
 */
final class NearestProducts {
    private static final int OVERSAMPLE = 4;
    private static final int BLOCK = 4096;

    private final ShopCatalog catalog;
    private final CatalogVectors vectors;
    private final Int8Kernel kernel = Int8Kernel.best();
    private final int n;
    private final int d;
    private final byte[] codes;
    private final float[] scales;

    NearestProducts(ShopCatalog catalog, CatalogVectors vectors) {
        this.catalog = catalog;
        this.vectors = vectors;
        this.n = catalog.size();
        this.d = vectors.dimension();
        this.codes = new byte[n * d];
        this.scales = new float[n];
        float[] row = new float[d];
        for (int p = 0; p < n; p++) {
            if (vectors.has(p)) {
                vectors.copy(p, row, 0);
                scales[p] = Int8Codes.quantise(row, codes, p * d);
            } else {
                scales[p] = Float.NaN;
            }
        }
    }

    /** The {@code k} catalog products most similar to {@code target}, best first. */
    List<String> nearest(float[] target, int k) {
        byte[] query = new byte[d];
        Int8Codes.quantise(target, query, 0);
        float[] approximate = new float[n];
        int[] dots = new int[BLOCK];
        for (int from = 0; from < n; from += BLOCK) {
            int to = Math.min(n, from + BLOCK);
            kernel.dots(codes, d, query, from, to, dots);
            for (int p = from; p < to; p++) {
                float s = scales[p];
                approximate[p] = Float.isNaN(s) ? Float.NEGATIVE_INFINITY : dots[p - from] * s;
            }
        }
        List<Integer> shortlist = TopValues.above(approximate, k * OVERSAMPLE, Float.NEGATIVE_INFINITY);
        float[] exact = new float[shortlist.size()];
        for (int i = 0; i < exact.length; i++) {
            exact[i] = vectors.dot(shortlist.get(i), target);
        }
        List<String> out = new ArrayList<>(k);
        for (int i : TopValues.above(exact, k, Float.NEGATIVE_INFINITY)) {
            out.add(catalog.id(shortlist.get(i)));
        }
        return out;
    }
}
