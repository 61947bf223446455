package merchlab.features;

import java.util.List;

/**
 * A fitted pipeline bound to the live catalog: turns a scoring request and candidate products into feature rows, with
 * the position fixed at its neutral value (the top of the list).
 *
 * <p>Not thread-safe: keep one per job.
 */
public final class Featurizer {
    private final FeaturePipeline pipeline;
    private final ShopCatalog catalog;
    private final CatalogVectors vectors;
    private final QueryVectors queries;
    private final FeatureCalculator calculator;

    Featurizer(FeaturePipeline pipeline, ShopCatalog catalog, CatalogVectors vectors, QueryVectors queries,
               FeatureCalculator calculator) {
        this.pipeline = pipeline;
        this.catalog = catalog;
        this.vectors = vectors;
        this.queries = queries;
        this.calculator = calculator;
    }

    public FeatureSchema schema() {
        return pipeline.schema();
    }

    public FeaturePipeline pipeline() {
        return pipeline;
    }

    public ShopCatalog catalog() {
        return catalog;
    }

    public CatalogVectors vectors() {
        return vectors;
    }

    /**
     * Summarises a request: the shopper's profile from their history, the query's embedding and the context.
     *
     * @param history product ids the shopper clicked, carted or bought, oldest first
     * @param shown   product ids shown to the shopper in earlier recommendation lists
     * @param query   search text, or null for a recommendation
     * @param visitQuery the shopper's earlier search in this visit, read when {@code query} is null; may be null
     * @param device  device name, or null when unknown
     * @param hour    0-23, -1 when unknown
     * @param weekday 1 (Monday) - 7, -1 when unknown
     */
    public RequestFeatures request(List<String> history, List<String> shown, String query, String visitQuery,
                                   String device, int hour, int weekday) {
        ShopperProfile profile = new ShopperProfile(catalog, vectors);
        for (String id : history) {
            profile.add(catalog.indexOf(id));
        }
        for (String id : shown) {
            profile.show(catalog.indexOf(id));
        }
        String own = EventLog.normaliseQuery(query);
        String q = own != null ? own : EventLog.normaliseQuery(visitQuery);
        float[] queryVector = q == null || queries == null ? null : queries.vector(q);
        return calculator.request(profile, queryVector, q, own == null, EventLog.device(device), hour, weekday,
                pipeline.referenceTime());
    }

    /**
     * Feature rows of {@code productIds} for one request, row-major, {@code schema().width()} values each, the
     * position at {@link FeatureNames#NEUTRAL_POSITION}. Products missing from the catalog get all-zero rows.
     */
    public float[] rows(RequestFeatures request, List<String> productIds) {
        float[] positions = new float[productIds.size()];
        java.util.Arrays.fill(positions, FeatureNames.NEUTRAL_POSITION);
        return rows(request, productIds, positions);
    }

    /** Feature rows of products shown at the given positions (as in a logged result list). */
    public float[] rows(RequestFeatures request, List<String> productIds, float[] positions) {
        int width = schema().width();
        float[] out = new float[productIds.size() * width];
        for (int i = 0; i < productIds.size(); i++) {
            int p = catalog.indexOf(productIds.get(i));
            if (p >= 0) {
                row(request, p, positions[i], out, i * width);
            }
        }
        return out;
    }

    /** Writes one full row (values and embeddings) for catalog product {@code product} into {@code out}. */
    public void row(RequestFeatures request, int product, float position, float[] out, int offset) {
        calculator.scalars(request, product, position, out, offset);
        calculator.embeddings(request, product, out, offset);
    }
}
