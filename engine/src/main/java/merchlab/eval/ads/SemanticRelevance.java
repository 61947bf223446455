package merchlab.eval.ads;

import java.util.function.Function;
import merchlab.ads.AdCandidate;
import merchlab.ads.AdRelevance;
import merchlab.ads.AdRequest;
import merchlab.features.CatalogVectors;
import merchlab.features.ShopCatalog;

/**
 * An ad's relevance as the text encoder sees it: the cosine of the advertised product's embedding with the query's
 * (a search), or with the mean embedding of the organic list (a recommendation list, whose only intent is what it
 * shows), below zero counted as zero.
 */
public final class SemanticRelevance implements AdRelevance {
    private final ShopCatalog catalog;
    private final CatalogVectors vectors;
    private final Function<String, float[]> queries;
    private String lastRequest;
    private float[] lastTarget;

    /** @param queries a query's embedding, or null when it has none */
    public SemanticRelevance(ShopCatalog catalog, CatalogVectors vectors, Function<String, float[]> queries) {
        this.catalog = catalog;
        this.vectors = vectors;
        this.queries = queries;
    }

    @Override
    public double score(AdRequest request, AdCandidate ad) {
        if (!request.requestId().equals(lastRequest)) {
            lastRequest = request.requestId();
            lastTarget = target(request);
        }
        if (lastTarget == null) {
            return 0;
        }
        return Math.max(0, Math.min(1, vectors.dot(catalog.indexOf(ad.productId()), lastTarget)));
    }

    private float[] target(AdRequest request) {
        if (request.isSearch()) {
            return queries.apply(request.query());
        }
        float[] sum = new float[vectors.dimension()];
        boolean any = false;
        for (String id : request.organicProducts()) {
            any |= vectors.addTo(sum, catalog.indexOf(id));
        }
        if (!any) {
            return null;
        }
        double norm = 0;
        for (float v : sum) {
            norm += v * v;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int j = 0; j < sum.length; j++) {
            sum[j] *= scale;
        }
        return sum;
    }
}
