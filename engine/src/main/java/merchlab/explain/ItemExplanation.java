package merchlab.explain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import merchlab.features.FeatureGroup;

/**
 * Why one scored product got its score, for any kind of model: per-feature attributions from the baseline score to
 * the score (a ranker), or the history entries that drove it (any other model), with reasons in the shop's terms.
 *
 * @param productId         the explained product
 * @param score             its score (the predicted CTR for a ranker)
 * @param baselineScore     the score of the baseline row, NaN without attributions
 * @param features          one entry per feature in schema order, empty without attributions
 * @param groups            attribution per group in {@link FeatureGroup} order, empty without attributions
 * @param completenessError relative error of the attributions' sum against {@code score - baselineScore}, NaN
 *                          without attributions
 * @param steps             integration steps used, 0 without attributions
 * @param reasons           sentences supported by the attributions (or the history), strongest first
 * @param history           history entries by effect, largest first; empty for a ranker
 */
public record ItemExplanation(String productId, double score, double baselineScore,
                              List<Explanation.FeatureAttribution> features, Map<FeatureGroup, Double> groups,
                              double completenessError, int steps, List<String> reasons,
                              List<HistoryInfluence.HistoryEffect> history) {
    public ItemExplanation {
        features = List.copyOf(features);
        groups = groups.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(groups));
        reasons = List.copyOf(reasons);
        history = List.copyOf(history);
    }

    /** A ranker's attributions. */
    public static ItemExplanation of(Explanation e) {
        return new ItemExplanation(e.productId(), e.score(), e.baselineScore(), e.features(), e.groups(),
                e.completenessError(), e.steps(), e.reasons(), List.of());
    }

    /** Another model's history influence. */
    public static ItemExplanation of(HistoryInfluence.HistoryExplanation h) {
        return new ItemExplanation(h.productId(), h.score(), Double.NaN, List.of(), Map.of(), Double.NaN, 0,
                h.reasons(), h.history());
    }

    /** Whether per-feature attributions were computed (the model is a ranker). */
    public boolean hasAttributions() {
        return !features.isEmpty();
    }

    /** Feature name to attribution, in schema order. */
    public Map<String, Double> attributions() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Explanation.FeatureAttribution f : features) {
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

    /**
     * The waterfall from the baseline score to the score: one step per group (or per feature when {@code byFeature}),
     * in schema order, leaving out steps whose absolute size is below {@code minimum}; their sum goes into one
     * "other" step so the steps still reach the score. Empty without attributions.
     */
    public List<WaterfallStep> waterfall(boolean byFeature, double minimum) {
        List<WaterfallStep> out = new ArrayList<>();
        if (!hasAttributions()) {
            return out;
        }
        double at = baselineScore;
        double rest = 0;
        Map<String, Double> parts = byFeature ? attributions() : groupLabels();
        for (Map.Entry<String, Double> p : parts.entrySet()) {
            double v = p.getValue();
            if (Math.abs(v) < minimum) {
                rest += v;
                continue;
            }
            out.add(new WaterfallStep(p.getKey(), at, at + v));
            at += v;
        }
        if (rest != 0) {
            out.add(new WaterfallStep("other", at, at + rest));
        }
        return out;
    }

    private Map<String, Double> groupLabels() {
        Map<String, Double> m = new LinkedHashMap<>();
        groups.forEach((g, v) -> m.put(g.key().replace('_', ' '), v));
        return m;
    }

    /**
     * One bar of a waterfall: what one feature or group added, from {@code from} to {@code to}.
     *
     * @param label the feature name or group label
     */
    public record WaterfallStep(String label, double from, double to) {
        public double change() {
            return to - from;
        }
    }
}
