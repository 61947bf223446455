package merchlab.explain;

import java.util.LinkedHashMap;
import java.util.Map;
import merchlab.features.CatalogVectors;
import merchlab.features.Feature;
import merchlab.features.FeatureGroup;
import merchlab.features.FeatureNames;
import merchlab.features.FeatureSchema;

/**
 * The reference row attributions are measured against: "an average product for an average shopper in an unknown
 * context, shown at the top".
 *
 * <ul>
 *   <li>single-value features: their training mean (from the fitted pipeline);</li>
 *   <li>context features (hour, weekday, device, category click-rate lifts): 0, the value of an unknown visit, so
 *       context attributions measure what knowing the visit's context changed;</li>
 *   <li>position: the neutral position every displayed score uses (1), so position never explains a displayed score;
 *       on logged impressions it measures the effect of the shown position against the top;</li>
 *   <li>query embedding: zero (no query, as a recommendation writes it);</li>
 *   <li>product and shopper embeddings: the mean product embedding of the catalog.</li>
 * </ul>
 */
public final class FeatureBaseline {
    private final float[] row;
    private final Map<String, String> rules = new LinkedHashMap<>();

    private FeatureBaseline(float[] row) {
        this.row = row;
    }

    /** The baseline of a ranker with this schema, training means and catalog embeddings. */
    public static FeatureBaseline of(FeatureSchema schema, float[] trainingMean, CatalogVectors vectors, int products) {
        float[] row = new float[schema.width()];
        float[] meanEmbedding = new float[schema.embeddingDimension()];
        int counted = 0;
        for (int p = 0; p < products; p++) {
            if (vectors.addTo(meanEmbedding, p)) {
                counted++;
            }
        }
        for (int j = 0; j < meanEmbedding.length && counted > 0; j++) {
            meanEmbedding[j] /= counted;
        }
        FeatureBaseline b = new FeatureBaseline(row);
        for (Feature f : schema.features()) {
            String rule;
            if (f.offset() == FeatureNames.POSITION_SHOWN && !f.isEmbedding()) {
                row[f.offset()] = FeatureNames.NEUTRAL_POSITION;
                rule = "the neutral position 1";
            } else if (f.group() == FeatureGroup.CONTEXT) {
                row[f.offset()] = 0f;
                rule = "0 (unknown context)";
            } else if (!f.isEmbedding()) {
                row[f.offset()] = trainingMean[f.offset()];
                rule = "training mean";
            } else if (f.name().equals("query_embedding")) {
                rule = "zero (no query)";
            } else {
                System.arraycopy(meanEmbedding, 0, row, f.offset(), meanEmbedding.length);
                rule = "mean product embedding of the catalog";
            }
            b.rules.put(f.name(), rule);
        }
        return b;
    }

    /** The baseline as a feature row (a copy). */
    public float[] row() {
        return row.clone();
    }

    float[] rowView() {
        return row;
    }

    /** How each feature's baseline value was chosen, in schema order. */
    public Map<String, String> rules() {
        return java.util.Collections.unmodifiableMap(rules);
    }

    public String rule(String feature) {
        return rules.get(feature);
    }
}
