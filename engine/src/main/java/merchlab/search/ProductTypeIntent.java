package merchlab.search;

import java.util.List;
import java.util.Optional;
import merchlab.text.QueryEmbedder;
import merchlab.text.Vectors;

/**
 * The kind of product a query describes without naming it: "pot for indoor plants" is a planter, "a dish to hold keys
 * and rings" a tray. The catalog's own words for kinds of product ({@link CatalogTerms#productTypes}) are embedded
 * once, on first use, and the query is compared with them rather than with whole titles, whose brands, colours and
 * collection names blur what the product is.
 */
final class ProductTypeIntent {
    /** The closest kind of product is used when its cosine with the query is at least this... */
    static final double MIN_SIMILARITY = 0.4;
    /** ...and at least this much above the next kind's, so that only a clear intent is acted on. */
    static final double MIN_MARGIN = 0.1;

    private final List<String> types;
    private final QueryEmbedder embedder;
    private float[][] vectors;

    ProductTypeIntent(CatalogTerms terms, QueryEmbedder embedder) {
        this.types = terms.productTypes();
        this.embedder = embedder;
    }

    /** The catalog's word for the kind of product {@code text} describes, when one is close and clearly the closest. */
    Optional<String> of(String text) {
        if (types.isEmpty()) {
            return Optional.empty();
        }
        float[] q = embedder.embed(text);
        if (Vectors.norm(q) == 0) {
            return Optional.empty();
        }
        float[][] v = vectors();
        int best = -1;
        double bestSimilarity = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < v.length; i++) {
            double s = Vectors.dot(q, v[i]);
            if (s > bestSimilarity) {
                second = bestSimilarity;
                best = i;
                bestSimilarity = s;
            } else if (s > second) {
                second = s;
            }
        }
        return bestSimilarity >= MIN_SIMILARITY && bestSimilarity - second >= MIN_MARGIN
                ? Optional.of(types.get(best)) : Optional.empty();
    }

    private synchronized float[][] vectors() {
        if (vectors == null) {
            vectors = embedder.embedAll(types, 64).toArray(float[][]::new);
        }
        return vectors;
    }
}
