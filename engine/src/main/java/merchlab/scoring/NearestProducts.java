package merchlab.scoring;

import java.util.List;
import merchlab.features.CatalogVectors;
import merchlab.features.ShopCatalog;

/** Exact nearest products to a vector by dot product (cosine on normalised embeddings), by a scan of the catalog. */
final class NearestProducts {
    private final ShopCatalog catalog;
    private final CatalogVectors vectors;

    NearestProducts(ShopCatalog catalog, CatalogVectors vectors) {
        this.catalog = catalog;
        this.vectors = vectors;
    }

    /** The {@code k} catalog products most similar to {@code target}, best first. */
    List<String> nearest(float[] target, int k) {
        return TopK.above(vectors.scores(target), k, Float.NEGATIVE_INFINITY).stream().map(catalog::id).toList();
    }
}
