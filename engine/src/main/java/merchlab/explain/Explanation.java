package merchlab.explain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import merchlab.features.FeatureGroup;

/**
 * Why a product got its score: the score, the baseline score, what each feature and feature group added to get from
 * one to the other (a waterfall), how well the attributions add up, and reasons in the shop's terms.
 *
 * @param productId         the explained product
 * @param score             its predicted CTR
 * @param baselineScore     the predicted CTR of the baseline row (see {@link FeatureBaseline})
 * @param features          one entry per feature, in schema order
 * @param groups            attribution per group, in {@link FeatureGroup} order (every group present)
 * @param completenessError |sum of attributions - (score - baselineScore)| relative to the score change
 * @param steps             integration steps used
 * @param reasons           sentences supported by the attributions, strongest first
 */
public record Explanation(String productId, double score, double baselineScore, List<FeatureAttribution> features,
                          Map<FeatureGroup, Double> groups, double completenessError, int steps, List<String> reasons) {
    public Explanation {
        features = List.copyOf(features);
        groups = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(groups));
        reasons = List.copyOf(reasons);
    }

    /**
     * One feature's part in an explanation.
     *
     * @param value         its value in the explained row (NaN for an embedding)
     * @param baselineValue its value in the baseline row (NaN for an embedding)
     * @param attribution   what it added to the predicted CTR
     */
    public record FeatureAttribution(String name, FeatureGroup group, double value, double baselineValue,
                                     double attribution) {
    }

    /** Feature name to attribution, in schema order. */
    public Map<String, Double> attributions() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (FeatureAttribution f : features) {
            m.put(f.name(), f.attribution());
        }
        return m;
    }

    /** Group key (for example {@code shopper_affinity}) to attribution, in group order. */
    public Map<String, Double> groupsByKey() {
        Map<String, Double> m = new LinkedHashMap<>();
        groups.forEach((g, v) -> m.put(g.key(), v));
        return m;
    }

    /** The attribution of a named feature, 0 when the schema has no such feature. */
    public double attribution(String feature) {
        for (FeatureAttribution f : features) {
            if (f.name().equals(feature)) {
                return f.attribution();
            }
        }
        return 0;
    }

    /** The same explanation with other reasons. */
    public Explanation withReasons(List<String> newReasons) {
        return new Explanation(productId, score, baselineScore, features, groups, completenessError, steps, newReasons);
    }
}
