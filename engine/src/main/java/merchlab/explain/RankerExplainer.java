package merchlab.explain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import merchlab.MerchLabException;
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
        List<ReasonContext> contexts = new ArrayList<>();
        for (String id : productIds) {
            int p = catalog.indexOf(id);
            if (p < 0) {
                throw new MerchLabException("no product '" + id + "' in the catalog");
            }
            contexts.add(context(request, p));
        }
        return explainRows(model.features(request, productIds), productIds, contexts);
    }

    /** Explains ready-made feature rows (for example of logged impressions at their shown positions). */
    public List<Explanation> explainRows(float[] rows, List<String> productIds, List<ReasonContext> contexts) {
        List<IntegratedGradients.Attribution> found = gradients.attribute(rows, baseline.rowView());
        List<Explanation> out = new ArrayList<>(found.size());
        float[] base = baseline.rowView();
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
                request.context().hour(), request.context().weekday());
    }
}
