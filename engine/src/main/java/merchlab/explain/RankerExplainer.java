package merchlab.explain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import merchlab.MerchLabException;
import merchlab.features.CatalogVectors;
import merchlab.features.Feature;
import merchlab.features.FeatureGroup;
import merchlab.features.FeatureSchema;
import merchlab.features.ShopCatalog;
import merchlab.model.ScoringRequest;
import merchlab.model.ranker.RankerModel;

/**
 * Explains a ranker's scores: Integrated Gradients from every feature to the predicted CTR against the
 * {@link FeatureBaseline}, summed per feature and per group, with the completeness error and reasons. A whole list
 * is explained with one batched gradient call (plus one more only for products whose completeness needs more steps).
 * Not thread-safe, like the model.
 */
public final class RankerExplainer {
    private final RankerModel model;
    private final FeatureSchema schema;
    private final ShopCatalog catalog;
    private final FeatureBaseline baseline;
    private final IntegratedGradients gradients;
    private final ReasonWriter writer = new ReasonWriter();

    public RankerExplainer(RankerModel model) {
        this(model, new RankerFunction(model), IntegratedGradients.STEP_LADDER);
    }

    /** Explains {@code function} (for example a ranker with randomised weights) with {@code model}'s features. */
    public RankerExplainer(RankerModel model, Differentiable function, int[] stepLadder) {
        this.model = model;
        this.schema = model.schema();
        this.catalog = model.featurizer().catalog();
        this.baseline = FeatureBaseline.of(schema, model.pipeline().mean(), model.featurizer().vectors(), catalog.size());
        List<Feature> features = schema.features();
        int[] start = new int[features.size()];
        int[] width = new int[features.size()];
        for (int i = 0; i < start.length; i++) {
            start[i] = features.get(i).offset();
            width[i] = features.get(i).width();
        }
        this.gradients = new IntegratedGradients(function, start, width, stepLadder, IntegratedGradients.TOLERANCE,
                IntegratedGradients.SMALL_BATCH_ROWS);
    }

    public FeatureSchema schema() {
        return schema;
    }

    public FeatureBaseline baseline() {
        return baseline;
    }

    /** Explains one product's score for a request. */
    public Explanation explain(ScoringRequest request, String productId) {
        return explain(request, List.of(productId)).get(0);
    }

    /** Explains the scores of a list of products for one request, in one batched pass. */
    public List<Explanation> explain(ScoringRequest request, List<String> productIds) {
        return explain(request, productIds, Set.of());
    }

    /**
     * Like {@link #explain(ScoringRequest, List)}, saying of the products in {@code weakMatches} that a search's
     * relevance gate held them below closer matches.
     */
    public List<Explanation> explain(ScoringRequest request, List<String> productIds, Set<String> weakMatches) {
        List<ReasonContext> contexts = new ArrayList<>();
        for (String id : productIds) {
            int p = catalog.indexOf(id);
            if (p < 0) {
                throw new MerchLabException("no product '" + id + "' in the catalog");
            }
            ReasonContext c = context(request, p);
            contexts.add(weakMatches.contains(id) ? c.asWeakMatch() : c);
        }
        float[] rows = model.features(request, productIds);
        boolean recommendation = request.query() == null && request.context().visitQuery() == null;
        return explainRows(rows, productIds, contexts, recommendation ? recommendationBaseline(rows) : baseline.rowView());
    }

    /**
     * The baseline of a recommendation: the standard one with the query features a recommendation has (no query), so
     * attributions say what made this product right for this shopper, not that the shopper typed nothing.
     */
    private float[] recommendationBaseline(float[] rows) {
        float[] base = baseline.row();
        for (Feature f : schema.features()) {
            if (f.group() == FeatureGroup.SEMANTIC_MATCH) {
                System.arraycopy(rows, f.offset(), base, f.offset(), f.width());
            }
        }
        return base;
    }

    /** Explains ready-made feature rows (for example of logged impressions at their shown positions). */
    public List<Explanation> explainRows(float[] rows, List<String> productIds, List<ReasonContext> contexts) {
        return explainRows(rows, productIds, contexts, baseline.rowView());
    }

    private List<Explanation> explainRows(float[] rows, List<String> productIds, List<ReasonContext> contexts,
                                          float[] base) {
        List<IntegratedGradients.Attribution> found = gradients.attribute(rows, base);
        List<Explanation> out = new ArrayList<>(found.size());
        int w = schema.width();
        for (int i = 0; i < found.size(); i++) {
            IntegratedGradients.Attribution a = found.get(i);
            List<Explanation.FeatureAttribution> features = new ArrayList<>();
            Map<FeatureGroup, Double> groups = new EnumMap<>(FeatureGroup.class);
            for (FeatureGroup g : FeatureGroup.values()) {
                groups.put(g, 0.0);
            }
            for (int f = 0; f < schema.features().size(); f++) {
                Feature feature = schema.features().get(f);
                double value = feature.isEmbedding() ? Double.NaN : rows[i * w + feature.offset()];
                double baseValue = feature.isEmbedding() ? Double.NaN : base[feature.offset()];
                features.add(new Explanation.FeatureAttribution(feature.name(), feature.group(), value, baseValue,
                        a.inputs()[f]));
                groups.merge(feature.group(), a.inputs()[f], Double::sum);
            }
            Explanation e = new Explanation(productIds.get(i), a.score(), a.baselineScore(), features, groups,
                    a.completenessError(), a.steps(), List.of());
            out.add(e.withReasons(writer.reasons(e, contexts.get(i))));
        }
        return out;
    }

    /** What reasons may say about product {@code p} for a request. */
    public ReasonContext context(ScoringRequest request, int p) {
        int brand = catalog.brand(p);
        int category = catalog.category(p);
        int top = catalog.topCategory(p);
        String path = category < 0 ? null : catalog.categories().name(category);
        String leaf = path == null ? null : path.substring(path.lastIndexOf('>') + 1).trim();
        return new ReasonContext(request.query(), brand < 0 ? null : catalog.brands().name(brand), leaf,
                top < 0 ? null : catalog.topCategories().name(top), request.context().device(),
                request.context().hour(), request.context().weekday(), closestInHistory(request.history(), p), false);
    }

    /** History entries compared for {@link ReasonContext#likeInHistory()}: the most recent ones. */
    static final int HISTORY_COMPARED = 20;

    /** The title of the recent history product whose text is closest to product {@code p}, or null. */
    private String closestInHistory(List<String> history, int p) {
        CatalogVectors vectors = model.featurizer().vectors();
        if (history.isEmpty() || !vectors.has(p)) {
            return null;
        }
        float[] target = new float[vectors.dimension()];
        vectors.copy(p, target, 0);
        int best = -1;
        float bestSimilarity = Float.NEGATIVE_INFINITY;
        for (int i = history.size() - 1; i >= Math.max(0, history.size() - HISTORY_COMPARED); i--) {
            int h = catalog.indexOf(history.get(i));
            if (h >= 0 && h != p && vectors.has(h)) {
                float s = vectors.dot(h, target);
                if (s > bestSimilarity) {
                    bestSimilarity = s;
                    best = h;
                }
            }
        }
        return best < 0 ? null : catalog.title(best);
    }
}
