package merchlab.scoring;

import java.util.ArrayList;
import java.util.List;
import merchlab.features.CatalogVectors;
import merchlab.features.ShopCatalog;

/**
 * Nearest products to a vector by cosine (dot product of normalised embeddings), fast over large catalogs: a first
 * pass scores every product on 8-bit copies of the embeddings stored dimension by dimension (a scan the JIT turns into
 * vector instructions, reading a quarter of the bytes), then the best few times {@code k} are re-scored exactly.
 */
final class NearestProducts {
    private static final int OVERSAMPLE = 4;

    private final ShopCatalog catalog;
    private final CatalogVectors vectors;
    private final int n;
    private final int d;
    private final byte[] columns;
    private final float scale;

    NearestProducts(ShopCatalog catalog, CatalogVectors vectors) {
        this.catalog = catalog;
        this.vectors = vectors;
        this.n = catalog.size();
        this.d = vectors.dimension();
        float[] row = new float[d];
        float max = 1e-12f;
        for (int p = 0; p < n; p++) {
            vectors.copy(p, row, 0);
            for (float v : row) {
                max = Math.max(max, Math.abs(v));
            }
        }
        this.scale = 127f / max;
        this.columns = new byte[n * d];
        for (int p = 0; p < n; p++) {
            vectors.copy(p, row, 0);
            for (int j = 0; j < d; j++) {
                columns[j * n + p] = (byte) Math.round(row[j] * scale);
            }
        }
    }

    /** The {@code k} catalog products most similar to {@code target}, best first. */
    List<String> nearest(float[] target, int k) {
        float[] approximate = new float[n];
        for (int j = 0; j < d; j++) {
            float w = target[j];
            int base = j * n;
            for (int p = 0; p < n; p++) {
                approximate[p] += w * columns[base + p];
            }
        }
        for (int p = 0; p < n; p++) {
            if (!vectors.has(p)) {
                approximate[p] = Float.NEGATIVE_INFINITY;
            }
        }
        List<Integer> shortlist = TopK.above(approximate, k * OVERSAMPLE, Float.NEGATIVE_INFINITY);
        float[] exact = new float[shortlist.size()];
        for (int i = 0; i < exact.length; i++) {
            exact[i] = vectors.dot(shortlist.get(i), target);
        }
        List<String> out = new ArrayList<>(k);
        for (int i : TopK.above(exact, k, Float.NEGATIVE_INFINITY)) {
            out.add(catalog.id(shortlist.get(i)));
        }
        return out;
    }
}
